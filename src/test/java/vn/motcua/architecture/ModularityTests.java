package vn.motcua.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.motcua.MotcuaApplication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' boundaries, checked on every build. Each top-level package under {@code vn.motcua} is a module (Spring
 * Modulith's convention): its base package is its API, everything else sits in its {@code internal} sub-package, and no
 * module reaches into another's internals or depends on it in a cycle. Camunda's API stays in the engine adapter
 * ({@code workflow}) and the model validator, so that moving to Operaton renames imports in two places. The offline
 * catalog importer is a tool for the build, not part of the running application. Writes the module documentation
 * (component diagram and one canvas per module) to {@code target/modules/}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(MotcuaApplication.class);
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    /** Where Camunda's API may be used: the engine adapter and, through the model API only, the model validator. */
    static final String[] ENGINE_ADAPTERS = {"vn.motcua.workflow..", "vn.motcua.modelvalidation.."};

    @Test
    void modulesUseEachOtherOnlyThroughTheirBasePackagesAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void everythingBeyondAModulesBasePackageSitsInItsInternalPackage() {
        List<String> misplaced = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            String base = module.getBasePackage().getName();
            PRODUCTION.stream().map(JavaClass::getPackageName)
                    .filter(p -> p.equals(base) || p.startsWith(base + "."))
                    .filter(p -> !p.equals(base) && !p.equals(base + ".internal") && !p.startsWith(base + ".internal."))
                    .distinct()
                    .forEach(misplaced::add);
        }
        assertThat(misplaced).as("packages of a module that are neither its API nor internal").isEmpty();
    }

    /**
     * An API type is one another module uses, or one that such a type's public members take or return (a record's
     * component type, an exception a used method throws is used by the caller explicitly anyway). Programs' entry
     * points ({@code main}) are used by people, not modules.
     */
    @Test
    void everyTypeInAModulesApiIsUsedByAnotherModule() {
        List<String> unused = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            String base = module.getBasePackage().getName();
            List<JavaClass> api = PRODUCTION.stream()
                    .filter(c -> c.getPackageName().equals(base) && c.getEnclosingClass().isEmpty())
                    .filter(c -> !c.getSimpleName().equals("package-info"))
                    .filter(c -> c.getMethods().stream().noneMatch(m -> m.getName().equals("main")))
                    .toList();
            Set<JavaClass> used = new HashSet<>();
            for (JavaClass type : api) {
                if (type.getDirectDependenciesToSelf().stream().map(d -> d.getOriginClass().getPackageName())
                        .anyMatch(p -> !p.equals(base) && !p.startsWith(base + "."))) {
                    used.add(type);
                }
            }
            boolean grown = true;
            while (grown) {
                Set<JavaClass> signatures = new HashSet<>();
                for (JavaClass type : used) {
                    type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
                        signatures.add(m.getRawReturnType());
                        signatures.addAll(m.getRawParameterTypes());
                    });
                }
                signatures.retainAll(api);
                grown = used.addAll(signatures);
            }
            api.stream().filter(t -> !used.contains(t)).map(JavaClass::getName).forEach(unused::add);
        }
        assertThat(unused).as("API types no other module uses: move them to the module's internal package").isEmpty();
    }

    @Test
    void onlyTheEngineAdapterAndTheModelValidatorUseCamundasApi() {
        noClasses().that().resideOutsideOfPackages(ENGINE_ADAPTERS)
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("engine-specific code stays in few places so that moving to Operaton is a namespace change")
                .check(PRODUCTION);
    }

    @Test
    void theOfflineCatalogImporterIsReachedByNoModuleOfTheRunningApplication() {
        noClasses().that().resideOutsideOfPackage("vn.motcua.importer..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.importer..")
                .because("the importer generates models at build time; the running application only deploys them")
                .check(PRODUCTION);
        classes().that().resideInAPackage("vn.motcua.importer..")
                .should().notBeAnnotatedWith(org.springframework.stereotype.Component.class)
                .andShould().notBeMetaAnnotatedWith(org.springframework.stereotype.Component.class)
                .because("nothing of the importer may become a bean of the running application")
                .check(PRODUCTION);
    }

    @Test
    void everyModuleSaysWhatItIsForInItsPackageInfo() throws Exception {
        List<String> silent = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            Path info = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
            if (!Files.exists(info) || !Files.readString(info).contains("/**")) {
                silent.add(module.getName());
            }
        }
        assertThat(silent).as("modules without a package-info.java that says their purpose").isEmpty();
    }

    @Test
    void writesTheModuleDocumentation() {
        Path out = Path.of("target", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeDocumentation();
        assertThat(out.resolve("components.puml")).exists();
        assertThat(out.resolve("module-dossier.adoc")).exists();
    }
}
