package vn.motcua.population.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.PopulationRegistry;

import java.util.List;
import java.util.Set;

/**
 * Stands in for the National Population Database until the province connects the real one (through VNeID / the
 * national data-sharing platform; a bean of its own replaces this one with {@code motcua.population-registry.mode}
 * set to anything but {@code demo}). It knows every structurally valid number except those configured as unknown
 * ({@code motcua.population-registry.demo.unknown-numbers}), and plays an unreachable database for the numbers of
 * {@code ...demo.unavailable-numbers}, so both answers can be tried in the portal. It does not compare names.
 */
@Component
@ConditionalOnProperty(name = "motcua.population-registry.mode", havingValue = "demo", matchIfMissing = true)
class DemoPopulationRegistry implements PopulationRegistry {

    private final Set<String> unknown;
    private final Set<String> unavailable;

    DemoPopulationRegistry(@Value("${motcua.population-registry.demo.unknown-numbers:001099000404}") List<String> unknown,
                           @Value("${motcua.population-registry.demo.unavailable-numbers:001099000503}") List<String> unavailable) {
        this.unknown = Set.copyOf(unknown.stream().map(String::strip).toList());
        this.unavailable = Set.copyOf(unavailable.stream().map(String::strip).toList());
    }

    @Override
    public Result verify(String idNumber, String fullName) {
        if (unavailable.contains(idNumber)) {
            return Result.UNAVAILABLE;
        }
        return unknown.contains(idNumber) ? Result.NOT_FOUND : Result.FOUND;
    }
}
