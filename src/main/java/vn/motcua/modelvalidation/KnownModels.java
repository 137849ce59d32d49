package vn.motcua.modelvalidation;

import vn.motcua.modelvalidation.internal.ModelSetValidator;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What already exists outside the resources being validated (e.g. what the engine has deployed), so that a single
 * deployment can be checked on its own: references to these ids resolve, and a procedure code owned here by another
 * process is a duplicate. Redefining one of these ids in the validated set is a new version, not a duplicate.
 *
 * @param processIds     process definition keys
 * @param decisionIds    decision definition keys
 * @param formIds        Camunda Form ids
 * @param procedureCodes procedure code ({@code motcua.code}) → the process id that carries it
 */
public record KnownModels(Set<String> processIds, Set<String> decisionIds, Set<String> formIds,
                          Map<String, String> procedureCodes) {

    public static final KnownModels NONE = new KnownModels(Set.of(), Set.of(), Set.of(), Map.of());

    public KnownModels {
        processIds = Set.copyOf(processIds);
        decisionIds = Set.copyOf(decisionIds);
        formIds = Set.copyOf(formIds);
        procedureCodes = Map.copyOf(procedureCodes);
    }

    /** The ids and codes that the given resources define (parse failures are ignored here). */
    public static KnownModels of(Collection<ModelResource> resources) {
        return ModelSetValidator.definitions(resources);
    }
}
