package vn.motcua.feedback;

import java.util.UUID;

/**
 * A complaint about the dossier was filed, or its applicant rated the service; published in the transaction that
 * records it, for the 766 counters (indicator 5.4: dossiers with a complaint or a "not satisfied" rating).
 */
public record DossierFeedbackGiven(UUID dossierId) {
}
