package vn.motcua.dossier.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.security.CurrentOfficer;
import vn.motcua.problem.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The applicant's attachments for the officers of the units that may read the dossier (any other officer gets the
 * same 404 as for an unknown code). Files download as attachments, never rendered inline, and are never cached.
 * Every read is audited, like reads of the dossier itself.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/attachments")
class DossierAttachmentController {

    private final DossierAttachments attachments;
    private final AuditTrail audit;

    DossierAttachmentController(DossierAttachments attachments, AuditTrail audit) {
        this.attachments = attachments;
        this.audit = audit;
    }

    @GetMapping
    List<DossierAttachment> list(@PathVariable String code) {
        List<DossierAttachment> files = attachments.forOfficer(code, CurrentOfficer.require())
                .orElseThrow(() -> new DossierNotFoundException(code));
        audit.record("ATTACHMENT_LIST", "DOSSIER", code, null, files.size() + " tệp / files");
        return files;
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id) {
        DossierAttachments.File file = attachments.open(code, id, CurrentOfficer.require()).orElseThrow(() -> new NotFoundException(
                "attachment", code + "/" + id, "Hồ sơ " + code + " không có tệp đính kèm này",
                "Dossier " + code + " has no such attachment"));
        audit.record("ATTACHMENT_READ", "DOSSIER", code, null, file.attachment().fileName() + " (" + file.attachment().id() + ")");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
