/**
 * The model validator: checks every model the application would deploy, alone and across files, with the engine's
 * own parsers (BPMN model API, DMN model API and DMN engine), and returns findings in Vietnamese and English.
 *
 * <pre>
 * mvn -B -q compile exec:java -Dexec.mainClass=vn.motcua.catalog.validation.ValidateModelsCommand \
 *     [-Dexec.args="--root . --catalog ../shared/data/tthc-catalog"]
 * </pre>
 * Prints the findings and exits 1 if there is any. In code: {@code new ModelValidator(KnownModels.of(deployed))
 * .validate(resourcesOfOneDeployment)} checks one deployment against what is already deployed;
 * {@link vn.motcua.catalog.validation.CatalogAgreement} checks that generated models still agree with the export.
 *
 * <p>This package uses the Camunda model APIs and DMN engine directly (they are the parsers the engine deploys with);
 * moving to Operaton renames those imports here too, not only in {@code vn.motcua.workflow}.
 */
package vn.motcua.catalog.validation;
