/**
 * The applicant's feedback on the service: a rating (very satisfied / satisfied / not satisfied, the NPSP's RatHaiLong /
 * HaiLong / ChuaHaiLong) given once per dossier after its result, with the applicant's proof, and the monthly
 * percentages per unit that the NPSP's {@code DongBoDanhGia} carries.
 */
package vn.motcua.feedback;
