/**
 * The slips of the one-stop lifecycle (Decree 118/2025/NĐ-CP) as PDF documents: forms 01-06, layout after Circular
 * 03/2025/TT-VPCP, wording unverified. {@link vn.motcua.slips.internal.Slip} says which slip exists for a dossier,
 * {@link vn.motcua.slips.internal.SlipRenderer} renders it with an embedded DejaVu Sans font (Vietnamese everywhere), and the
 * controller serves it to the dossier's officers and, with the dossier code and ID number, to its applicant.
 */
package vn.motcua.slips;
