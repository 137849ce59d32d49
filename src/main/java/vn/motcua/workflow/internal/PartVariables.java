package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcessVariables;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a dossier's process hands to each shared part it calls (receive, fee, decide, consult, return) and takes back:
 * the call activities' variable mapping ({@code camunda:variableMappingDelegateExpression="${partVariables}"}), in place
 * of copying every variable both ways ({@code camunda:in/out variables="all"}).
 *
 * <ul>
 *   <li><b>In</b>: every variable of the calling process except those no shared part reads: the routing's inputs and
 *   outputs, which only the procedure's own authority decision reads ({@link #ROUTING}), and the applicant's intake form
 *   fields, which are the procedure's own (the parts read the dossier's summary, {@code dossierData}). A form field
 *   that shares its name with a variable of the parts' contract ({@link ProcessVariables}) is handed on.</li>
 *   <li><b>Out</b>: what the part set or changed (its outcome, the officers' decisions and opinions); a variable it
 *   only carried is not written back, so it costs no update and no history.</li>
 * </ul>
 * Measured in BENCHMARKS.md "Database size per dossier" (issue 19: explicit mappings on the call activities).
 */
@Component("partVariables")
public class PartVariables implements DelegateVariableMapping {

    /** Read only by the procedure's own authority decision, before any part is called. */
    static final Set<String> ROUTING = Set.of(ProcessVariables.APPLICANT_COMMUNE_CODE, ProcessVariables.PROPERTY_COMMUNE_CODE,
            ProcessVariables.RECEIVING_COMMUNE_CODE, ProcessVariables.RECEIVING_UNIT_LEVEL,
            ProcessVariables.COMPETENT_BODY_KIND, ProcessVariables.COMPETENT_COMMUNE_CODE);

    /** The names of the parts' variable contract: every constant of {@link ProcessVariables} but the routing's. */
    static final Set<String> CONTRACT = contract();

    private final ProcedureCatalog catalog;

    public PartVariables(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
        Set<String> formFields = formFields((String) superExecution.getVariable(ProcessVariables.PROCEDURE_CODE));
        for (String name : superExecution.getVariableNames()) {
            if (ROUTING.contains(name) || formFields.contains(name) && !CONTRACT.contains(name)) {
                continue;
            }
            subVariables.putValueTyped(name, (TypedValue) superExecution.getVariableTyped(name, false));
        }
    }

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
        for (String name : subInstance.getVariableNames()) {
            TypedValue value = subInstance.getVariableTyped(name, false);
            TypedValue before = superExecution.hasVariable(name) ? superExecution.getVariableTyped(name, false) : null;
            if (before == null || !sameValue(before, value)) {
                superExecution.setVariable(name, value);
            }
        }
    }

    /** The same value as it would be stored: same type and same (serialized, for objects and JSON) value. */
    private static boolean sameValue(TypedValue a, TypedValue b) {
        if (!Objects.equals(a.getType(), b.getType())) {
            return false;
        }
        if (a instanceof org.camunda.bpm.engine.variable.value.SerializableValue sa
                && b instanceof org.camunda.bpm.engine.variable.value.SerializableValue sb) {
            return Objects.equals(sa.getValueSerialized(), sb.getValueSerialized())
                    && Objects.equals(sa.getSerializationDataFormat(), sb.getSerializationDataFormat());
        }
        return Objects.equals(a.getValue(), b.getValue());
    }

    private Set<String> formFields(String procedureCode) {
        if (procedureCode == null) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        catalog.find(procedureCode).map(Procedure::fields).ifPresent(fields -> fields.stream().map(FormField::key).forEach(keys::add));
        return keys;
    }

    private static Set<String> contract() {
        Set<String> names = new HashSet<>();
        for (Field field : ProcessVariables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().startsWith("MESSAGE_")) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.removeAll(ROUTING);
        return Set.copyOf(names);
    }
}
