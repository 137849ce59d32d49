package vn.motcua.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.support.Dossiers;
import vn.motcua.support.FakeOpenIdProvider;
import vn.motcua.support.Officers;
import vn.motcua.support.TestTokens;
import vn.motcua.support.WebappClient;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With OpenID Connect on and a client registration, officers log in to Camunda Tasklist, Cockpit and Admin at the
 * identity provider (authorization code with PKCE) and the webapps see them with the roles of their ID token, as the
 * API and the engine's REST API do with access tokens. The provider is {@link FakeOpenIdProvider}, started here; each
 * officer is a {@link WebappClient} that follows the redirects a browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestTokens.Decoder.class)
class OpenIdConnectWebappLoginTest {

    private static final FakeOpenIdProvider PROVIDER = FakeOpenIdProvider.start();
    private static final String XUANHUONG_RECEIVER = Officers.XUANHUONG + ":receiver";
    private static final String LACDUONG_RECEIVER = Officers.LACDUONG + ":receiver";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void anOfficerLogsInToTasklistAtTheProviderAndWorksOnTheirUnitsTasksOnly() throws Exception {
        String code = submit(Officers.XUANHUONG);
        WebappClient receiver = browser();

        PROVIDER.nextLogin("sso.tiepnhan", List.of(XUANHUONG_RECEIVER, "offline_access"));
        HttpResponse<String> tasklist = receiver.follow("/camunda/app/tasklist/");
        assertThat(receiver.hops).anyMatch(hop -> hop.startsWith(PROVIDER.issuer() + "/protocol/openid-connect/auth?"));
        assertThat(PROVIDER.lastAuthorization()).containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge").containsKey("nonce").containsEntry("scope", "openid profile")
                .containsEntry("redirect_uri", baseUrl() + "/login/oauth2/code/keycloak");
        assertThat(PROVIDER.lastTokenRequest()).containsKey("code_verifier");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.uri().getPath()).isEqualTo("/camunda/app/tasklist/default/");

        JsonNode me = json(receiver, "/camunda/api/admin/auth/user/default");
        assertThat(me.get("userId").asText()).isEqualTo("sso.tiepnhan");
        assertThat(texts(me.get("authorizedApps"))).contains("tasklist").doesNotContain("cockpit", "admin");

        JsonNode tasks = json(receiver, "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + code);
        assertThat(tasks).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        assertThat(postWithCsrfToken(receiver, "/camunda/api/engine/engine/default/task/" + taskId + "/claim",
                "{\"userId\":\"sso.tiepnhan\"}").statusCode()).isEqualTo(204);
        // the webapps' own login form cannot switch the session to an account of the engine's identity store
        assertThat(receiver.postWithCsrfToken("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=admin&password=demo").statusCode()).isEqualTo(403);
        assertThat(json(receiver, "/camunda/api/admin/auth/user/default").get("userId").asText()).isEqualTo("sso.tiepnhan");

        WebappClient otherUnit = browser();
        PROVIDER.nextLogin("sso.lacduong", List.of(LACDUONG_RECEIVER));
        assertThat(otherUnit.follow("/camunda/app/tasklist/").statusCode()).isEqualTo(200);
        assertThat(json(otherUnit, "/camunda/api/admin/auth/user/default").get("userId").asText()).isEqualTo("sso.lacduong");
        assertThat(json(otherUnit, "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + code)).isEmpty();
        assertThat(otherUnit.get("/camunda/api/engine/engine/default/task/" + taskId).statusCode()).isIn(403, 404);
    }

    @Test
    void provinceWideRolesFromTheTokenOpenCockpitAndAdmin() throws Exception {
        WebappClient auditor = browser();
        PROVIDER.nextLogin("sso.kiemtra", List.of("motcua:auditor"));
        auditor.follow("/camunda/app/cockpit/");

        JsonNode me = json(auditor, "/camunda/api/admin/auth/user/default");
        assertThat(me.get("userId").asText()).isEqualTo("sso.kiemtra");
        assertThat(texts(me.get("authorizedApps"))).contains("cockpit", "admin").doesNotContain("tasklist");
    }

    @Test
    void theFirstOfficerOfAUnitRoleGetsItsEngineGroupAndTasklistAndAnUnknownUnitGetsNeither() throws Exception {
        String unit = "H36.22933";
        String group = "/engine-rest/group/count?id=" + unit + ":receiver";
        assertThat(json.readTree(http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).getForObject(group, String.class))
                .get("count").asInt()).isZero();

        WebappClient first = browser();
        PROVIDER.nextLogin("sso.xamoi", List.of(unit + ":receiver", "H36.99999:receiver"));
        first.follow("/camunda/app/tasklist/");
        assertThat(texts(json(first, "/camunda/api/admin/auth/user/default").get("authorizedApps"))).contains("tasklist");
        assertThat(json.readTree(http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).getForObject(group, String.class))
                .get("count").asInt()).isEqualTo(1);

        WebappClient stranger = browser();
        PROVIDER.nextLogin("sso.khongdonvi", List.of("H36.99999:receiver"));
        stranger.follow("/camunda/app/tasklist/");
        assertThat(texts(json(stranger, "/camunda/api/admin/auth/user/default").get("authorizedApps"))).doesNotContain("tasklist");
    }

