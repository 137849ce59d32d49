package vn.motcua.slips.internal;

/**
 * The body of one of the forms 01-06 ({@link Slip}): what it takes from the dossier and its timeline, written on a
 * page that {@link SlipRenderer} opened with the form number; the parts the forms share are in {@link SlipParts}.
 */
interface SlipForm {

    void write(SlipPdf pdf, SlipIssue issue);
}
