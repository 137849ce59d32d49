/**
 * The model validator: checks a set of models (a deployment, or the whole tree) alone and across files, with the
 * engine's own parsers (BPMN model API, DMN model API and DMN engine), and returns findings in Vietnamese and English.
 * In code: {@code new ModelValidator(KnownModels.of(deployed)).validate(resourcesOfOneDeployment)} checks one deployment
 * against what is already deployed; the engine adapter runs it inside every deployment, the build over the whole tree
 * ({@code vn.motcua.importer.ValidateModelsCommand}).
 *
 * <p>This is the one named adapter besides {@code vn.motcua.workflow} that uses Camunda's API (the model APIs and the
 * DMN engine, the parsers the engine deploys with): moving to Operaton renames those imports here too.
 */
package vn.motcua.modelvalidation;
