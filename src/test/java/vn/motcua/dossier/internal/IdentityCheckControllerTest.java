package vn.motcua.dossier.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.dossier.PopulationRegistry;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.Officers;

import java.time.LocalDateTime;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.required;

/** The portal's identity step, without login; the registry's answers are in {@code OnlineSubmissionApiTest}. */
@ControllerSlice(IdentityCheckController.class)
class IdentityCheckControllerTest {

    @Autowired MockMvc mvc;
    @MockitoBean ApplicantIdentity identity;

    @Test
    void anyoneLearnsWhetherTheirIdNumberAndNameAreInThePopulationDatabaseAndTheAnswerIsNeverCached() throws Exception {
        given(identity.check(Officers.APPLICANT_ID, "Nguyễn Thị Hạnh", null)).willReturn(new ApplicantIdentity.Check(
                PopulationRegistry.Result.FOUND, LocalDateTime.of(2026, 11, 27, 9, 15)));

        check("""
                {"idNumber": "%s", "fullName": "Nguyễn Thị Hạnh"}""".formatted(Officers.APPLICANT_ID))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.result").value("FOUND"))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.messageVi").value(containsString("Đã xác thực")))
                .andExpect(jsonPath("$.checkedAt").value("2026-11-27T09:15:00"));
    }

    @Test
    void aCheckWithoutANameIsABadRequestNamingTheFieldInBothLanguages() throws Exception {
        check("""
                {"idNumber": "%s"}""".formatted(Officers.APPLICANT_ID))
                .andExpect(required("fullName"));
        verifyNoInteractions(identity);
    }

    @Test
    void anIdNumberLongerThanTwelveCharactersIsABadRequestNamingIt() throws Exception {
        check("""
                {"idNumber": "0682030012345", "fullName": "Nguyễn Thị Hạnh"}""")
                .andExpect(invalid("idNumber", "Độ dài không hợp lệ", "Invalid length"));
        verifyNoInteractions(identity);
    }

    private ResultActions check(String body) throws Exception {
        return mvc.perform(post("/api/v1/identity-checks").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
