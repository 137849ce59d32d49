package vn.motcua.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.TestTokens;
import vn.motcua.support.WebappClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With OpenID Connect on, an officer logs in to the app's API and to the engine's REST API with a bearer token
 * (as issued by Keycloak); user and roles come from its claims and mean exactly what engine groups mean. Tokens are
 * signed in the test with a key made for it ({@link TestTokens}): no identity server is needed.
 */
@HardenedApp
class OpenIdConnectLoginTest {

    private static final AtomicInteger CLIENT = new AtomicInteger(1);
    private static final String XUANHUONG_LEADER = Officers.XUANHUONG + ":leader";
    private static final String XUANHUONG_RECEIVER = Officers.XUANHUONG + ":receiver";
    private static final String LACDUONG_RECEIVER = Officers.LACDUONG + ":receiver";

    @Autowired MockMvc mvc;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @Test
    void aLeadersTokenReadsTheirUnitsDossiersAndNoOtherUnits() throws Exception {
        String own = submit(Officers.XUANHUONG);
        String other = submit(Officers.LACDUONG);
        String token = TestTokens.token("sso.lanhdao", List.of(XUANHUONG_LEADER));

        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).header("Authorization", bearer(token)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/dossiers/{code}", own).header("Authorization", bearer(token))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.LACDUONG).header("Authorization", bearer(token)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers/{code}", other).header("Authorization", bearer(token))).andExpect(status().isNotFound());
    }

    @Test
    void provinceWideRolesComeFromTheTokenToo() throws Exception {
        String auditor = TestTokens.token("sso.kiemtra", List.of("motcua:auditor"));
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer(auditor))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/calendar/days/2035-06-15").header("Authorization", bearer(auditor))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());

        String administrator = TestTokens.token("sso.quantri", List.of("camunda-admin"));
        mvc.perform(get("/api/v1/admin/units").header("Authorization", bearer(administrator))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer(administrator))).andExpect(status().isForbidden());

        String nobody = TestTokens.token("sso.khong", List.of("offline_access", "uma_authorization"));
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).header("Authorization", bearer(nobody)))
                .andExpect(status().isForbidden());
    }

    @Test
    void expiredForgedAndNamelessTokensAre401() throws Exception {
        List<String> roles = List.of(XUANHUONG_LEADER);
        for (String token : List.of(TestTokens.expired("sso.lanhdao", roles), TestTokens.signedByAnotherKey("sso.lanhdao", roles),
                TestTokens.withClaims(TestTokens.baseClaims().claim("motcua_roles", roles).build()), "not-a-jwt")) {
            mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).header("Authorization", bearer(token)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void httpBasicKeepsWorkingBesideTokens() throws Exception {
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG)
                        .with(httpBasic(Officers.XUANHUONG_LEADER, Officers.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void theEngineRestApiTakesTheSameTokensAndTheSameUnitBoundaries() throws Exception {
        String code = submit(Officers.XUANHUONG);
        String own = TestTokens.token("sso.tiepnhan", List.of(XUANHUONG_RECEIVER));
        String other = TestTokens.token("sso.lacduong", List.of(LACDUONG_RECEIVER));

        JsonNode mine = json.readTree(engine(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + code, own, null).getBody());
        assertThat(mine).hasSize(1);
        String taskId = mine.get(0).get("id").asText();
        assertThat(json.readTree(engine(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + code, other, null).getBody()))
                .isEmpty();
        assertThat(engine(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", other, Map.of("userId", "sso.lacduong"))
                .getStatusCode().value()).isIn(403, 404);
        assertThat(engine(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", own, Map.of("userId", "sso.tiepnhan"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(engine(HttpMethod.GET, "/engine-rest/task", TestTokens.expired("sso.tiepnhan", List.of(XUANHUONG_RECEIVER)), null)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engine(HttpMethod.GET, "/engine-rest/task", TestTokens.signedByAnotherKey("sso.tiepnhan", List.of(XUANHUONG_RECEIVER)), null)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void withoutAClientRegistrationTheWebappsKeepTheirOwnLoginPage() throws Exception {
        WebappClient officer = new WebappClient("http://localhost:" + port);
        assertThat(officer.follow("/camunda/app/tasklist/").statusCode()).isEqualTo(200);
        assertThat(officer.hops).allMatch(hop -> hop.startsWith("http://localhost:" + port + "/camunda/"));
        assertThat(officer.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
    }

    private ResponseEntity<String> engine(HttpMethod method, String path, String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** An online submission from a client of its own (the submission limit is per client). */
    private String submit(String unit) throws Exception {
        String address = "198.51.100." + CLIENT.incrementAndGet();
        String body = mvc.perform(post("/api/v1/dossiers").with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Dossiers.birthRegistration(unit, "ONLINE"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("code").asText();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
