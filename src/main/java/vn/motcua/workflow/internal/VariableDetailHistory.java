package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * History level {@code full} without the per-update copies of every variable ({@code ACT_HI_DETAIL}): at full
 * history the engine writes, besides the variable's last value ({@code ACT_HI_VARINST}), one detail row per change,
 * and the call activities copy every variable in and out of each part of the lifecycle, so a dossier accepted at
 * intake left 142 KB of detail rows and a finished one 581 KB (BENCHMARKS.md "Database size per dossier"). Nothing
 * in the product reads them: the engine REST API refuses {@code /history/detail} (README, the engine's allow-list),
 * Cockpit's community edition has no variable history view, and who decided what is in the audit trail and the
 * dossier's timeline. Everything else of history level full stays: the last value of every variable, task and
 * activity history, the user operation log (Tasklist's task history), historic incidents and decisions, the job log.
 * The history level the database records stays {@code full}, so a database of an earlier version starts unchanged.
 * {@code motcua.history.variable-details=true} writes the detail rows again.
 *
 * <p>Nor does a routing check leave a decision in the history ({@link #routingCheck}): only the decision the dossier's
 * process takes is recorded.
 *
 * <p>Nor are the copies a part of the lifecycle starts with ({@link #partInputCopy}): each call activity hands its part
 * (receive, fee, decide, consult, return) the dossier's contract variables ({@link PartVariables}), and each copy left a
 * history row of the same value as the dossier's own, about 30 per part. The part's history keeps what the part set
 * or changed (its outcome, the officers' decisions, a copy it changed), the keys a dossier is found by
 * ({@link #FOUND_BY}: a historic task query by process variable joins the part's own rows), and the dossier's process
 * keeps every variable's last value, the part's outcome included. Two things the copies gave are gone: the value a
 * part started with, once the dossier's own changes later (the per-update details, which kept every value, are off
 * anyway), and, when two transactions change the same copy of one part at once for the first time, the loser's error
 * is the historic row's duplicate key instead of the engine's optimistic locking (both roll back; a job retries).
 * {@code motcua.history.part-input-copies=true} writes the copies again.
 *
 * <p>Nor are a task's list-row variables ({@link #taskListRow}): {@link TaskListRows} copies the dossier's code, the
 * applicant, the procedure's name and the due date onto every user task as task-local variables, only so that
 * Tasklist's lists can show them (four per task); their values are the dossier's own variables, which the dossier's
 * process history keeps. {@code motcua.history.task-list-rows=true} writes them again.
 */
@Component
class VariableDetailHistory extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(VariableDetailHistory.class);

    private final boolean written;
    private final boolean partInputCopies;
    private final boolean taskListRows;

    VariableDetailHistory(@Value("${motcua.history.variable-details:false}") boolean written,
                          @Value("${motcua.history.part-input-copies:false}") boolean partInputCopies,
                          @Value("${motcua.history.task-list-rows:false}") boolean taskListRows) {
        this.written = written;
        this.partInputCopies = partInputCopies;
        this.taskListRows = taskListRows;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new ProductHistory(written, partInputCopies, taskListRows));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        if (!written) {
            log.info("History: every variable's last value kept, its per-update detail rows not written (motcua.history.variable-details)");
        }
        if (!partInputCopies) {
            log.info("History: the copies a part of the lifecycle starts with not written again (motcua.history.part-input-copies)");
        }
        if (!taskListRows) {
            log.info("History: the tasks' list-row copies not written (motcua.history.task-list-rows)");
        }
    }

    /**
     * Runs a routing check: the authority decision evaluated before the dossier exists, to refuse a submission its
     * receiving point cannot take. The decision of record is the one the dossier's process takes a moment later, in
     * its own history; the check leaves none (it would write a second decision instance, its inputs and outputs for
     * every submission, unlinked to any process, into Cockpit's decision history).
     */
    static <T> T routingCheck(java.util.function.Supplier<T> evaluation) {
        ROUTING_CHECK.set(Boolean.TRUE);
        try {
            return evaluation.get();
        } finally {
            ROUTING_CHECK.remove();
        }
    }

    private static final ThreadLocal<Boolean> ROUTING_CHECK = new ThreadLocal<>();

    /**
     * The copies every part keeps in its history: what a dossier's tasks and instances are found by (Tasklist's search,
     * the history API's process-variable filters, which join each process instance's own rows).
     */
    static final java.util.Set<String> FOUND_BY = java.util.Set.of(vn.motcua.catalog.ProcessVariables.DOSSIER_ID,
            vn.motcua.catalog.ProcessVariables.DOSSIER_CODE, vn.motcua.catalog.ProcessVariables.DOSSIER_SEARCH);

    /**
     * A variable created in a called process instance (a part) with the very value its caller holds under that name: a
     * copy the call activity's input mapping handed it ({@link PartVariables}), whose value is already in the history of
     * the caller (and so, up the chain, of the dossier's own process). The engine marks no such variable (its
     * {@code initial} flag is set for a process started on its own, not for a called one), so the value is compared
     * with the caller's, as stored (type, text, number and serialized bytes). Only entities of the running command are
     * looked at: when the part or its caller is not at hand the variable is written, as the engine would. A copy the
     * part changes later is written then (the engine's handler inserts the row an update does not find), so the part's
     * history still shows every value the part itself gave.
     */
    static boolean partInputCopy(HistoricVariableUpdateEventEntity event) {
        if (!event.isEventOfType(org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                || FOUND_BY.contains(event.getVariableName())
                || event.getRootProcessInstanceId() == null || event.getProcessInstanceId() == null
                || event.getRootProcessInstanceId().equals(event.getProcessInstanceId()) || event.getTaskId() != null) {
            return false;
        }
        org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager entities =
                org.camunda.bpm.engine.impl.context.Context.getCommandContext().getDbEntityManager();
        ExecutionEntity part = entities.getCachedEntity(ExecutionEntity.class, event.getProcessInstanceId());
        if (part == null || part.getSuperExecutionId() == null) {
            return false;
        }
        ExecutionEntity caller = entities.getCachedEntity(ExecutionEntity.class, part.getSuperExecutionId());
        if (caller == null
                || !(caller.getVariableInstance(event.getVariableName()) instanceof VariableInstanceEntity held)) {
            return false;
        }
        return java.util.Objects.equals(held.getSerializerName(), event.getSerializerName())
                && java.util.Objects.equals(held.getTextValue(), event.getTextValue())
                && java.util.Objects.equals(held.getTextValue2(), event.getTextValue2())
                && java.util.Objects.equals(held.getLongValue(), event.getLongValue())
                && java.util.Objects.equals(held.getDoubleValue(), event.getDoubleValue())
                && java.util.Arrays.equals(held.getByteArrayValue(), event.getByteValue());
    }

    /**
     * A task's list-row variable ({@link TaskListRows#ROW_NAMES}, task-local): any event of it, its creation, a change
     * and its deletion when the task ends (so the engine's handler does not look for the row that was never written).
     */
    static boolean taskListRow(HistoricVariableUpdateEventEntity event) {
        return event.getTaskId() != null && TaskListRows.ROW_NAMES.contains(event.getVariableName());
    }

    /**
     * The engine's own database handler, with the detail rows left out unless written, no routing check's decision, and
     * no part's input copies nor tasks' list rows unless written.
     */
    static final class ProductHistory extends DbHistoryEventHandler {

        private final boolean details;
        private final boolean partInputCopies;
        private final boolean taskListRows;

        ProductHistory(boolean details, boolean partInputCopies, boolean taskListRows) {
            this.details = details;
            this.partInputCopies = partInputCopies;
            this.taskListRows = taskListRows;
        }

        @Override
        public void handleEvent(org.camunda.bpm.engine.impl.history.event.HistoryEvent event) {
            if (event instanceof org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent
                    && ROUTING_CHECK.get() != null) {
                return;
            }
            if (event instanceof HistoricVariableUpdateEventEntity variable
                    && (!taskListRows && taskListRow(variable) || !partInputCopies && partInputCopy(variable))) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
            return details && super.shouldWriteHistoricDetail(historyEvent);
        }
    }
}
