/**
 * The engine adapter: the embedded Camunda 7 engine and everything that uses its API (with the model validator, the
 * only module that may). It deploys the models ({@code processes/}, {@code decisions/}, {@code forms/}) and validates
 * analysts' deployments, implements the dossier module's {@link vn.motcua.dossier.DossierWorkflow} port, provides the
 * beans the models call by name ({@code dossierLifecycle}, {@code dossierDeadlines}, …), maps unit roles to engine
 * groups and authorizations, audits task events, secures the engine's REST API, and feeds single sign-on to the
 * webapps. Other modules reach it through ports they own, and the models through bean names; its one Java API is
 * {@link vn.motcua.workflow.ProcessContinuation}, for the consolidation of old systems' dossiers still in progress.
 * Administrators migrate running dossiers to a new version of their process through
 * {@code /api/v1/admin/process-migrations}.
 * Moving to Operaton renames the imports of this module and of {@code vn.motcua.modelvalidation}.
 */
package vn.motcua.workflow;
