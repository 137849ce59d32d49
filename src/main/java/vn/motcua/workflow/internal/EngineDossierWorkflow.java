package vn.motcua.workflow.internal;

import vn.motcua.catalog.ProcessVariables;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    private final UnitDirectory units;

    EngineDossierWorkflow(DecisionService decisions, RuntimeService runtime, UnitDirectory units) {
        this.decisions = decisions;
        this.runtime = runtime;
        this.units = units;
    }

    @Override
    public Routing route(Procedure procedure, Unit receivingPoint, Map<String, Object> formData) {
        DmnDecisionTableResult result = VariableDetailHistory.routingCheck(() -> decisions
                .evaluateDecisionTableByKey(procedure.decisionKey())
                .variables(routingInputs(receivingPoint, formData))
                .evaluate());
        if (result.isEmpty()) {
            return new Routing(Routing.Outcome.NOT_RECEIVED_HERE, null, null, null);
        }
        String kind = result.getSingleResult().getEntry(ProcessVariables.COMPETENT_BODY_KIND);
        String commune = result.getSingleResult().getEntry(ProcessVariables.COMPETENT_COMMUNE_CODE);
        return units.competentUnit(kind, commune)
                .map(unit -> new Routing(Routing.Outcome.ROUTED, kind, commune, unit.code()))
                .orElseGet(() -> new Routing(Routing.Outcome.NO_UNIT_SERVES, kind, commune, null));
    }

    @Override
    public String start(Procedure procedure, NewDossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        dossier.formData().forEach((key, value) -> variables.put(key, engineValue(value)));
        variables.putAll(routingInputs(dossier.receivingPoint(), dossier.formData()));
        variables.put(ProcessVariables.DOSSIER_ID, dossier.id().toString());
        variables.put(ProcessVariables.DOSSIER_CODE, dossier.code());
        variables.put(ProcessVariables.PROCEDURE_CODE, procedure.code());
        variables.put(ProcessVariables.CHANNEL, dossier.channel().name());
        variables.put(ProcessVariables.APPLICANT_NAME, dossier.applicantName());
        variables.put(ProcessVariables.PROCEDURE_NAME, procedure.name());
        if (dossier.applicantIdNumber() != null) {
            variables.put(ProcessVariables.APPLICANT_ID_NUMBER, dossier.applicantIdNumber());
        }
        variables.put(ProcessVariables.DOSSIER_SEARCH, (dossier.code() + " " + Objects.toString(dossier.applicantIdNumber(), ""))
                .strip().toUpperCase(Locale.ROOT));
        variables.put(ProcessVariables.DUE_AT, Timestamp.valueOf(dossier.dueAt()));
        variables.put(ProcessVariables.DOSSIER_DATA, dossier.dossierData());
        variables.put(ProcessVariables.ATTACHMENT_NAMES, dossier.attachmentNames());
        variables.put(ProcessVariables.ATTACHMENT_LINKS, Objects.toString(dossier.attachmentLinks(), dossier.attachmentNames()));
        variables.put(ProcessVariables.PAPER_OPTIONS, DossierPapers.options(procedure.documents()));
        if (dossier.resultReturn() != null && dossier.resultReturn().method() != vn.motcua.dossier.ResultReturn.Method.AT_RECEIVING_POINT) {
            // with the start's own variables: telling it afterwards was a second engine command that loaded the
            // process's variables again (BENCHMARKS.md "Submission: five costs taken out"). The default, at the
            // receiving point, is no variable at all, as the shared return model's contract reads it.
            String returnPoint = dossier.resultReturn().returnPoint(dossier.receivingPoint().code());
            resultReturnVariables(dossier.resultReturn(), returnPoint).forEach((name, value) -> {
                if (value != null) {
                    variables.put(name, value);
                }
            });
        }
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
    public void resultReturnChosen(String dossierCode, vn.motcua.dossier.ResultReturn choice, String returnPointCode) {
        Map<String, Object> variables = resultReturnVariables(choice, returnPointCode);
        // on the dossier's main process: the return model is called with all its variables once the result is ready
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierCode).list().stream()
                .filter(instance -> instance.getId().equals(instance.getRootProcessInstanceId()))
                .forEach(instance -> runtime.setVariables(instance.getId(), variables));
    }

    private static Map<String, Object> resultReturnVariables(vn.motcua.dossier.ResultReturn choice, String returnPointCode) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.RESULT_RETURN_METHOD, choice.method().name());
        variables.put(ProcessVariables.RESULT_RETURN_UNIT_CODE, returnPointCode);
        variables.put(ProcessVariables.RESULT_POSTAL_ADDRESS, choice.postalAddress());
        return variables;
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

    /**
     * The authority decisions' inputs. A place the form did not give is the receiving point's commune: the applicant
     * is taken to live (or the land to lie) where they file, until the intake form asks (the documented default of
     * {@link ProcessVariables#PLACE_INPUTS}).
     */
    static Map<String, Object> routingInputs(Unit receivingPoint, Map<String, Object> formData) {
        String receivingCommune = receivingPoint.wardCode();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(ProcessVariables.RECEIVING_UNIT_CODE, receivingPoint.code());
        inputs.put(ProcessVariables.RECEIVING_UNIT_LEVEL, receivingPoint.level());
        inputs.put(ProcessVariables.RECEIVING_COMMUNE_CODE, receivingCommune);
        inputs.put(ProcessVariables.APPLICANT_COMMUNE_CODE, place(formData, ProcessVariables.APPLICANT_COMMUNE_CODE, receivingCommune));
        inputs.put(ProcessVariables.PROPERTY_COMMUNE_CODE, place(formData, ProcessVariables.PROPERTY_COMMUNE_CODE, receivingCommune));
        return inputs;
    }

    private static String place(Map<String, Object> formData, String key, String otherwise) {
        Object given = formData == null ? null : formData.get(key);
        return given instanceof String s && !s.isBlank() ? s.strip() : otherwise;
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
