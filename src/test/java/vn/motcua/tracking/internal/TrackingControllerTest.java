package vn.motcua.tracking.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierRuleViolation;
import vn.motcua.dossier.DossierWithdrawal;
import vn.motcua.problem.NotFoundException;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.Officers;
import vn.motcua.support.SliceDossiers;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.notFound;
import static vn.motcua.support.Problems.required;

/** Public tracking and withdrawal, without login: the request rules; {@code FullFlowScenario} runs them for real. */
@ControllerSlice(TrackingController.class)
class TrackingControllerTest {

    private static final ApplicantProof PROOF = new ApplicantProof(SliceDossiers.CODE, Officers.APPLICANT_ID);

    @Autowired MockMvc mvc;
    @MockitoBean DossierQueries queries;
    @MockitoBean DossierWithdrawal withdrawal;
    @MockitoBean vn.motcua.dossier.ResultReturnChoice resultReturn;
    @MockitoBean vn.motcua.payment.FeeRecords fees;
    @MockitoBean vn.motcua.result.ResultDocuments results;

    @Test
    void anyoneWithTheCodeAndIdNumberSeesTheStatusTimelineAndTheSlipsTheyCanDownload() throws Exception {
        theApplicantsDossierIsAccepted();

        track("""
                {"dossierCode": "%s", "idNumber": "%s"}""".formatted(SliceDossiers.CODE, Officers.APPLICANT_ID))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(SliceDossiers.CODE))
                .andExpect(jsonPath("$.status").value(4))
                .andExpect(jsonPath("$.handlingUnit").value("Ủy ban nhân dân Phường Xuân Hương - Đà Lạt"))
                .andExpect(jsonPath("$.timeline[0].statusVi").value("Mới"))
                .andExpect(jsonPath("$.tracking").doesNotExist())
                .andExpect(jsonPath("$.slips[*].form").value(org.hamcrest.Matchers.contains("online-receipt", "01", "06")));
    }

    @Test
    void trackingSaysWhereTheResultIsReturnedAndWhetherTheApplicantCanStillChangeIt() throws Exception {
        theApplicantsDossierIsAccepted();
        given(resultReturn.current(any())).willReturn(new vn.motcua.dossier.ResultReturn(
                vn.motcua.dossier.ResultReturn.Method.POSTAL, null, "12 Trần Phú, Phường Xuân Hương - Đà Lạt"));
        given(resultReturn.changeable(any())).willReturn(true);

        track("""
                {"dossierCode": "%s", "idNumber": "%s"}""".formatted(SliceDossiers.CODE, Officers.APPLICANT_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultReturn.method").value("POSTAL"))
                .andExpect(jsonPath("$.resultReturn.postalAddress").value("12 Trần Phú, Phường Xuân Hương - Đà Lạt"))
                .andExpect(jsonPath("$.resultReturnChangeable").value(true));
    }

    @Test
    void trackingWithoutAnIdNumberIsABadRequestNamingTheFieldInVietnameseAndEnglish() throws Exception {
        track("""
                {"dossierCode": "%s"}""".formatted(SliceDossiers.CODE))
                .andExpect(required("idNumber"));
        verifyNoInteractions(queries);
    }

    @Test
    void anIdNumberLongerThanTwelveCharactersIsRefusedBeforeAnyLookUp() throws Exception {
        track("""
                {"dossierCode": "%s", "idNumber": "0682030012345"}""".formatted(SliceDossiers.CODE))
                .andExpect(invalid("idNumber", "Độ dài không hợp lệ", "Invalid length"));
        verifyNoInteractions(queries);
    }

    @Test
    void aCodeAndIdNumberThatDoNotMatchAreANotFoundProblem() throws Exception {
        given(queries.forApplicant(any())).willThrow(new NotFoundException("dossier", SliceDossiers.CODE,
                "Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập",
                "No dossier matches this dossier code and ID number"));

        track("""
                {"dossierCode": "%s", "idNumber": "%s"}""".formatted(SliceDossiers.CODE, Officers.OTHER_ID))
                .andExpect(notFound("Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập / "
                        + "No dossier matches this dossier code and ID number"));
    }

    @Test
    void theApplicantAsksToWithdrawWithTheirReasonAndSeesTheTrackingAgain() throws Exception {
        theApplicantsDossierIsAccepted();

        withdraw("""
                {"dossierCode": "%s", "idNumber": "%s", "reason": "Đã đăng ký ở nơi khác"}"""
                .formatted(SliceDossiers.CODE, Officers.APPLICANT_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(SliceDossiers.CODE))
                .andExpect(jsonPath("$.slips").doesNotExist());
        verify(withdrawal).request(PROOF, "Đã đăng ký ở nơi khác");
    }

    @Test
    void aWithdrawalWithoutAReasonIsABadRequestNamingTheReasonAndWithdrawsNothing() throws Exception {
        withdraw("""
                {"dossierCode": "%s", "idNumber": "%s", "reason": " "}""".formatted(SliceDossiers.CODE, Officers.APPLICANT_ID))
                .andExpect(invalid("reason"));
        verifyNoInteractions(withdrawal);
    }

    @Test
    void aDossierThatCanNoLongerBeWithdrawnIsAConflictSayingWhy() throws Exception {
        willThrow(new DossierRuleViolation("Hồ sơ ở trạng thái \"Đã trả kết quả\", không thể rút",
                "The dossier is \"returned\" and can no longer be withdrawn")).given(withdrawal).request(any(), any());

        withdraw("""
                {"dossierCode": "%s", "idNumber": "%s", "reason": "Không cần nữa"}"""
                .formatted(SliceDossiers.CODE, Officers.APPLICANT_ID))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không thể rút")));
    }

    @Test
    void theApplicantChangesWhereTheyReceiveTheResultAndSeesTheTrackingAgain() throws Exception {
        theApplicantsDossierIsAccepted();

        mvc.perform(post("/api/v1/tracking/result-return").contentType(MediaType.APPLICATION_JSON).content("""
                        {"dossierCode": "%s", "idNumber": "%s", "method": "POSTAL", "postalAddress": "12 Trần Phú, Đà Lạt"}"""
                        .formatted(SliceDossiers.CODE, Officers.APPLICANT_ID)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(SliceDossiers.CODE));
        verify(resultReturn).changeByApplicant(PROOF, new vn.motcua.dossier.ResultReturn(
                vn.motcua.dossier.ResultReturn.Method.POSTAL, null, "12 Trần Phú, Đà Lạt"));
    }

    @Test
    void aChoiceOnceTheResultIsReadyIsAConflictSayingWhy() throws Exception {
        willThrow(new DossierRuleViolation("Hồ sơ ở trạng thái \"Đã xử lý xong\": không thể đổi nơi, cách nhận kết quả",
                "The dossier is \"processing finished\": where the result is returned can no longer be changed"))
                .given(resultReturn).changeByApplicant(any(), any());

        mvc.perform(post("/api/v1/tracking/result-return").contentType(MediaType.APPLICATION_JSON).content("""
                        {"dossierCode": "%s", "idNumber": "%s", "method": "ELECTRONIC"}"""
                        .formatted(SliceDossiers.CODE, Officers.APPLICANT_ID)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không thể đổi nơi")));
    }

    private ResultActions track(String body) throws Exception {
        return mvc.perform(post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions withdraw(String body) throws Exception {
        return mvc.perform(post("/api/v1/tracking/withdrawal").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The proof matches an accepted online dossier, which tracking shows as {@link #tracking()}. */
    private void theApplicantsDossierIsAccepted() {
        DossierDetails details = SliceDossiers.acceptedOnline();
        given(queries.forApplicant(PROOF)).willReturn(details);
        given(queries.tracking(details)).willReturn(tracking());
    }

    private static DossierQueries.Tracking tracking() {
        return new DossierQueries.Tracking(SliceDossiers.CODE, "Thủ tục đăng ký khai sinh", 4, "Đang xử lý", "Processing",
                SliceDossiers.RECEIVED, SliceDossiers.DUE, null, "Ủy ban nhân dân Phường Xuân Hương - Đà Lạt",
                List.of(new DossierQueries.Tracking.Step(SliceDossiers.RECEIVED, 1, "Mới", "New", "Nộp hồ sơ trực tuyến",
                        "Ủy ban nhân dân Phường Xuân Hương - Đà Lạt")));
    }
}
