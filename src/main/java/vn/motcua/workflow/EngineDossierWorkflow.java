package vn.motcua.workflow;

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
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How long another node's deployment of a routing decision may take to reach this node's submission check. */
    static final Duration ROUTING_TTL = Duration.ofMinutes(1);
    /** Procedures × receiving points in use at once is far below this; past it the memory is simply cleared. */
    private static final int ROUTING_ENTRIES = 50_000;

    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final Map<String, Routing> routing = new ConcurrentHashMap<>();
    EngineDossierWorkflow(DecisionService decisions, RuntimeService runtime) {
        this.decisions = decisions;
        this.runtime = runtime;
    }

    /**
     * The check at submission whether the receiving point takes the procedure. Its answer depends only on the
     * decision and the receiving point (code and level), so it is kept per (decision, unit) for
     * {@link #ROUTING_TTL}, and dropped at once when this node deploys anything ({@link #forgetRouting()}); the
     * process itself evaluates the decision again when it starts, which is the routing recorded in history. The
     * check itself writes no decision history: evaluating it every time wrote seven history rows per submission.
     */
    @Override
    public Optional<String> competentUnit(Procedure procedure, Unit receivingPoint) {
        String key = procedure.decisionKey() + '\n' + receivingPoint.code() + '\n' + receivingPoint.level();
        long now = System.nanoTime();
        Routing known = routing.get(key);
        if (known != null && now - known.at() < ROUTING_TTL.toNanos()) {
            return known.competentUnit();
        }
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(procedure.decisionKey())
                .variables(routingInputs(receivingPoint))
                .evaluate();
        Optional<String> competentUnit = result.isEmpty() ? Optional.empty()
                : Optional.ofNullable(result.getSingleResult().getEntry(ProcessVariables.COMPETENT_UNIT_CODE));
        if (routing.size() > ROUTING_ENTRIES) {
            routing.clear();
        }
        routing.put(key, new Routing(competentUnit, now));
        return competentUnit;
    }

    /** After a deployment on this node: a new routing decision applies to the next submission. */
    void forgetRouting() {
        routing.clear();
    }

    private record Routing(Optional<String> competentUnit, long at) {
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
