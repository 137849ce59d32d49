package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
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
 */
@Component
class VariableDetailHistory extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(VariableDetailHistory.class);

    private final boolean written;

    VariableDetailHistory(@Value("${motcua.history.variable-details:false}") boolean written) {
        this.written = written;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new ProductHistory(written));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        if (!written) {
            log.info("History: every variable's last value kept, its per-update detail rows not written (motcua.history.variable-details)");
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

    /** The engine's own database handler, with the detail rows left out unless written, and no routing check's decision. */
    static final class ProductHistory extends DbHistoryEventHandler {

        private final boolean details;

        ProductHistory(boolean details) {
            this.details = details;
        }

        @Override
        public void handleEvent(org.camunda.bpm.engine.impl.history.event.HistoryEvent event) {
            if (event instanceof org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent
                    && ROUTING_CHECK.get() != null) {
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
