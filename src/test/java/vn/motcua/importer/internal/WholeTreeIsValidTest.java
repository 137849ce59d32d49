package vn.motcua.importer.internal;

import vn.motcua.importer.internal.CatalogAgreement;
import vn.motcua.modelvalidation.ModelResource;
import vn.motcua.modelvalidation.ModelValidator;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every model the application deploys from this tree (processes/, decisions/, forms/, hand-made and generated) passes
 * the {@link ModelValidator}; and, when the catalog export is at {@code ../shared/data/tthc-catalog}, the generated
 * procedures' limits and fees agree with it.
 */
class WholeTreeIsValidTest {

    private static final Path CATALOG = Path.of("../shared/data/tthc-catalog");

    @Test
    void theValidatorReportsNothingOnTheProjectsModels() {
        List<ModelResource> models = ModelResource.loadTree(Path.of("."));

        assertThat(models).extracting(ModelResource::name).contains("processes/tthc-1.001193.bpmn",
                "processes/shared/motcua-receive.bpmn", "decisions/authority-1.012783.dmn", "forms/form-receive.form");
        assertThat(new ModelValidator().validate(models)).isEmpty();
    }

    @Test
    void generatedProceduresHaveTheLimitsAndFeesTheCatalogGives() {
        assumeTrue(Files.isDirectory(CATALOG), "the catalog export is not at " + CATALOG.toAbsolutePath().normalize());

        assertThat(CatalogAgreement.check(ModelResource.loadTree(Path.of(".")), CATALOG)).isEmpty();
    }
}
