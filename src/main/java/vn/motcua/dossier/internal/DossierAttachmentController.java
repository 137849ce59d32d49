package vn.motcua.dossier.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
 * same 404 as for an unknown code). Files download as attachments unless a PDF or an image is asked for inline (the
 * task forms' preview links, opened with the officer's Tasklist session), and are never cached.
 * Every read is audited, like reads of the dossier itself.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/attachments")
class DossierAttachmentController {

    /** Types the browser shows itself without running anything of the file's (scripts in a PDF stay off in viewers). */
    private static final java.util.Set<String> PREVIEWABLE = java.util.Set.of("application/pdf", "image/jpeg", "image/png");

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

    /**
     * One file. {@code ?inline=true} (the links of the task forms) shows a PDF or an image in the browser instead of
     * downloading it; other types always download.
     */
    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id,
                                    @RequestParam(defaultValue = "false") boolean inline) {
        DossierAttachments.File file = attachments.open(code, id, CurrentOfficer.require()).orElseThrow(() -> new NotFoundException(
                "attachment", code + "/" + id, "Hồ sơ " + code + " không có tệp đính kèm này",
                "Dossier " + code + " has no such attachment"));
        boolean preview = inline && PREVIEWABLE.contains(file.attachment().contentType());
        audit.record("ATTACHMENT_READ", "DOSSIER", code, null, file.attachment().fileName() + " (" + file.attachment().id() + ")"
                + (preview ? " - xem trong trình duyệt / previewed" : ""));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header("Content-Disposition", (preview ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
