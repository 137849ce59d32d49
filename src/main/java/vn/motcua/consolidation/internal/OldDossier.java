package vn.motcua.consolidation.internal;

import vn.motcua.dossier.DossierStatus;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One dossier of an old system's export, read and checked (see {@link ExportLine}).
 *
 * @param oldProvinceCode the old province's GSO code ({@code MaTinhCu})
 * @param oldCommuneCode  the old commune whose territory the dossier concerns ({@code MaXaCu}), may be null
 * @param oldAgencyCode   the old handling agency's electronic code ({@code DonViXuLy})
 * @param channel         KenhThucHien: 1 counter, 2 online, 3 postal
 * @param details         the snapshot's other content (summary, fees, papers, results) as JSON, kept with the dossier
 */
record OldDossier(String code, String procedureCode, String procedureName, String applicantName, String applicantId,
                  String email, String phone, LocalDateTime receivedAt, LocalDateTime dueAt, DossierStatus status,
                  LocalDateTime finishedAt, LocalDateTime returnedAt, int channel, String oldAgencyCode,
                  String oldProvinceCode, String oldCommuneCode, List<Step> steps, List<Supplement> supplements,
                  String details) {

    /** A CapNhatTienDoHoSoMC entry. */
    record Step(LocalDateTime at, String actor, String content, DossierStatus status, String department,
                LocalDateTime stepDueAt) {
    }

    /** A DanhSachHoSoBoSung entry: requested, maybe brought, and the appointment it moved. */
    record Supplement(LocalDateTime requestedAt, String requestedBy, String content, LocalDateTime broughtAt,
                      LocalDateTime newDueAt) {
    }

    /** Finished dossiers become history; the others continue in the engine. */
    boolean finished() {
        return status == DossierStatus.RETURNED || status == DossierStatus.NOT_ACCEPTED || status == DossierStatus.STOPPED;
    }
}
