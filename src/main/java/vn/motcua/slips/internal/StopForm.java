package vn.motcua.slips.internal;

import vn.motcua.dossier.TimelineEntry;

import java.util.List;

import static vn.motcua.slips.internal.SlipParts.at;

/**
 * Form 05, Phiếu dừng giải quyết hồ sơ, by the unit that stopped the dossier (the STOPPED entry's unit), with the
 * reason: the entry's note, else the reason that can be read from the step before it (a lapsed supplement, a
 * withdrawal asked by the applicant).
 */
record StopForm(SlipParts parts) implements SlipForm {

    @Override
    public void write(SlipPdf pdf, SlipIssue issue) {
        String issuer = parts.openLetter(pdf, Slip.FORM_05, issue);
        pdf.paragraph(issuer + " thông báo dừng giải quyết hồ sơ nêu trên. Lý do:");
        pdf.lines(SlipParts.noteLines(issue.entry().note() != null ? issue.entry().note() : stopReason(issue)));
        pdf.field("Thời gian dừng giải quyết hồ sơ", at(issue.entry().occurredAt()));
        pdf.paragraph("Xin thông báo để ông/bà được biết./.");
        pdf.signatures(List.of(SlipParts.HEAD_OF_AGENCY_SIGNS));
    }

    /** Why the dossier was stopped when the officer wrote nothing: read from the status before it. */
    private static String stopReason(SlipIssue issue) {
        List<TimelineEntry> before = issue.details().timeline().subList(0, issue.index());
        for (int i = before.size() - 1; i >= 0; i--) {
            TimelineEntry e = before.get(i);
            if (!"STATUS".equals(e.action())) {
                continue;
            }
            return switch (e.status()) {
                case SUPPLEMENT_REQUESTED -> "Hết thời hạn bổ sung, hoàn thiện hồ sơ mà người nộp hồ sơ chưa bổ sung "
                        + "theo yêu cầu.";
                case WITHDRAWAL_REQUESTED -> "Người nộp hồ sơ đề nghị rút hồ sơ"
                        + (e.note() == null || e.note().isBlank() ? "." : ": " + e.note().strip());
                default -> null;
            };
        }
        return null;
    }
}