    @Test
    void withoutALoginPagesGoToTheProviderAndTheWebappsApiAnswers401() throws Exception {
        WebappClient nobody = browser();
        HttpResponse<String> page = nobody.get("/camunda/app/tasklist/default/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/keycloak"));

        assertThat(nobody.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
        assertThat(nobody.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        // the webapps' own login form cannot go around the provider
        assertThat(nobody.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=admin&password=demo", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void theEngineRestApiKeepsItsOwnAuthentication() throws Exception {
        WebappClient modeler = browser();
        String basic = "Basic " + Base64.getEncoder().encodeToString((Officers.ANALYST + ":" + Officers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(modeler.get("/engine-rest/deployment", Map.of("Authorization", basic)).statusCode()).isEqualTo(200);
        assertThat(modeler.get("/engine-rest/deployment", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutUserNameLogsNobodyIn() throws Exception {
        WebappClient nameless = browser();
        PROVIDER.nextLoginWithoutUserName(List.of(XUANHUONG_RECEIVER));
        assertThat(nameless.follow("/camunda/app/tasklist/").statusCode()).isEqualTo(401);
        assertThat(nameless.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void theWebappsLogoutEndsTheSessionAndNeedsTheirCsrfToken() throws Exception {
        WebappClient receiver = loggedIn("sso.dangxuat", XUANHUONG_RECEIVER);

        assertThat(receiver.post("/camunda/api/admin/auth/user/default/logout", "application/json", "", Map.of())
                .statusCode()).isEqualTo(403);
        // Camunda's CSRF filter ends a session that sent a request without its token: log in again
        assertThat(receiver.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        receiver = loggedIn("sso.dangxuat", XUANHUONG_RECEIVER);

        assertThat(postWithCsrfToken(receiver, "/camunda/api/admin/auth/user/default/logout", "").statusCode()).isEqualTo(200);
        assertThat(receiver.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        assertThat(receiver.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    }

    @Test
    void logoutAtTheProviderEndsTheSessionHereAndThere() throws Exception {
        WebappClient receiver = loggedIn("sso.ketthuc", XUANHUONG_RECEIVER);

        HttpResponse<String> logout = receiver.get(WebappSingleSignOn.LOGOUT);
        assertThat(logout.statusCode()).isEqualTo(302);
        String location = logout.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(PROVIDER.endSessionEndpoint() + "?");
        Map<String, String> query = query(URI.create(location).getRawQuery());
        assertThat(query).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", baseUrl() + "/camunda/app/tasklist/");
        assertThat(receiver.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    private WebappClient loggedIn(String user, String role) throws Exception {
        WebappClient officer = browser();
        PROVIDER.nextLogin(user, List.of(role));
        assertThat(officer.follow("/camunda/app/tasklist/").statusCode()).isEqualTo(200);
        assertThat(json(officer, "/camunda/api/admin/auth/user/default").get("userId").asText()).isEqualTo(user);
        return officer;
    }

    private String submit(String unit) throws IOException {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers", Dossiers.birthRegistration(unit, "ONLINE"),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("code").asText();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private WebappClient browser() {
        return new WebappClient(baseUrl());
    }

    private JsonNode json(WebappClient officer, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = officer.get(path, Map.of("Accept", "application/json"));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static HttpResponse<String> postWithCsrfToken(WebappClient officer, String path, String body)
            throws IOException, InterruptedException {
        return officer.postWithCsrfToken(path, "application/json", body);
    }
}
