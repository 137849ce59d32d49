/**
 * Reporting: the province's 766 service index (Decision 766/QĐ-TTg) and the leaders' dashboards, computed from the
 * project's own dossiers and their timelines as the National Public Service Portal's formulas state ("Mô tả công thức
 * tính chỉ số 766"); per-period counters by unit, procedure, field, channel and month kept current in the transaction of
 * each dossier step; indicators whose data the system does not hold yet are reported as not measured, never as zero or
 * full marks.
 */
package vn.motcua.reporting;
