package vn.motcua.slips.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.problem.NotFoundException;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.Officers;
import vn.motcua.support.SliceDossiers;
import vn.motcua.support.SliceOfficers;

import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.required;
import static vn.motcua.support.SliceOfficers.as;

/**
 * Who gets which slip and how it is served; what the slips say is in {@code SlipRendererTest}, the whole way through
 * in {@code SlipApiTest}.
 */
@ControllerSlice(SlipController.class)
class SlipControllerTest {

    private static final byte[] PDF = "%PDF-1.4 slip".getBytes();
    private static final ApplicantProof PROOF = new ApplicantProof(SliceDossiers.CODE, Officers.APPLICANT_ID);
    private static final String PROOF_JSON = """
            {"dossierCode": "%s", "idNumber": "%s"}""".formatted(SliceDossiers.CODE, Officers.APPLICANT_ID);

    @Autowired MockMvc mvc;
    @MockitoBean DossierQueries queries;
    @MockitoBean SlipRenderer renderer;
    @MockitoBean AuditTrail audit;
    @MockitoBean vn.motcua.payment.FeeRecords fees;
    @MockitoBean vn.motcua.result.UnitSeal seal;

    @Test
    void theFeeReceiptIsServedAsTheReceivingUnitSealedItNeverUnsigned() throws Exception {
        DossierDetails details = SliceDossiers.acceptedOnline();
        var receipt = new vn.motcua.payment.FeeReceipt(details.dossier().id(), SliceDossiers.CODE, details.dossier().procedureCode(),
                "BL-2026-000042", 50_000, true, java.time.LocalDateTime.of(2026, 12, 1, 9, 30), "paygov:T1", "O1", "T1");
        byte[] sealed = "%PDF-1.4 slip signed".getBytes();
        given(queries.forApplicant(PROOF)).willReturn(details);
        given(fees.receipt(details.dossier().id())).willReturn(Optional.of(receipt));
        given(renderer.renderFeeReceipt(details, receipt)).willReturn(PDF);
        given(seal.seal(org.mockito.ArgumentMatchers.eq(PDF), org.mockito.ArgumentMatchers.eq(details.dossier().receivingUnitCode()),
                containsStringArg("BL-2026-000042"))).willReturn(sealed);

        applicants(vn.motcua.slips.AvailableSlip.FEE_RECEIPT, PROOF_JSON)
                .andExpect(status().isOk())
                .andExpect(content().bytes(sealed))
                .andExpect(header().string("Content-Disposition", containsString(SliceDossiers.CODE + "-bien-lai.pdf")));
    }

    private static String containsStringArg(String part) {
        return org.mockito.ArgumentMatchers.argThat(s -> s != null && s.contains(part));
    }

    @Test
    void anOfficerOfTheDossierGetsTheOfficersCopyInlineNeverCachedAndTheReadIsAudited() throws Exception {
        DossierDetails details = SliceDossiers.acceptedOnline();
        given(queries.forOfficer(SliceDossiers.CODE, SliceOfficers.XUANHUONG_RECEIVER)).willReturn(Optional.of(details));
        given(renderer.render(Slip.FORM_06, details, SlipRenderer.Audience.OFFICER)).willReturn(PDF);

        mvc.perform(get("/api/v1/dossiers/{code}/slips/06", SliceDossiers.CODE).with(as(SliceOfficers.XUANHUONG_RECEIVER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(content().bytes(PDF))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"" + SliceDossiers.CODE + "-mau-06.pdf\""))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        verify(audit).record("SLIP_READ", "DOSSIER", SliceDossiers.CODE, Officers.XUANHUONG, "mẫu / form 06");
    }

    @Test
    void anUnknownFormNumberIsNotFoundListingTheFormsBeforeAnyDossierIsRead() throws Exception {
        mvc.perform(get("/api/v1/dossiers/{code}/slips/07", SliceDossiers.CODE).with(as(SliceOfficers.XUANHUONG_RECEIVER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("01, 02, 03, 04, 05, 06")));
        verifyNoInteractions(queries, renderer);
    }

    @Test
    void aDossierOutsideTheOfficersUnitsHasNoSlipsLikeAnUnknownCode() throws Exception {
        given(queries.forOfficer(anyString(), any())).willReturn(Optional.empty());

        mvc.perform(get("/api/v1/dossiers/{code}/slips/01", SliceDossiers.CODE).with(as(SliceOfficers.LACDUONG_RECEIVER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy hồ sơ " + SliceDossiers.CODE)));
        verifyNoInteractions(renderer, audit);
    }

    @Test
    void theOfficersSlipsNeedALogin() throws Exception {
        mvc.perform(get("/api/v1/dossiers/{code}/slips/01", SliceDossiers.CODE))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(queries);
    }

    @Test
    void theApplicantGetsTheirCopyWithTheirProofAndTheReadIsAuditedAsTheApplicants() throws Exception {
        DossierDetails details = SliceDossiers.acceptedOnline();
        given(queries.forApplicant(PROOF)).willReturn(details);
        given(renderer.render(Slip.FORM_01, details, SlipRenderer.Audience.APPLICANT)).willReturn(PDF);

        applicants("01", PROOF_JSON)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString(SliceDossiers.CODE + "-mau-01.pdf")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        verify(audit).record("applicant", "SLIP_READ", "DOSSIER", SliceDossiers.CODE, null, "mẫu / form 01");
    }

    @Test
    void theOnlineReceiptsLiteralPathWinsOverTheFormNumber() throws Exception {
        DossierDetails details = SliceDossiers.acceptedOnline();
        given(queries.forApplicant(PROOF)).willReturn(details);
        given(renderer.renderOnlineReceipt(details)).willReturn(PDF);

        applicants("online-receipt", PROOF_JSON)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(SliceDossiers.CODE
                        + "-bien-nhan-truc-tuyen.pdf")));
        verify(audit).record("applicant", "SLIP_READ", "DOSSIER", SliceDossiers.CODE, null,
                "biên nhận nộp trực tuyến / online-receipt");
    }

    @Test
    void anApplicantsRequestWithoutAnIdNumberIsABadRequestNamingIt() throws Exception {
        applicants("01", """
                {"dossierCode": "%s", "idNumber": ""}""".formatted(SliceDossiers.CODE))
                .andExpect(required("idNumber"));
        applicants("online-receipt", "{\"dossierCode\": \"" + SliceDossiers.CODE + "\"}")
                .andExpect(invalid("idNumber"));
        verifyNoInteractions(queries);
    }

    @Test
    void aWrongProofIsNotFoundAndRendersNothing() throws Exception {
        given(queries.forApplicant(any())).willThrow(new NotFoundException("dossier", SliceDossiers.CODE,
                "Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập",
                "No dossier matches this dossier code and ID number"));

        applicants("01", PROOF_JSON).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(renderer, audit);
    }

    private ResultActions applicants(String form, String body) throws Exception {
        return mvc.perform(post("/api/v1/tracking/slips/{form}", form).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
