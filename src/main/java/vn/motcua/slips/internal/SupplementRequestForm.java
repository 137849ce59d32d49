package vn.motcua.slips.internal;

import vn.motcua.dossier.Dossier;

import java.util.List;

import static vn.motcua.slips.internal.SlipParts.at;

/**
 * Form 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, written once by the receiving point: what to bring is the note
 * the receiver wrote, one line per item.
 */
record SupplementRequestForm(SlipParts parts) implements SlipForm {

    @Override
    public void write(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        String receiver = parts.openAtReceivingPoint(pdf, Slip.FORM_02, issue);
        pdf.field("Hồ sơ của", d.applicantName());
        pdf.field("Nội dung yêu cầu giải quyết", SlipParts.procedureLine(d));
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.paragraph(receiver + " đã tiếp nhận hồ sơ của ông/bà. Sau khi xem xét, hồ sơ chưa đầy đủ, hợp lệ; "
                + "đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:");
        pdf.lines(SlipParts.noteLines(issue.entry().note()));
        pdf.field("Thời gian yêu cầu bổ sung", at(issue.entry().occurredAt()));
        pdf.paragraph("Nội dung cần bổ sung, hoàn thiện được hướng dẫn đầy đủ một lần. Trong quá trình bổ sung, hoàn "
                + "thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ " + receiver + parts.hotline(d.receivingUnitCode())
                + " để được hướng dẫn.");
        pdf.signatures(List.of(SlipParts.RECEIVER_SIGNS));
    }
}
