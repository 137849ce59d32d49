package vn.motcua.dossier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.integration.internal.PartnerSimulators;
import vn.motcua.integration.internal.simulator.Faults;
import vn.motcua.integration.internal.simulator.PopulationSimulator;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The National Population Database through its simulator (the LGSP adapter of {@code vn.motcua.integration}): while it
 * is down, dossiers are received marked "identity not yet checked" (never verified), shown so to the officer, and
 * checked again automatically when it is back; a wrong name or date of birth for a valid number is refused with a
 * clear message in both languages, and nothing is stored. Re-checks are due at once here.
 */
@SpringBootTest(properties = "motcua.identity.recheck-initial-delay=PT0S")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PopulationDatabaseFaultTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityRecheck recheck;
    @Autowired PartnerSimulators simulators;

    PopulationSimulator population() {
        return simulators.server().population();
    }

    @AfterEach
    void backUp() {
        population().setFaults(Faults.NONE);
    }

    @Test
    void whileTheDatabaseIsDownSubmissionsAreReceivedUncheckedAndCheckedWhenItReturns() throws Exception {
        population().setFaults(Faults.outage());
        JsonNode submitted = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        assertThat(submitted.get("identityChecked").asBoolean()).isFalse();
        assertThat(submitted.get("identityStatus").asText()).isEqualTo("NOT_CHECKED");
        String code = submitted.get("code").asText();
        assertThat(identityOf(code)).isEqualTo("NOT_CHECKED");
        assertThat(jdbc.sql("select count(*) from dossier where code = ? and identity_checked_at is null").param(code)
                .query(Long.class).single()).as("not counted by the 766 index").isEqualTo(1);
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.status").value("NOT_CHECKED"))
                .andExpect(jsonPath("$.identity.labelVi").value(org.hamcrest.Matchers.startsWith("Chưa xác thực")))
                .andExpect(jsonPath("$.identity.labelEn").value(org.hamcrest.Matchers.startsWith("Identity not yet checked")));
        // the portal's own check says so too
        mvc.perform(post("/api/v1/identity-checks").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("idNumber", Officers.APPLICANT_ID, "fullName", "Nguyễn Thị Hạnh"))))
                .andExpect(jsonPath("$.result").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.verified").value(false));

        recheck.recheckDue();
        assertThat(identityOf(code)).as("still down: still not checked").isEqualTo("NOT_CHECKED");

        population().setFaults(Faults.NONE);
        jdbc.sql("update dossier set identity_next_check_at = current_timestamp where code = ?").param(code).update();
        recheck.recheckDue();
        assertThat(identityOf(code)).isEqualTo("VERIFIED");
        assertThat(jdbc.sql("select count(*) from dossier where code = ? and identity_checked_at is not null").param(code)
                .query(Long.class).single()).as("counted by the 766 index from now on").isEqualTo(1);
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(jsonPath("$.identity.status").value("VERIFIED"));
    }

    @Test
    void anApplicantWhoseNameDoesNotMatchWhenTheDatabaseReturnsIsShownToTheOfficerAsAMismatch() throws Exception {
        population().setFaults(new Faults(false, null, true, false, false)); // HTTP 500
        String code = submit(withApplicant("Nguyễn Thị Hạnh Sai", null)).get("code").asText();
        assertThat(identityOf(code)).isEqualTo("NOT_CHECKED");
        population().setFaults(Faults.NONE);
        jdbc.sql("update dossier set identity_next_check_at = current_timestamp where code = ?").param(code).update();
        recheck.recheckDue();
        assertThat(identityOf(code)).isEqualTo("MISMATCH");
    }

    @Test
    void aWrongNameOrDateOfBirthForAValidNumberIsRefusedClearlyAndNothingIsStored() throws Exception {
        long dossiers = count("dossier");
        long outbox = count("npsp_outbox");
        for (Map<String, Object> body : java.util.List.of(withApplicant("Nguyễn Thị Hoa", null),
                withApplicant("Nguyen Thi Hanh", null), withApplicant("Nguyễn Thị Hạnh", "2003-05-15"))) {
            mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("applicant.idNumber"))
                    .andExpect(jsonPath("$.errors[0].messageVi").value(org.hamcrest.Matchers.containsString(
                            "Không tìm thấy công dân có số định danh cá nhân, họ tên và ngày sinh này")))
                    .andExpect(jsonPath("$.errors[0].messageEn").value(org.hamcrest.Matchers.containsString(
                            "No citizen with this personal ID number, name and date of birth")));
        }
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("npsp_outbox")).isEqualTo(outbox);
        // the right name (any case and spacing) and date of birth pass
        JsonNode ok = submit(withApplicant("  nguyễn thị  HẠNH ", "2003-05-14"));
        assertThat(ok.get("identityStatus").asText()).isEqualTo("VERIFIED");
        assertThat(population().received()).anySatisfy(r -> assertThat(r.get("ngaySinh")).isEqualTo("20030514"));
    }

    private Map<String, Object> withApplicant(String name, String birthDate) {
        Map<String, Object> body = new HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        Map<String, Object> applicant = new HashMap<>(Map.of("idNumber", Officers.APPLICANT_ID, "fullName", name));
        if (birthDate != null) {
            applicant.put("birthDate", birthDate);
        }
        body.put("applicant", applicant);
        return body;
    }

    private JsonNode submit(Map<String, Object> body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private String identityOf(String code) {
        return jdbc.sql("select identity_status from dossier where code = ?").param(code).query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
