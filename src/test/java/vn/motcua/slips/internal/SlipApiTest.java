package vn.motcua.slips.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SlipApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    @Test
    void theReceivingPointsOfficerGetsTheReceiptOfAnAcceptedDossierAsAnInlinePdf() throws Exception {
        String code = acceptedDossier();

        MvcResult result = mvc.perform(staff(code, "01", Officers.XUANHUONG_RECEIVER))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"" + code + "-mau-01.pdf\""))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn();

        String text = SlipFixtures.text(result.getResponse().getContentAsByteArray());
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + code, "Nguyễn Thị Hạnh",
                "Ủy ban nhân dân Phường Xuân Hương - Đà Lạt", "Hình thức nộp hồ sơ: Trực tuyến");
    }

    @Test
    void theProcessControlSlipOfAnAcceptedDossierListsItsStepsForTheUnitsOfficers() throws Exception {
        String code = acceptedDossier();

        MvcResult result = mvc.perform(staff(code, "06", Officers.XUANHUONG_SPECIALIST))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();

        assertThat(SlipFixtures.text(result.getResponse().getContentAsByteArray()))
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code, "Đã tiếp nhận", Officers.XUANHUONG_RECEIVER);
    }

    @Test
    void anOfficerOfAnotherUnitGetsTheSame404AsForAnUnknownDossier() throws Exception {
        String code = acceptedDossier();

        mvc.perform(staff(code, "01", Officers.LACDUONG_RECEIVER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không tìm thấy / Not found"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy hồ sơ " + code + " / Dossier " + code + " not found"));
    }

    @Test
    void withoutLoginTheStaffSlipIs401() throws Exception {
        String code = acceptedDossier();

        mvc.perform(get("/api/v1/dossiers/{code}/slips/{form}", code, "01"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApplicantGetsTheirSlipWithTheRightCodeAndIdNumberWithoutLogin() throws Exception {
        String code = acceptedDossier();

        MvcResult result = mvc.perform(applicant("01", code, Officers.APPLICANT_ID))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"" + code + "-mau-01.pdf\""))
                .andReturn();

        assertThat(SlipFixtures.text(result.getResponse().getContentAsByteArray()))
                .contains("Mã hồ sơ: " + code, "Nguyễn Thị Hạnh");
    }

    @Test
    void theApplicantsProcessControlSlipNamesNoOfficer() throws Exception {
        String code = acceptedDossier();

        MvcResult result = mvc.perform(applicant("06", code, Officers.APPLICANT_ID))
                .andExpect(status().isOk()).andReturn();

        assertThat(SlipFixtures.text(result.getResponse().getContentAsByteArray()))
                .contains(code, "Đã tiếp nhận").doesNotContain(Officers.XUANHUONG_RECEIVER, "Người thực hiện");
    }

    @Test
    void aWrongPairGetsTheSame404AsTrackingAndAsAnUnknownCode() throws Exception {
        String code = acceptedDossier();

        String wrongPair = mvc.perform(applicant("01", code, Officers.OTHER_ID))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(applicant("01", "H36.24781-991231-9999", Officers.APPLICANT_ID))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String tracking = mvc.perform(post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("dossierCode", code, "idNumber", Officers.OTHER_ID))))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(wrongPair).isEqualTo(unknown);
        assertThat(json.readTree(wrongPair).get("detail")).isEqualTo(json.readTree(tracking).get("detail"));
        assertThat(json.readTree(wrongPair).get("title")).isEqualTo(json.readTree(tracking).get("title"));
    }

    @Test
    void aRefusalSlipForAnAcceptedDossierIs404SayingWhenItExists() throws Exception {
        String code = acceptedDossier();

        mvc.perform(staff(code, "03", Officers.XUANHUONG_RECEIVER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("mẫu 03")))
                .andExpect(jsonPath("$.detail", containsString("chỉ có khi hồ sơ bị từ chối tiếp nhận")))
                .andExpect(jsonPath("$.detail", containsString("exists only if the dossier was not accepted")));
        mvc.perform(applicant("03", code, Officers.APPLICANT_ID))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDossierNotYetAcceptedHasNoReceipt() throws Exception {
        String code = submitOnline();

        mvc.perform(staff(code, "01", Officers.XUANHUONG_RECEIVER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("chỉ cấp khi hồ sơ đã được tiếp nhận")));
        mvc.perform(applicant("01", code, Officers.APPLICANT_ID))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownFormNumberIs404NamingTheValidOnes() throws Exception {
        String code = acceptedDossier();

        for (MockHttpServletRequestBuilder request : List.of(staff(code, "07", Officers.XUANHUONG_RECEIVER),
                staff(code, "1", Officers.XUANHUONG_RECEIVER), applicant("mau-01", code, Officers.APPLICANT_ID))) {
            mvc.perform(request)
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("01, 02, 03, 04, 05, 06")));
        }
    }

    @Test
    void aClientAskingOnlyForPdfStillGetsTheProblemOfA404() throws Exception {
        String code = acceptedDossier();

        mvc.perform(staff(code, "03", Officers.XUANHUONG_RECEIVER).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("mẫu 03")));
        mvc.perform(staff(code, "01", Officers.XUANHUONG_RECEIVER).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void theApplicantsRequestIsValidatedLikeTracking() throws Exception {
        mvc.perform(post("/api/v1/tracking/slips/{form}", "01").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dossierCode\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("dossierCode", "idNumber")));
        mvc.perform(post("/api/v1/tracking/slips/{form}", "01").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("dossierCode", "x", "idNumber", "0682030012345"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    }

    /** An online birth registration at Phường Xuân Hương, accepted by its receiver as the engine would. */
    private String acceptedDossier() throws Exception {
        String code = submitOnline();
        identity.setAuthentication(Officers.XUANHUONG_RECEIVER, List.of(Officers.XUANHUONG + ":receiver"));
        try {
            Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
            assertThat(check).as("receiving task of " + code).isNotNull();
            tasks.complete(check.getId(), Map.of("receiveDecision", "ACCEPT"));
        } finally {
            identity.clearAuthentication();
        }
        return code;
    }

    private String submitOnline() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json.readTree(result.getResponse().getContentAsString()).get("code").asText();
    }

    private static MockHttpServletRequestBuilder staff(String code, String form, String officer) {
        return get("/api/v1/dossiers/{code}/slips/{form}", code, form).with(httpBasic(officer, Officers.PASSWORD));
    }

    private MockHttpServletRequestBuilder applicant(String form, String code, String idNumber) throws Exception {
        return post("/api/v1/tracking/slips/{form}", form).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("dossierCode", code, "idNumber", idNumber)));
    }
}
