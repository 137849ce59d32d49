package vn.motcua.modelvalidation;

import vn.motcua.modelvalidation.internal.ModelSetValidator;

import java.util.Collection;
import java.util.List;

/**
 * Checks the models the application would deploy ({@code processes/**\/*.bpmn}, {@code decisions/**\/*.dmn},
 * {@code forms/**\/*.form}), alone and against each other, and returns a {@link Finding} per problem (file, element,
 * reason in Vietnamese and English). Works on files ({@link ModelResource#loadTree}) or on a deployment in memory,
 * with what is already deployed passed as {@link KnownModels}. The checks live in the {@code internal} package, one
 * validator per model kind and one for the references across files; this class is their entry.
 *
 * <p>Per model:
 * <ul>
 *   <li>BPMN parses with the engine's model API and validates against the schema ({@code Bpmn.readModelFromStream},
 *       {@code Bpmn.validateModel}); a diagram exists with a shape per flow node and an edge per sequence flow; every
 *       process has a history time to live (the engine refuses a deployment without one) and a name the engine can
 *       store (255 characters); every user task has candidate groups and a Camunda Form ({@code formRef}).</li>
 *   <li>A procedure process (one with {@code motcua.code}) has id {@code tthc-<code>}, a known level, limits that
 *       parse as {@link vn.motcua.calendar.TimeLimit} and fees that are whole VND amounts, per channel of
 *       {@link vn.motcua.catalog.Channel}.</li>
 *   <li>DMN parses with the model API and with the DMN engine
 *       ({@code DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine().parseDecisions}); it has a
 *       DMNDI shape per decision and a history time to live; an authority decision ({@code authority-*}) has the
 *       routing outputs and evaluates for a commune and for the provincial centre without error.</li>
 *   <li>A form is a JSON object with an {@code id} and unique field keys.</li>
 * </ul>
 * Across the set (plus {@link KnownModels}): no duplicate process, decision or form id, no procedure code on two
 * processes; every referenced form, decision and called process exists; every procedure has its decision
 * {@code authority-<code>} and its intake form, whose keys are not lifecycle variable names.
 */
public final class ModelValidator {

    private final KnownModels known;

    public ModelValidator() {
        this(KnownModels.NONE);
    }

    /** @param known what already exists besides the resources to validate (e.g. the deployed models) */
    public ModelValidator(KnownModels known) {
        this.known = known;
    }

    /** Every problem of the given resources, sorted by resource, element and message. */
    public List<Finding> validate(Collection<ModelResource> resources) {
        return ModelSetValidator.validate(resources, known);
    }
}
