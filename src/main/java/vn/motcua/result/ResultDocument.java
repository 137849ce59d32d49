package vn.motcua.result;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A dossier's electronic result as stored: the draft the officer issued, then the file the competent unit signed.
 *
 * @param origin GENERATED (from the template with the dossier's data) or UPLOADED (a PDF the officer wrote)
 * @param state  DRAFT (issued, waiting for the leader), SIGNED, REPLACED (a later draft took its place)
 */
public record ResultDocument(UUID id, UUID dossierId, String dossierCode, String title, String fileName, String origin,
                             String state, String sha256, String issuedBy, LocalDateTime issuedAt, String signedBy,
                             String signerUnitCode, String certificateSubject, LocalDateTime signedAt) {

    public boolean signed() {
        return "SIGNED".equals(state);
    }
}
