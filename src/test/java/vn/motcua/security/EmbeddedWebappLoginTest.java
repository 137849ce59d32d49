package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Officers;
import vn.motcua.support.WebappClient;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: Tasklist, Cockpit and Admin log officers in with their own page against the engine's
 * identity store (the accounts the API uses), not at an identity provider; their API keeps its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmbeddedWebappLoginTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void theWebappsLogOfficersInWithTheirOwnPageAndTheBuiltInAccounts() throws Exception {
        WebappClient officer = new WebappClient("http://localhost:" + port);
        HttpResponse<String> page = officer.follow("/camunda/app/tasklist/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(officer.hops).allMatch(hop -> hop.startsWith("http://localhost:" + port + "/camunda/"));
        assertThat(officer.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);

        String form = "username=" + Officers.XUANHUONG_RECEIVER + "&password=" + Officers.PASSWORD;
        String type = "application/x-www-form-urlencoded";
        assertThat(officer.post("/camunda/api/admin/auth/user/default/login/tasklist", type, form, Map.of()).statusCode())
                .as("a login without the webapps' CSRF token").isEqualTo(403);
        officer.follow("/camunda/app/tasklist/");
        assertThat(officer.postWithCsrfToken("/camunda/api/admin/auth/user/default/login/tasklist", type, form).statusCode())
                .isEqualTo(200);

        HttpResponse<String> me = officer.get("/camunda/api/admin/auth/user/default");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("userId").asText()).isEqualTo(Officers.XUANHUONG_RECEIVER);
    }
}
