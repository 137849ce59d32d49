package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Papers the state already holds for an applicant, which an online dossier may reuse instead of an upload (Decree
 * 118/2025/NĐ-CP: an applicant is not asked again for what the state holds; the 766 index counts dossiers with reused
 * components): the signed electronic result of one of the applicant's earlier dossiers. Implemented by the
 * {@code result} module, which keeps the signed results.
 */
public interface HeldPapers {

    /**
     * A signed electronic result held for the applicant.
     *
     * @param dossierCode      the earlier dossier whose result it is
     * @param resultDocumentId its stored file
     * @param title            what it is (the result's title)
     * @param sha256           the signed file's hash
     * @param signedAt         when the competent unit signed it
     */
    record HeldPaper(String dossierCode, UUID resultDocumentId, String title, String sha256, LocalDateTime signedAt) {
    }

    /**
     * The signed result of dossier {@code dossierCode} if that dossier's applicant has ID number
     * {@code applicantIdNumber}; empty for an unknown code, a dossier without a signed result and another person's
     * dossier alike, so a caller learns nothing about dossiers that are not the applicant's.
     */
    Optional<HeldPaper> signedResultOf(String dossierCode, String applicantIdNumber);
}
