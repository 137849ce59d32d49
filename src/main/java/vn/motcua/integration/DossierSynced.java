package vn.motcua.integration;

import java.util.UUID;

/**
 * The NPSP accepted a snapshot of the dossier (DongBoHoSoMC); published in the transaction that records the delivery,
 * so what reads it (the 766 counters, indicator 1.4) changes with the record or not at all.
 */
public record DossierSynced(UUID dossierId) {
}
