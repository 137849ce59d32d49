/**
 * Dossiers (hồ sơ) from submission to result: submission at the counter and online with the procedure's form data and
 * attachments, the dossier code, the identity check of the applicant ({@link vn.motcua.dossier.PopulationRegistry}, a
 * port the {@code population} module implements), the status and timeline of the one-stop lifecycle (Decree
 * 118/2025/NĐ-CP), and the officers' API {@code /api/v1/dossiers}.
 *
 * <p>API for other modules: the dossier and its timeline ({@link vn.motcua.dossier.DossierQueries}), the steps the
 * engine reports ({@link vn.motcua.dossier.DossierProgress}), the applicant's proof that a dossier is theirs
 * ({@link vn.motcua.dossier.ApplicantProof}) and the 404 that answers a dossier the caller may not see exactly as an
 * unknown one ({@link vn.motcua.dossier.DossierNotFoundException}), the applicant's withdrawal, the event
 * {@link vn.motcua.dossier.DossierStatusChanged} published in the change's transaction, and the port
 * {@link vn.motcua.dossier.DossierWorkflow} that the engine adapter implements, so that this module never touches the
 * engine.
 */
package vn.motcua.dossier;
