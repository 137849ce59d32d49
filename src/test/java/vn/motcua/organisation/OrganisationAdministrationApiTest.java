package vn.motcua.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators manage units, officers and roles through the API; every change applies without a restart. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OrganisationAdministrationApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));
    private static final String STRONG_PASSWORD = "mat-khau-du-dai-2026";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired UnitDirectory units;

    @Test
    void anAdministratorAddsACommuneAndItReceivesDossiersAtOnce() throws Exception {
        String code = "H36.9" + next();
        admin(post("/api/v1/admin/units"), unit(code, "Ủy ban nhân dân Xã Thử Nghiệm " + code))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/admin/units/" + code)))
                .andExpect(jsonPath("$.code").value(code));

        mvc.perform(get("/api/v1/units")).andExpect(jsonPath("$[*].code", hasItem(code)));
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Dossiers.birthRegistration(code, "ONLINE"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith(code + "-")));
        assertThat(audit("UNIT_CREATED", code)).isEqualTo(1);
    }

    @Test
    void anAdministratorAmendsAUnitAndTheChangeIsAudited() throws Exception {
        String code = "H36.9" + next();
        admin(post("/api/v1/admin/units"), unit(code, "Ủy ban nhân dân Xã Sửa Đổi")).andExpect(status().isCreated());
        Map<String, Object> changed = new java.util.HashMap<>(unit(code, "Ủy ban nhân dân Xã Sửa Đổi"));
        changed.remove("code");
        changed.put("hotline", "0263 3999 000");
        admin(put("/api/v1/admin/units/{code}", code), changed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hotline").value("0263 3999 000"));
        assertThat(units.find(code).orElseThrow().hotline()).isEqualTo("0263 3999 000");
        assertThat(jdbc.sql("select detail from audit_event where action = 'UNIT_UPDATED' and target_id = ?").param(code)
                .query(String.class).single()).contains("hotline", "0263 3999 000");
    }

    @Test
    void badUnitsAreRefusedWithProblemsNamingTheFieldAndChangeNothing() throws Exception {
        int before = units.all().size();
        Map<String, Object> badCode = new java.util.HashMap<>(unit("h36 bad", "X"));
        admin(post("/api/v1/admin/units"), badCode).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        Map<String, Object> noName = new java.util.HashMap<>(unit("H36.9" + next(), ""));
        admin(post("/api/v1/admin/units"), noName).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].messageVi").value("Bắt buộc phải nhập"));
        Map<String, Object> orphan = new java.util.HashMap<>(unit("H36.9" + next(), "X"));
        orphan.put("parentCode", "H99");
        admin(post("/api/v1/admin/units"), orphan).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        admin(post("/api/v1/admin/units"), unit(Officers.XUANHUONG, "Trùng")).andExpect(status().isConflict());
        admin(put("/api/v1/admin/units/{code}", "H36.NOPE"), unit(null, "X")).andExpect(status().isNotFound());
        assertThat(units.all()).hasSize(before);
    }

    @Test
    void anOfficerIsCreatedWithAHashedPasswordAndWorksInTheirUnitAtOnce() throws Exception {
        String userId = "thu.tiepnhan" + next();
        admin(post("/api/v1/admin/officers"), Map.of("userId", userId, "firstName", "Thu", "lastName", "Nguyễn Thị",
                "email", userId + "@motcua.example", "password", STRONG_PASSWORD,
                "roles", List.of(Map.of("unitCode", Officers.LACDUONG, "role", "RECEIVER"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/admin/officers/" + userId)))
                .andExpect(jsonPath("$.roles[0].unitCode").value(Officers.LACDUONG))
                .andExpect(jsonPath("$.password").doesNotExist());

        String stored = jdbc.sql("select PWD_ from ACT_ID_USER where ID_ = ?").param(userId).query(String.class).single();
        assertThat(stored).doesNotContain(STRONG_PASSWORD).startsWith("{SHA");
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.LACDUONG).with(httpBasic(userId, STRONG_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).with(httpBasic(userId, STRONG_PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(audit("OFFICER_CREATED", userId)).isEqualTo(1);
        assertThat(audit("ROLE_GRANTED", userId)).isEqualTo(1);
    }

    @Test
    void theFirstGrantOfAUnitRoleCreatesItsGroupWithTasklistAccessAndARevokeStopsItAtOnce() throws Exception {
        String unit = "H36.9" + next();
        admin(post("/api/v1/admin/units"), unit(unit, "Ủy ban nhân dân Xã Mới")).andExpect(status().isCreated());
        String userId = officer();
        assertThat(identity.createGroupQuery().groupId(unit + ":specialist").count()).isZero();

        admin(post("/api/v1/admin/officers/{userId}/roles", userId), Map.of("unitCode", unit, "role", "SPECIALIST"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/roles/" + unit + ":specialist")));
        admin(post("/api/v1/admin/officers/{userId}/roles", userId), Map.of("unitCode", unit, "role", "SPECIALIST"))
                .andExpect(status().isOk());
        assertThat(identity.createGroupQuery().groupId(unit + ":specialist").count()).isOne();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(unit + ":specialist")
                .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS).count()).isOne();
        mvc.perform(get("/api/v1/dossiers").param("unit", unit).with(httpBasic(userId, STRONG_PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(delete("/api/v1/admin/officers/{userId}/roles/{roleId}", userId, unit + ":specialist")
                        .with(httpBasic(Officers.ADMIN, Officers.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/dossiers").param("unit", unit).with(httpBasic(userId, STRONG_PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(audit("ROLE_REVOKED", userId)).isEqualTo(1);
    }

    @Test
    void provinceWideRolesTakeNoUnitAndAnAuditorReadsTheTrail() throws Exception {
        String userId = officer();
        admin(post("/api/v1/admin/officers/{userId}/roles", userId), Map.of("unitCode", Officers.XUANHUONG, "role", "AUDITOR"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        admin(post("/api/v1/admin/officers/{userId}/roles", userId), Map.of("role", "LEADER"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        admin(post("/api/v1/admin/officers/{userId}/roles", userId), Map.of("unitCode", "H36.NOPE", "role", "LEADER"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));

        mvc.perform(get("/api/v1/audit").with(httpBasic(userId, STRONG_PASSWORD))).andExpect(status().isForbidden());
        admin(post("/api/v1/admin/officers/{userId}/roles", userId), Map.of("role", "AUDITOR"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/roles/motcua:auditor")));
        mvc.perform(get("/api/v1/audit").with(httpBasic(userId, STRONG_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void officersAreListedByUnitWithTheirRolesAndNeverTheirPasswords() throws Exception {
        mvc.perform(get("/api/v1/admin/officers").param("unit", Officers.XUANHUONG).with(httpBasic(Officers.ADMIN, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].userId", hasItem(Officers.XUANHUONG_LEADER)))
                .andExpect(jsonPath("$[?(@.userId == 'xuanhuong.lanhdao')].roles[0].role").value("LEADER"))
                .andExpect(jsonPath("$[0].password").doesNotExist());
    }

    @Test
    void badOfficersAreRefusedAndAnAdministratorKeepsTheirOwnRole() throws Exception {
        admin(post("/api/v1/admin/officers"), Map.of("userId", "x", "firstName", "A", "lastName", "B", "password", "ngan"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("userId", "password")));
        admin(post("/api/v1/admin/officers"), Map.of("userId", Officers.XUANHUONG_RECEIVER, "firstName", "A", "lastName", "B",
                "password", STRONG_PASSWORD)).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/admin/officers/{userId}/roles/{roleId}", Officers.ADMIN, "camunda-admin")
                        .with(httpBasic(Officers.ADMIN, Officers.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/admin/officers/{userId}", Officers.ADMIN).with(httpBasic(Officers.ADMIN, Officers.PASSWORD)))
                .andExpect(status().isConflict());
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId(Officers.ADMIN).count()).isOne();
    }

    /** A fresh officer without roles, password {@link #STRONG_PASSWORD}. */
    private String officer() throws Exception {
        String userId = "can.bo" + next();
        admin(post("/api/v1/admin/officers"), Map.of("userId", userId, "firstName", "Cán", "lastName", "Bộ",
                "password", STRONG_PASSWORD)).andExpect(status().isCreated());
        return userId;
    }

    private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                Object body) throws Exception {
        return mvc.perform(request.with(httpBasic(Officers.ADMIN, Officers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static Map<String, Object> unit(String code, String name) {
        Map<String, Object> unit = new java.util.HashMap<>(Map.of("name", name, "nameEn", "Test Commune People's Committee",
                "level", "COMMUNE", "kind", "COMMUNE", "parentCode", "H36", "address", "1 Đường Thử, tỉnh Lâm Đồng",
                "hotline", "0263 3000 000", "receivesDossiers", true));
        if (code != null) {
            unit.put("code", code);
            // a commune is known by its GSO code: its People's Committee is competent for it (the default body kind)
            unit.put("wardCode", "9%04d".formatted(Math.floorMod(code.hashCode(), 10_000)));
        }
        return unit;
    }

    private long audit(String action, String target) {
        return jdbc.sql("select count(*) from audit_event where action = ? and target_id = ? and actor = ?")
                .params(action, target, Officers.ADMIN).query(Long.class).single();
    }

    private static int next() {
        return SEQUENCE.incrementAndGet();
    }
}
