package vn.motcua.dossier.internal;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.security.Officer;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.Officers;
import vn.motcua.support.SliceDossiers;
import vn.motcua.support.SliceOfficers;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.required;
import static vn.motcua.support.SliceOfficers.as;

/**
 * The dossiers' API: submission, the officers' reads and the supplement, with the use cases mocked. What the use cases
 * decide (catalog, identity, form data, units) is in {@code DossierApiTest} and {@code OnlineSubmissionApiTest}.
 */
@ControllerSlice(DossierController.class)
class DossierControllerTest {

    private static final String BIRTH_REGISTRATION = """
            {"procedureCode": " 1.001193 ", "receivingUnitCode": "H36.24781", "channel": "ONLINE",
             "applicant": {"idNumber": " 068203001234 ", "fullName": "Nguyễn Thị Hạnh", "email": "hanh@example.vn",
                           "phone": "0912 345 678"},
             "formData": {"childFullName": "Nguyễn Minh Khôi"}}""";
    private static final SubmittedDossier SUBMITTED = new SubmittedDossier(SliceDossiers.CODE, DossierStatus.NEW,
            SliceDossiers.RECEIVED, SliceDossiers.DUE, Officers.XUANHUONG, Officers.XUANHUONG, true, 0,
            vn.motcua.dossier.IdentityVerification.Status.VERIFIED, java.util.UUID.randomUUID());

    @Autowired MockMvc mvc;
    @MockitoBean IdempotentSubmission submission;
    @MockitoBean DossierQueries queries;
    @MockitoBean DossierWorkflow workflow;
    @MockitoBean AuditTrail audit;
    @MockitoBean vn.motcua.dossier.ResultReturnChoice resultReturnChoice;

    @Test
    void anOnlineSubmissionIsCreatedWithItsLocationAndTheTrimmedCommandWithoutAnOfficer() throws Exception {
        given(submission.submit(any(), any(), any())).willReturn(new IdempotentSubmission.Outcome(SUBMITTED, false));

        submit(BIRTH_REGISTRATION)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/dossiers/" + SliceDossiers.CODE)))
                .andExpect(jsonPath("$.code").value(SliceDossiers.CODE))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.dueAt").value("2026-12-02T17:00:00"))
                .andExpect(jsonPath("$.identityChecked").value(true));

        ArgumentCaptor<SubmitDossier> command = ArgumentCaptor.forClass(SubmitDossier.class);
        verify(submission).submit(isNull(), command.capture(), eq(Optional.empty()));
        assertThat(command.getValue().procedureCode()).isEqualTo("1.001193");
        assertThat(command.getValue().applicant().idNumber()).isEqualTo(Officers.APPLICANT_ID);
        assertThat(command.getValue().channel()).isEqualTo(Channel.ONLINE);
        assertThat(command.getValue().formData()).containsEntry("childFullName", "Nguyễn Minh Khôi");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredTheFirstDossierMarkedReplayed() throws Exception {
        given(submission.submit(eq("0b6f2c1e-key"), any(), any()))
                .willReturn(new IdempotentSubmission.Outcome(SUBMITTED, true));
        given(submission.submit(isNull(), any(), any())).willReturn(new IdempotentSubmission.Outcome(SUBMITTED, false));

        mvc.perform(post("/api/v1/dossiers").header("Idempotency-Key", "0b6f2c1e-key")
                        .contentType(MediaType.APPLICATION_JSON).content(BIRTH_REGISTRATION))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/dossiers/" + SliceDossiers.CODE)))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.code").value(SliceDossiers.CODE));
        submit(BIRTH_REGISTRATION).andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void aCounterSubmissionIsMadeAsTheLoggedInReceiver() throws Exception {
        given(submission.submit(any(), any(), any())).willReturn(new IdempotentSubmission.Outcome(SUBMITTED, false));

        mvc.perform(post("/api/v1/dossiers").with(as(SliceOfficers.XUANHUONG_RECEIVER))
                        .contentType(MediaType.APPLICATION_JSON).content(BIRTH_REGISTRATION.replace("ONLINE", "COUNTER")))
                .andExpect(status().isCreated());

        verify(submission).submit(isNull(), any(), eq(Optional.of(SliceOfficers.XUANHUONG_RECEIVER)));
    }

    @Test
    void aSubmissionWithoutTheApplicantsNameIsABadRequestNamingTheNestedField() throws Exception {
        submit(BIRTH_REGISTRATION.replace("\"Nguyễn Thị Hạnh\"", "\" \""))
                .andExpect(required("applicant.fullName"));
        verifyNoInteractions(submission);
    }

