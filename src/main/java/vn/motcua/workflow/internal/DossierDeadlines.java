package vn.motcua.workflow.internal;

import vn.motcua.catalog.ProcessVariables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierProgress;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's business calendar: the models' timers and task due dates ask this bean
 * ({@code ${dossierDeadlines.warningAt(execution)}}), which asks the one legal working-day calendar, so a
 * due date shown to a citizen, a timer in a model and a report always agree.
 */
@Component("dossierDeadlines")
public class DossierDeadlines {

    private final WorkingCalendar calendar;
    private final DossierProgress progress;
    private final Clock clock;
    private final int warningWorkingDays;
    private final TimeLimit supplementLimit;
    private final TimeLimit consultationLimit;
    private final List<Integer> provincialShares;
    private final int stepWarningPercent;
    /**
     * The step shares of each procedure's process definition that overrides the province's ({@value
     * StepShares#MODEL_PROPERTY}), empty for one that does not; by definition id (a new version is a new id).
     */
    private final Map<String, Optional<List<Integer>>> overrides = new ConcurrentHashMap<>();

    DossierDeadlines(WorkingCalendar calendar, DossierProgress progress, Clock clock,
                     @Value("${motcua.deadlines.warning-working-days:1}") int warningWorkingDays,
                     @Value("${motcua.deadlines.supplement:15WD}") String supplementLimit,
                     @Value("${motcua.deadlines.consultation:5WD}") String consultationLimit,
                     @Value("${motcua.deadlines.steps:receive=10,review=60,approve=25,return=5}") String steps,
                     @Value("${motcua.deadlines.step-warning-percent:75}") int stepWarningPercent) {
        this.calendar = calendar;
        this.progress = progress;
        this.clock = clock;
        this.warningWorkingDays = warningWorkingDays;
        this.supplementLimit = TimeLimit.parse(supplementLimit);
        this.consultationLimit = TimeLimit.parse(consultationLimit);
        this.provincialShares = StepShares.parse(steps);
        if (stepWarningPercent < 0 || stepWarningPercent > 100) {
            throw new IllegalArgumentException("motcua.deadlines.step-warning-percent must be 0-100, was " + stepWarningPercent);
        }
        this.stepWarningPercent = stepWarningPercent;
    }

    /**
     * The deadline of one step of the internal process ({@code RECEIVE}, {@code REVIEW}, {@code APPROVE},
     * {@code RETURN}): the end of its share of the office time between receipt and the dossier's current due date
     * (the province's split, or the procedure model's {@value StepShares#MODEL_PROPERTY}). The task's due date.
     */
    public Date stepDue(VariableScope scope, String step) {
        return date(window(scope, step)[1]);
    }

    /** When the officer is reminded of a step: {@code motcua.deadlines.step-warning-percent} into its window. */
    public Date stepFollowUp(VariableScope scope, String step) {
        LocalDateTime[] window = window(scope, step);
        return date(calendar.pointWithin(window[0], window[1], stepWarningPercent));
    }

    private LocalDateTime[] window(VariableScope scope, String step) {
        int index = StepShares.STEPS.indexOf(step);
        if (index < 0) {
            throw new IllegalArgumentException("Unknown step " + step + " (steps: " + StepShares.STEPS + ")");
        }
        DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) scope;
        DelegateExecution procedure = StepShares.procedure(execution);
        // a deployed definition never changes: its model is read once (it was read for every task's two deadlines)
        List<Integer> shares = overrides.computeIfAbsent(procedure.getProcessDefinitionId(), definition -> {
            String override = StepShares.modelOverride(procedure);
            return Optional.ofNullable(override == null ? null : StepShares.parse(override));
        }).orElse(provincialShares);
        DossierProgress.DossierClock dossier = progress.clock(dossierId(scope));
        List<LocalDateTime> ends = calendar.stepEnds(dossier.receivedAt(), dossier.dueAt(), shares);
        LocalDateTime start = index == 0 ? dossier.receivedAt() : ends.get(index - 1);
        return new LocalDateTime[] {start, ends.get(index)};
    }

    /** The dossier's current due date (moved by an apology or a supplement pause). */
    public Date dueDate(VariableScope scope) {
        return date(progress.dueAt(dossierId(scope)));
    }

    /**
     * When the responsible officers are warned: some working days before the due date, but not before half of
     * the time has passed (a same-day dossier is warned in the afternoon, not at once), and never in the past.
     */
    public Date warningAt(VariableScope scope) {
        DossierProgress.DossierClock dossier = progress.clock(dossierId(scope));
        LocalDateTime warning = calendar.minusWorkingDays(dossier.dueAt(), warningWorkingDays);
        LocalDateTime half = dossier.receivedAt().plus(Duration.between(dossier.receivedAt(), dossier.dueAt()).dividedBy(2));
        LocalDateTime now = LocalDateTime.now(clock);
        return date(latest(warning, half, now));
    }

    private static LocalDateTime latest(LocalDateTime... times) {
        LocalDateTime latest = times[0];
        for (LocalDateTime t : times) {
            if (t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest;
    }

    /** How long the applicant has to bring a requested supplement before processing stops. */
    public Date supplementDeadline(VariableScope scope) {
        return date(calendar.dueAt(LocalDateTime.now(clock), supplementLimit));
    }

    /** How long a consulted agency has to answer (Decree 118/2025/NĐ-CP, inter-agency procedures). */
    public Date consultationDeadline(VariableScope scope) {
        return date(calendar.dueAt(LocalDateTime.now(clock), consultationLimit));
    }

    private static UUID dossierId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(ProcessVariables.DOSSIER_ID));
    }

    private static Date date(LocalDateTime local) {
        return Date.from(local.atZone(WorkingCalendar.ZONE).toInstant());
    }
}
