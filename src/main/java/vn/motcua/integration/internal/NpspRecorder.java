package vn.motcua.integration.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.event.EventListener;

import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.PaperMarks;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.TimelineEntry;
import vn.motcua.organisation.Unit;
import vn.motcua.payment.FeeRecords;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.result.ResultDocuments;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * Writes the NPSP's entries for a dossier's step into {@code npsp_outbox}, in the step's own transaction: a step that
 * rolls back leaves no entry, and an entry that cannot be written fails the step (a plain {@code @EventListener}, as
 * the notification module's recorder, for the same reasons).
 *
 * <p>For a step that changes what the NPSP shows of the dossier (its submission, a status change, a handover to
 * another unit, an apology with a new date) a full {@code DongBoHoSoMC} snapshot first, so the NPSP knows the
 * dossier before its progress; then, for every handling step, its {@code CapNhatTienDoHoSoMC} entry. Internal steps
 * (due-date warnings, a consulted agency's opinion) are not the NPSP's.
 */
class NpspRecorder {

    /** Steps that change the snapshot. */
    private static final Set<String> CHANGES_SNAPSHOT = Set.of("SUBMITTED", "STATUS", "HANDOVER", "APOLOGY");
    /** Steps kept inside the agencies (as in public tracking, vn.motcua.dossier.DossierQueries). */
    private static final Set<String> INTERNAL = Set.of("WARNING", "CONSULT_ANSWER");

    private final NpspOutbox outbox;
    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final NpspMessages messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final PaperMarks paperMarks;

    NpspRecorder(NpspOutbox outbox, DossierQueries dossiers, ProcedureCatalog catalog, UnitDirectory units,
                 NpspStatusMapping statuses, ResultDocuments results, ObjectMapper json, Clock clock, PaperMarks paperMarks,
                 FeeRecords fees) {
        this.outbox = outbox;
        this.paperMarks = paperMarks;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.messages = new NpspMessages(statuses::code, code -> code == null ? "" : units.find(code).map(Unit::name).orElse(code),
                results::signed, fees::amountCharged);
        this.json = json;
        this.clock = clock;
    }

    NpspMessages messages() {
        return messages;
    }

    @EventListener
    void record(DossierStep step) {
        TimelineEntry entry = step.entry();
        if (INTERNAL.contains(entry.action())) {
            return;
        }
        DossierDetails details = dossiers.forSystem(step.code())
                .orElseThrow(() -> new IllegalStateException("A step of dossier " + step.code() + " which does not exist"));
        // to the millisecond: the sync's lag (sent_at - created_at) is measured from it (BENCHMARKS.md)
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (CHANGES_SNAPSHOT.contains(entry.action())) {
            enqueueSnapshot(details, now);
        }
        outbox.enqueue(step.dossierId(), step.code(), NpspMessages.PROGRESS, entry.status().code(),
                write(messages.progress(details.dossier(), entry)), now);
    }

    /** A snapshot of the dossier as it is now, at the end of its line (also what re-queueing a dead one does). */
    void enqueueSnapshot(DossierDetails details, LocalDateTime now) {
        Map<String, Object> snapshot = messages.snapshot(details, catalog.find(details.dossier().procedureCode()),
                dossiers.papers(details.dossier().id()), paperMarks.marks(details.dossier().id()));
        outbox.enqueue(details.dossier().id(), details.dossier().code(), NpspMessages.SNAPSHOT,
                details.dossier().status().code(), write(snapshot), now);
    }

    private String write(Map<String, Object> item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
