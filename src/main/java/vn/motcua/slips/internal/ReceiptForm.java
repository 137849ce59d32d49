package vn.motcua.slips.internal;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.organisation.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static vn.motcua.slips.internal.SlipParts.at;

/**
 * Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả, issued by the receiving point on acceptance: receiving point,
 * applicant, procedure, the procedure's required documents (catalog), time limit and fee of the channel, time received
 * and accepted, the due date in force on acceptance.
 */
record ReceiptForm(SlipParts parts) implements SlipForm {

    @Override
    public void write(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        Optional<ChannelTerms> terms = parts.terms(d);
        String receiver = parts.openAtReceivingPoint(pdf, Slip.FORM_01, issue);
        pdf.paragraph(receiver + " tiếp nhận hồ sơ của:");
        parts.applicant(pdf, d);
        pdf.field("Nội dung yêu cầu giải quyết", SlipParts.procedureLine(d));
        pdf.field("Hình thức nộp hồ sơ", d.channel().labelVi());
        List<String> documents = parts.procedure(d).map(Procedure::documents).orElse(List.of());
        pdf.paragraph("1. Thành phần hồ sơ theo quy định của thủ tục:" + (documents.isEmpty() ? " " + SlipPdf.BLANK : ""));
        pdf.lines(SlipParts.numbered(documents));
        pdf.paragraph("2. Số lượng hồ sơ: 01 (một) bộ");
        pdf.field("3. Thời hạn giải quyết theo quy định", terms.map(t -> t.limitPublished() ? t.limit().describeVi()
                : "chưa công bố (tạm tính " + t.limit().describeVi() + " theo quy định của tỉnh)").orElse(null));
        pdf.field("4. Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.field("5. Thời gian tiếp nhận hồ sơ", at(issue.entry().occurredAt()));
        pdf.field("6. Thời gian hẹn trả kết quả giải quyết hồ sơ", issue.dueAfter() != null ? at(issue.dueAfter())
                // The appointment given on acceptance was moved later and no step recorded it: say what holds now.
                : SlipPdf.BLANK + " (thời gian hẹn trả hiện nay: " + at(d.dueAt()) + ")");
        // an unknown fee reads "chưa công bố", never a 0 that would look free
        pdf.field("7. Phí, lệ phí", terms.map(t -> t.fee().free() ? SlipParts.money(0) : t.fee().describeVi()).orElse(null));
        pdf.field("8. Nơi trả kết quả", receiver + parts.unit(d.receivingUnitCode()).map(Unit::address)
                .filter(a -> !a.isBlank()).map(a -> " (" + a + ")").orElse(""));
        List<SlipPdf.Signer> signers = new ArrayList<>();
        if (d.channel() != Channel.ONLINE) {
            signers.add(SlipParts.APPLICANT_SIGNS);
        }
        signers.add(SlipParts.RECEIVER_SIGNS);
        pdf.signatures(signers);
        parts.trackingFootnote(pdf, d, "Ông/Bà tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ và số định danh cá "
                + "nhân của mình.");
    }
}
