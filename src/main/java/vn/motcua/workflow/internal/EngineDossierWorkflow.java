package vn.motcua.workflow.internal;

import vn.motcua.catalog.ProcessVariables;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.organisation.Unit;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The dossier module's view of the engine: routing by the procedure's DMN, process start, messages. */
@Component
class EngineDossierWorkflow implements DossierWorkflow {

    private static final Set<String> RESERVED = Arrays.stream(ProcessVariables.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(f -> {
                try {
                    return (String) f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            })
            .collect(Collectors.toUnmodifiableSet());

    private final DecisionService decisions;
    private final RuntimeService runtime;
    EngineDossierWorkflow(DecisionService decisions, RuntimeService runtime) {
        this.decisions = decisions;
        this.runtime = runtime;
    }

    @Override
    public Optional<String> competentUnit(Procedure procedure, Unit receivingPoint) {
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(procedure.decisionKey())
                .variables(routingInputs(receivingPoint))
                .evaluate();
        return result.isEmpty() ? Optional.empty()
                : Optional.ofNullable(result.getSingleResult().getEntry(ProcessVariables.COMPETENT_UNIT_CODE));
    }

    @Override
    public String start(Procedure procedure, NewDossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        dossier.formData().forEach((key, value) -> variables.put(key, engineValue(value)));
        variables.putAll(routingInputs(dossier.receivingPoint()));
        variables.put(ProcessVariables.DOSSIER_ID, dossier.id().toString());
        variables.put(ProcessVariables.DOSSIER_CODE, dossier.code());
        variables.put(ProcessVariables.PROCEDURE_CODE, procedure.code());
        variables.put(ProcessVariables.CHANNEL, dossier.channel().name());
        variables.put(ProcessVariables.APPLICANT_NAME, dossier.applicantName());
        variables.put(ProcessVariables.DUE_AT, Timestamp.valueOf(dossier.dueAt()));
        variables.put(ProcessVariables.DOSSIER_DATA, dossier.dossierData());
        variables.put(ProcessVariables.ATTACHMENT_NAMES, dossier.attachmentNames());
        return runtime.createProcessInstanceByKey(procedure.processKey())
                .businessKey(dossier.code())
                .setVariables(variables)
                .execute()
                .getId();
    }

    @Override
    public boolean supplementReceived(String dossierCode) {
        return !runtime.createMessageCorrelation(ProcessVariables.MESSAGE_SUPPLEMENT_RECEIVED)
                .processInstanceBusinessKey(dossierCode)
                .correlateAllWithResult()
                .isEmpty();
    }

    @Override
    public boolean withdrawalRequested(String dossierCode, String reason) {
        return !runtime.createMessageCorrelation(ProcessVariables.MESSAGE_WITHDRAWAL_REQUESTED)
                .processInstanceBusinessKey(dossierCode)
                .setVariable(ProcessVariables.WITHDRAWAL_REASON, reason)
                .correlateAllWithResult()
                .isEmpty();
    }

    @Override
    public Set<String> reservedNames() {
        return RESERVED;
    }

    private static Map<String, Object> routingInputs(Unit receivingPoint) {
        return Map.of(ProcessVariables.RECEIVING_UNIT_CODE, receivingPoint.code(),
                ProcessVariables.RECEIVING_UNIT_LEVEL, receivingPoint.level());
    }

    /** JSON numbers arrive as BigDecimal/BigInteger, which the engine would have to serialize: keep primitives. */
    private static Object engineValue(Object value) {
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            Number n = (Number) value;
            return new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0 ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        return value;
    }
}
