package vn.motcua.dossier;

import java.util.UUID;

/**
 * A dossier's papers were marked digitised or reused (at intake or by the applicant's choice of stored data); published
 * in the transaction that records the marks, for the 766 counters (indicators 4.2 and 4.4).
 */
public record PapersMarked(UUID dossierId) {
}
