package vn.motcua.slips.internal;

import vn.motcua.dossier.Dossier;

import java.util.List;

import static vn.motcua.slips.internal.SlipParts.at;

/** Form 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ, by the receiving point: the reasons are the receiver's note. */
record RefusalForm(SlipParts parts) implements SlipForm {

    @Override
    public void write(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        String receiver = parts.openAtReceivingPoint(pdf, Slip.FORM_03, issue);
        pdf.paragraph(receiver + " tiếp nhận hồ sơ của:");
        parts.applicant(pdf, d);
        pdf.field("Nội dung yêu cầu giải quyết", SlipParts.procedureLine(d));
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.paragraph("Qua xem xét, " + receiver + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ "
                + "thể như sau:");
        pdf.lines(SlipParts.noteLines(issue.entry().note()));
        pdf.field("Thời gian từ chối tiếp nhận", at(issue.entry().occurredAt()));
        pdf.paragraph("Xin thông báo để ông/bà được biết và thực hiện./.");
        pdf.signatures(List.of(SlipParts.RECEIVER_SIGNS));
    }
}
