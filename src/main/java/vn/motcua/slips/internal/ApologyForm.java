package vn.motcua.slips.internal;

import java.util.List;

import static vn.motcua.slips.internal.SlipParts.at;

/**
 * Form 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả, by the agency that is late: the latest APOLOGY entry gives its
 * unit, the reason (its note) and the new due date (its {@code dueAt}); the old due date is the one in force before it.
 */
record ApologyForm(SlipParts parts) implements SlipForm {

    @Override
    public void write(SlipPdf pdf, SlipIssue issue) {
        String issuer = parts.openLetter(pdf, Slip.FORM_04, issue);
        pdf.field("Thời gian hẹn trả kết quả giải quyết hồ sơ", at(issue.dueBefore()));
        pdf.paragraph("Tuy nhiên đến nay, " + issuer + " chưa trả kết quả giải quyết hồ sơ của ông/bà đúng thời hạn "
                + "đã hẹn. Lý do:");
        pdf.lines(SlipParts.noteLines(issue.entry().note()));
        pdf.paragraph("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + issuer + " xin lỗi ông/bà và hẹn trả kết quả "
                + "giải quyết hồ sơ vào thời gian sau:");
        pdf.field("Thời gian hẹn trả kết quả mới", at(issue.entry().dueAt()));
        pdf.paragraph("Xin trân trọng cảm ơn sự hợp tác của ông/bà./.");
        pdf.signatures(List.of(SlipParts.HEAD_OF_AGENCY_SIGNS));
    }
}
