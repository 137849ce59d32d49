package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcessVariables;
import vn.motcua.payment.FeeSettled;

/**
 * An online payment confirmed: the fee step waiting for it ({@code Boundary_PaidOnline} of motcua-fee) goes on, in the
 * confirming transaction. Correlating to nothing is fine: the payment may come before the model waits (it then finds
 * the fee settled) or after the step ended another way.
 */
@Component
class FeePaidCorrelation {

    static final String MESSAGE_FEE_PAID_ONLINE = ProcessVariables.MESSAGE_FEE_PAID_ONLINE;

    private final RuntimeService runtime;

    FeePaidCorrelation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(FeeSettled settled) {
        runtime.createMessageCorrelation(MESSAGE_FEE_PAID_ONLINE)
                .processInstanceVariableEquals(ProcessVariables.DOSSIER_ID, settled.dossierId().toString())
                .correlateAllWithResult();
    }
}
