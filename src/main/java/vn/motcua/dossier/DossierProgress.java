package vn.motcua.dossier;

import vn.motcua.dossier.internal.DossierActivity;
import vn.motcua.dossier.internal.DossierRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcedureCatalog;

/**
 * Moving a dossier along its lifecycle, as the process models say: status changes, handovers between units
 * (the process control slip, form 06 of Circular 03/2025/TT-VPCP) and consultations. Always joins the
 * engine's transaction, so the dossier and the process never disagree.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DossierProgress {

    /** Statuses that end a supplement pause: the clock runs again (Decree 118/2025/NĐ-CP). */
    private static final Set<DossierStatus> RESUMING = EnumSet.of(DossierStatus.NEW, DossierStatus.ACCEPTED,
            DossierStatus.PROCESSING);

    /** Dates shown to people: dd/MM/yyyy. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Channels whose dossier reaches the agency before anyone checked it: their clock starts at acceptance. At the
     * counter the dossier is checked as it is handed in, so the receipt time given at submission stands.
     */
    private static final Set<Channel> CLOCK_STARTS_AT_ACCEPTANCE = EnumSet.of(Channel.ONLINE, Channel.POSTAL);

    private final DossierRepository dossiers;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProcedureCatalog catalog;

    DossierProgress(DossierRepository dossiers, WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock,
                    ProcedureCatalog catalog) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.catalog = catalog;
    }

    public void changeStatus(UUID dossierId, DossierStatus status, String step, String actor) {
        changeStatus(dossierId, status, step, actor, null);
    }

    /** @param note what the officer wrote for the applicant at this step (reasons, supplement to bring), may be null */
    public void changeStatus(UUID dossierId, DossierStatus status, String step, String actor, String note) {
        Dossier dossier = load(dossierId);
        LocalDateTime now = now();
        LocalDateTime dueAt = dossier.dueAt();
        LocalDateTime movedDueAt = null;
        if (status == DossierStatus.ACCEPTED && CLOCK_STARTS_AT_ACCEPTANCE.contains(dossier.channel())) {
            // the clock starts when the complete dossier is accepted, not when it was sent (Decree 118/2025/NĐ-CP):
            // whatever waited before (a supplement at receipt included) is not the agency's time
            Optional<LocalDateTime> restarted = catalog.find(dossier.procedureCode())
                    .flatMap(procedure -> procedure.termsFor(dossier.channel()))
                    .map(terms -> calendar.dueAt(now, terms.limit()));
            if (restarted.isPresent()) {
                movedDueAt = restarted.get();
                dossiers.moveDueDate(dossierId, movedDueAt);
                dueAt = movedDueAt;
            }
        } else if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
            dossiers.pause(dossierId, now);
        } else if (RESUMING.contains(status)) {
            Optional<LocalDateTime> pausedAt = dossiers.pausedAt(dossierId);
            if (pausedAt.isPresent()) {
                movedDueAt = calendar.resume(dueAt, pausedAt.get(), now);
                dossiers.moveDueDate(dossierId, movedDueAt);
                dueAt = movedDueAt;
            }
        }
        dossiers.updateStatus(dossierId, status, now);
        // the appointment given with the receipt (form 01) is kept on the acceptance step
        LocalDateTime stepDueAt = movedDueAt != null ? movedDueAt : status == DossierStatus.ACCEPTED ? dueAt : null;
        timeline(dossier, new TimelineEntry(now, "STATUS", status, step, actor, dossier.handlingUnitCode(),
                null, blankToNull(note), stepDueAt));
        events.publishEvent(new DossierStatusChanged(dossierId, dossier.code(), dossier.procedureName(),
                dossier.applicantName(), dossier.applicantEmail(), dossier.applicantPhone(), status, "STATUS",
                dueAt, blankToNull(note), now));
    }

    /**
     * The agency will be late: it apologises and sets a new appointment date (form 04 of Circular
     * 03/2025/TT-VPCP), which the applicant is told and sees when tracking (Decree 118/2025/NĐ-CP).
     *
     * @throws DossierRuleViolation if the due date has passed (the apology comes before it), or the new date is not
     *                              after the current due date, or is not a working day
     */
    public void apologise(UUID dossierId, LocalDateTime newDueAt, String reason, String step, String actor) {
        Dossier dossier = load(dossierId);
        if (!now().isBefore(dossier.dueAt())) {
            throw new DossierRuleViolation("Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) phải ban hành trước ngày hẹn "
                    + DAY.format(dossier.dueAt()) + "; ngày hẹn đã qua",
                    "The apology with a new date (form 04) must be issued before the due date " + DAY.format(dossier.dueAt())
                            + ", which has passed");
        }
        if (newDueAt == null || !newDueAt.isAfter(dossier.dueAt())) {
            throw new DossierRuleViolation("Ngày hẹn mới phải sau ngày hẹn hiện tại (" + dossier.dueAt() + ")",
                    "The new appointment date must be after the current one (" + dossier.dueAt() + ")");
        }
        if (!calendar.isWorkingDay(newDueAt.toLocalDate())) {
            throw new DossierRuleViolation("Ngày hẹn mới phải là ngày làm việc: " + DAY.format(newDueAt) + " là ngày nghỉ",
                    "The new appointment date must be a working day: " + DAY.format(newDueAt) + " is a day off");
        }
        if (reason == null || reason.isBlank()) {
            throw new DossierRuleViolation("Phải nêu lý do chậm trả kết quả", "The reason for the delay is required");
        }
        LocalDateTime now = now();
        dossiers.moveDueDate(dossierId, newDueAt);
        timeline(dossier, new TimelineEntry(now, "APOLOGY", dossier.status(), step, actor,
                dossier.handlingUnitCode(), null, reason.trim(), newDueAt));
        events.publishEvent(new DossierStatusChanged(dossierId, dossier.code(), dossier.procedureName(),
                dossier.applicantName(), dossier.applicantEmail(), dossier.applicantPhone(), dossier.status(), "APOLOGY",
                newDueAt, reason.trim(), now));
    }

    /** The responsible officers are warned that the due date is near; an internal step, not shown to the applicant. */
    public void warnOverdue(UUID dossierId, String step, String actor) {
        Dossier dossier = load(dossierId);
        timeline(dossier, new TimelineEntry(now(), "WARNING", dossier.status(), step, actor,
                dossier.handlingUnitCode(), null, "Sắp đến hạn trả kết quả " + dossier.dueAt()
                + " / The due date is near", dossier.dueAt()));
    }

    /**
     * Records a step that changes neither status nor due date: a consultation's answer, a warning.
     *
     * @param action CONSULT_ANSWER or WARNING; WARNING entries are internal and not shown to the applicant
     */
    public void record(UUID dossierId, String action, String otherUnitCode, String note, String step, String actor) {
        Dossier dossier = load(dossierId);
        timeline(dossier, new TimelineEntry(now(), action, dossier.status(), step, actor,
                dossier.handlingUnitCode(), otherUnitCode, blankToNull(note), null));
    }

    /** The current due date of a dossier (timers in the models use it). */
    public LocalDateTime dueAt(UUID dossierId) {
        return clock(dossierId).dueAt();
    }

    /** When the dossier was received and when it is due now (its two columns: every task's deadlines read them). */
    public DossierClock clock(UUID dossierId) {
        return dossiers.clock(dossierId).orElseThrow(() -> missing(dossierId));
    }

    public record DossierClock(LocalDateTime receivedAt, LocalDateTime dueAt) {
    }

    public void handOver(UUID dossierId, String toUnitCode, String step, String actor) {
        Dossier dossier = load(dossierId);
        if (dossier.handlingUnitCode().equals(toUnitCode)) {
            return;
        }
        dossiers.updateHandlingUnit(dossierId, toUnitCode);
        timeline(dossier, new TimelineEntry(now(), "HANDOVER", dossier.status(), step, actor,
                dossier.handlingUnitCode(), toUnitCode));
    }

    /**
     * The return leg of the transfer: the competent unit hands the result (or the stopped dossier) back to the
     * receiving point that returns it, recorded on the process control slip (form 06) as a handover. The competent
     * unit stays the dossier's handling unit (DonViXuLy): it decided; the receiving point only returns.
     */
    public void handBack(UUID dossierId, String toUnitCode, String step, String actor) {
        Dossier dossier = load(dossierId);
        if (toUnitCode == null || dossier.handlingUnitCode().equals(toUnitCode)) {
            return;
        }
        timeline(dossier, new TimelineEntry(now(), "HANDOVER", dossier.status(), step, actor,
                dossier.handlingUnitCode(), toUnitCode));
    }

    public void consult(UUID dossierId, String unitCode, String step, String actor) {
        Dossier dossier = load(dossierId);
        timeline(dossier, new TimelineEntry(now(), "CONSULT", dossier.status(), step, actor,
                dossier.handlingUnitCode(), unitCode));
    }

    /** Writes a timeline step and tells the audit trail, in this transaction. */
    private void timeline(Dossier dossier, TimelineEntry entry) {
        dossiers.addEvent(dossier.id(), entry);
        events.publishEvent(DossierActivity.of(dossier, entry));
        events.publishEvent(new DossierStep(dossier.id(), dossier.code(), entry));
    }

    private Dossier load(UUID dossierId) {
        return dossiers.findById(dossierId).orElseThrow(() -> missing(dossierId));
    }

    private static IllegalStateException missing(UUID dossierId) {
        return new IllegalStateException("The process refers to dossier " + dossierId + " which does not exist");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
