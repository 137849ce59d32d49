package vn.motcua.dossier.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.audit.AuditTrail;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.SliceDossiers;
import vn.motcua.support.SliceOfficers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.SliceOfficers.as;

/** The applicant's attachments for the dossier's officers; storage and checks are in {@code OnlineSubmissionApiTest}. */
@ControllerSlice(DossierAttachmentController.class)
class DossierAttachmentControllerTest {

    private static final UUID ID = UUID.fromString("6f1c2b1e-0000-4000-8000-000000000001");
    private static final DossierAttachment BIRTH_CERTIFICATE = new DossierAttachment(ID, "Giấy chứng sinh.pdf",
            "application/pdf", 3, "abc", LocalDateTime.of(2026, 11, 27, 9, 15));

    @Autowired MockMvc mvc;
    @MockitoBean DossierAttachments attachments;
    @MockitoBean AuditTrail audit;

    @Test
    void theDossiersOfficersListItsAttachmentsAndTheReadIsAudited() throws Exception {
        given(attachments.forOfficer(SliceDossiers.CODE, SliceOfficers.XUANHUONG_SPECIALIST))
                .willReturn(Optional.of(List.of(BIRTH_CERTIFICATE)));

        mvc.perform(get("/api/v1/dossiers/{code}/attachments", SliceDossiers.CODE).with(as(SliceOfficers.XUANHUONG_SPECIALIST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(ID.toString()))
                .andExpect(jsonPath("$[0].fileName").value("Giấy chứng sinh.pdf"))
                .andExpect(jsonPath("$[0].sizeBytes").value(3));
        verify(audit).record("ATTACHMENT_LIST", "DOSSIER", SliceDossiers.CODE, null, "1 tệp / files");
    }

    @Test
    void theAttachmentsOfADossierTheOfficerMayNotReadAreNotFoundLikeAnUnknownDossier() throws Exception {
        given(attachments.forOfficer(anyString(), any())).willReturn(Optional.empty());

        mvc.perform(get("/api/v1/dossiers/{code}/attachments", SliceDossiers.CODE).with(as(SliceOfficers.LACDUONG_RECEIVER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy hồ sơ " + SliceDossiers.CODE)));
        verifyNoInteractions(audit);
    }

    @Test
    void aFileDownloadsAsAnAttachmentWithItsVietnameseNameAndIsNeverCached() throws Exception {
        given(attachments.open(SliceDossiers.CODE, ID, SliceOfficers.XUANHUONG_SPECIALIST))
                .willReturn(Optional.of(new DossierAttachments.File(BIRTH_CERTIFICATE, new byte[] {1, 2, 3})));

        mvc.perform(get("/api/v1/dossiers/{code}/attachments/{id}", SliceDossiers.CODE, ID)
                        .with(as(SliceOfficers.XUANHUONG_SPECIALIST)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(new byte[] {1, 2, 3}))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''Gi%E1%BA%A5y")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        verify(audit).record("ATTACHMENT_READ", "DOSSIER", SliceDossiers.CODE, null, "Giấy chứng sinh.pdf (" + ID + ")");
    }

    @Test
    void anAttachmentTheDossierDoesNotHaveIsNotFound() throws Exception {
        given(attachments.open(anyString(), any(), any())).willReturn(Optional.empty());

        mvc.perform(get("/api/v1/dossiers/{code}/attachments/{id}", SliceDossiers.CODE, ID)
                        .with(as(SliceOfficers.XUANHUONG_SPECIALIST)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("không có tệp đính kèm này")));
    }

    @Test
    void anAttachmentIdThatIsNoUuidIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/dossiers/{code}/attachments/{id}", SliceDossiers.CODE, "passwd")
                        .with(as(SliceOfficers.XUANHUONG_SPECIALIST)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(attachments);
    }

    @Test
    void attachmentsNeedALogin() throws Exception {
        mvc.perform(get("/api/v1/dossiers/{code}/attachments", SliceDossiers.CODE))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(attachments);
    }
}