    @Test
    void aSubmissionWithABadEmailAndPhoneNamesBothFields() throws Exception {
        submit(BIRTH_REGISTRATION.replace("hanh@example.vn", "hanh-at-example").replace("0912 345 678", "call me"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.email')].messageVi").value("Địa chỉ email không hợp lệ"))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.phone')].messageEn").value("Invalid format"));
        verifyNoInteractions(submission);
    }

    @Test
    void anUnknownChannelIsABadRequestListingTheChannels() throws Exception {
        submit(BIRTH_REGISTRATION.replace("\"ONLINE\"", "\"FAX\""))
                .andExpect(invalid("channel"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(containsString("ONLINE")));
        verifyNoInteractions(submission);
    }

    @Test
    void aSubmissionWithAnUnknownFieldIsABadRequestNamingIt() throws Exception {
        submit(BIRTH_REGISTRATION.replace("\"channel\"", "\"surprise\": 1, \"channel\""))
                .andExpect(invalid("surprise", "Trường không được hỗ trợ", "Unknown field"));
        verifyNoInteractions(submission);
    }

    @Test
    void aSubmissionWithAttachmentsHandsTheFilesToTheUseCaseInOneCommand() throws Exception {
        given(submission.submit(any(), any(), any())).willReturn(new IdempotentSubmission.Outcome(SUBMITTED, false));

        mvc.perform(multipart("/api/v1/dossiers")
                        .file(new MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE,
                                BIRTH_REGISTRATION.getBytes()))
                        .file(new MockMultipartFile("attachments", "giay-chung-sinh.pdf", "application/pdf",
                                new byte[] {1, 2, 3})))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/dossiers/" + SliceDossiers.CODE)));

        ArgumentCaptor<SubmitDossier> command = ArgumentCaptor.forClass(SubmitDossier.class);
        verify(submission).submit(isNull(), command.capture(), eq(Optional.empty()));
        assertThat(command.getValue().attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("giay-chung-sinh.pdf");
            assertThat(a.content()).containsExactly(1, 2, 3);
        });
    }

    @Test
    void anOfficerOfTheDossiersUnitReadsItAndTheReadIsAudited() throws Exception {
        given(queries.forOfficer(SliceDossiers.CODE, SliceOfficers.XUANHUONG_SPECIALIST))
                .willReturn(Optional.of(SliceDossiers.acceptedOnline()));

        mvc.perform(get("/api/v1/dossiers/{code}", SliceDossiers.CODE).with(as(SliceOfficers.XUANHUONG_SPECIALIST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossier.code").value(SliceDossiers.CODE))
                .andExpect(jsonPath("$.dossier.applicantIdNumber").value(Officers.APPLICANT_ID))
                .andExpect(jsonPath("$.timeline[0].action").value("SUBMITTED"));
        verify(audit).record("DOSSIER_READ", "DOSSIER", SliceDossiers.CODE, Officers.XUANHUONG, null);
    }

    @Test
    void aDossierOutsideTheOfficersUnitsIsNotFoundLikeAnUnknownCode() throws Exception {
        given(queries.forOfficer(anyString(), any())).willReturn(Optional.empty());

        mvc.perform(get("/api/v1/dossiers/{code}", SliceDossiers.CODE).with(as(SliceOfficers.LACDUONG_RECEIVER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy hồ sơ " + SliceDossiers.CODE + " / Dossier "
                        + SliceDossiers.CODE + " not found"));
        verifyNoInteractions(audit);
    }

    @Test
    void readingADossierNeedsALoginAndAnOfficersRole() throws Exception {
        mvc.perform(get("/api/v1/dossiers/{code}", SliceDossiers.CODE))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/dossiers/{code}", SliceDossiers.CODE).with(as(SliceOfficers.ANALYST)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Không có quyền / Forbidden"));
        verifyNoInteractions(queries);
    }

    @Test
    void theUnitsListIsForItsOwnOfficersAndAuditorsOnly() throws Exception {
        Officer otherUnit = SliceOfficers.LACDUONG_RECEIVER;
        given(queries.forUnit(Officers.XUANHUONG, 50))
                .willReturn(List.of(SliceDossiers.dossier(Channel.ONLINE, DossierStatus.PROCESSING)));

        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).with(as(otherUnit)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).with(as(SliceOfficers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(SliceDossiers.CODE))
                .andExpect(jsonPath("$[0].statusVi").value(DossierStatus.PROCESSING.labelVi()))
                .andExpect(jsonPath("$[0].applicantIdNumber").doesNotExist());
        verify(audit).record("DOSSIER_LIST", "UNIT", Officers.XUANHUONG, Officers.XUANHUONG, "1 dossiers");
    }

    @Test
    void aListLimitOutsideOneToFiveHundredIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).param("limit", "501")
                        .with(as(SliceOfficers.XUANHUONG_LEADER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(queries, org.mockito.Mockito.never()).forUnit(anyString(), anyInt());
    }

    @Test
    void theReceivingPointRecordsASupplementTheProcessWaitsFor() throws Exception {
        given(queries.forOfficer(SliceDossiers.CODE, SliceOfficers.XUANHUONG_RECEIVER))
                .willReturn(Optional.of(SliceDossiers.acceptedOnline()));
        given(workflow.supplementReceived(SliceDossiers.CODE)).willReturn(true);

        supplement(SliceOfficers.XUANHUONG_RECEIVER).andExpect(status().isNoContent());
    }

    @Test
    void aSupplementTheProcessDoesNotWaitForIsABadRequestNamingTheCode() throws Exception {
        given(queries.forOfficer(SliceDossiers.CODE, SliceOfficers.XUANHUONG_RECEIVER))
                .willReturn(Optional.of(SliceDossiers.acceptedOnline()));
        given(workflow.supplementReceived(SliceDossiers.CODE)).willReturn(false);

        supplement(SliceOfficers.XUANHUONG_RECEIVER)
                .andExpect(invalid("code",
                        "Hồ sơ không ở trạng thái chờ bổ sung", "The dossier is not waiting for a supplement"));
    }

    @Test
    void onlyAReceiverOfTheReceivingPointRecordsASupplement() throws Exception {
        // a receiver elsewhere who may read the dossier (e.g. it was handed to their unit) is not its receiving point
        given(queries.forOfficer(SliceDossiers.CODE, SliceOfficers.LACDUONG_RECEIVER))
                .willReturn(Optional.of(SliceDossiers.acceptedOnline()));

        supplement(SliceOfficers.LACDUONG_RECEIVER).andExpect(status().isForbidden());
        supplement(SliceOfficers.XUANHUONG_SPECIALIST).andExpect(status().isForbidden());
        verifyNoInteractions(workflow);
    }

    @Test
    void theApplicantsChoiceOfWhereTheResultIsReturnedTravelsWithTheSubmission() throws Exception {
        given(submission.submit(any(), any(), any())).willReturn(new IdempotentSubmission.Outcome(SUBMITTED, false));

        submit(BIRTH_REGISTRATION.replace("\"formData\"", """
                "resultReturn": {"method": "POSTAL", "postalAddress": "12 Trần Phú, Đà Lạt"}, "formData\"""".strip()))
                .andExpect(status().isCreated());

        verify(submission).submit(isNull(), org.mockito.ArgumentMatchers.argThat(command -> command.resultReturn()
                .equals(new vn.motcua.dossier.ResultReturn(vn.motcua.dossier.ResultReturn.Method.POSTAL, null,
                        "12 Trần Phú, Đà Lạt"))), any());
    }

    @Test
    void withoutAChoiceTheResultIsReturnedAtTheReceivingPointAndAnUnknownMethodIsABadRequest() throws Exception {
        given(submission.submit(any(), any(), any())).willReturn(new IdempotentSubmission.Outcome(SUBMITTED, false));
        submit(BIRTH_REGISTRATION).andExpect(status().isCreated());
        verify(submission).submit(isNull(), org.mockito.ArgumentMatchers.argThat(command ->
                command.resultReturn().equals(vn.motcua.dossier.ResultReturn.AT_RECEIVING_POINT)), any());

        submit(BIRTH_REGISTRATION.replace("\"formData\"", """
                "resultReturn": {"method": "BY_PIGEON"}, "formData\"""".strip()))
                .andExpect(status().isBadRequest());
        org.mockito.Mockito.verifyNoMoreInteractions(submission);
    }

    @Test
    void theReceiverRecordsTheApplicantsNewChoiceOfWhereTheResultIsReturned() throws Exception {
        vn.motcua.dossier.ResultReturn choice = new vn.motcua.dossier.ResultReturn(
                vn.motcua.dossier.ResultReturn.Method.AT_OTHER_POINT, "H36.24848", null);
        given(resultReturnChoice.changeByOfficer(SliceDossiers.CODE, SliceOfficers.XUANHUONG_RECEIVER, choice)).willReturn(choice);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/dossiers/{code}/result-return", SliceDossiers.CODE).with(as(SliceOfficers.XUANHUONG_RECEIVER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"method": "AT_OTHER_POINT", "unitCode": "H36.24848"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("AT_OTHER_POINT"))
                .andExpect(jsonPath("$.unitCode").value("H36.24848"));
        verify(resultReturnChoice).changeByOfficer(SliceDossiers.CODE, SliceOfficers.XUANHUONG_RECEIVER, choice);
    }

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions supplement(Officer officer) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/{code}/supplement", SliceDossiers.CODE).with(as(officer)));
    }
}
