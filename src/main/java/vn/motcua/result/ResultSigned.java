package vn.motcua.result;

import java.util.UUID;

/**
 * A dossier's result was signed by the competent unit and verified on the server; published in the signing
 * transaction, so what follows it (delivery to the citizen's data store) is recorded with it or not at all.
 */
public record ResultSigned(UUID documentId, UUID dossierId, String dossierCode, String title, String fileName,
                           String sha256) {
}
