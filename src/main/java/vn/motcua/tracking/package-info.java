/**
 * Public tracking of a dossier by its applicant ({@code /api/v1/tracking}): with the dossier code and the applicant's
 * ID number, the status, timeline, due date, handling unit and slips; the same answer for an unknown code and a
 * mismatched pair, and nothing about anyone else. Also the applicant's request to withdraw.
 */
package vn.motcua.tracking;
