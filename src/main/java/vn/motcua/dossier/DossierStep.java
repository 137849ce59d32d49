package vn.motcua.dossier;

import java.util.UUID;

/**
 * Published, inside the transaction that makes it, for every handling step written to a dossier's timeline:
 * its submission, each status change, handover, consultation and its answer, an apology with a new date, a
 * warning. The dossier's row already shows the step's effect when listeners run, so a listener that reads the
 * dossier in the same transaction sees it as the step left it. Listeners that must not lose a step record it in
 * that transaction (the NPSP sync in {@code vn.motcua.integration} does).
 */
public record DossierStep(UUID dossierId, String code, TimelineEntry entry) {
}
