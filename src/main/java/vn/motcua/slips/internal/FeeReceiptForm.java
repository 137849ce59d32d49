package vn.motcua.slips.internal;

import vn.motcua.dossier.Dossier;
import vn.motcua.payment.FeeReceipt;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The receipt (biên lai thu phí, lệ phí) of a paid fee, online or at the counter. Its contents follow what a receipt
 * must state (Decree 123/2020/NĐ-CP art. 32, as amended by Decree 70/2025/NĐ-CP; wording and layout unverified): the
 * kind of receipt, its form symbol and series (data: {@code motcua.payment.receipt.*}) and number, the collecting
 * body, the payer, the fee and the amount in figures and in words, the date, and who collected it. Amounts are integer
 * đồng ("1.500.000 đ"), dates dd/MM/yyyy.
 */
record FeeReceiptForm(SlipParts parts, String formSymbol, String series) {

    static final String TITLE = "Biên lai thu phí, lệ phí";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    void write(SlipPdf pdf, Dossier d, FeeReceipt r) {
        String collector = parts.unitName(d.receivingUnitCode());
        pdf.formNumber("Mẫu số: " + formSymbol + "   Ký hiệu: " + series + "   Số: " + r.receiptNumber());
        parts.open(pdf, d.receivingUnitCode(), r.paidAt(), TITLE, d);
        pdf.field("Số biên lai", r.receiptNumber());
        pdf.field("Đơn vị thu", collector);
        pdf.field("Mã số thuế đơn vị thu", null);
        pdf.field("Họ tên người nộp", d.applicantName());
        pdf.field("Nội dung thu", "Phí, lệ phí giải quyết thủ tục hành chính: " + SlipParts.procedureLine(d));
        pdf.table(List.of("STT", "Tên loại phí, lệ phí", "Số tiền"), new float[] {8, 62, 30}, List.of(
                List.of("1", "Phí, lệ phí " + d.procedureName(), AmountInWords.figures(r.amountVnd())),
                List.of("", "Tổng cộng", AmountInWords.figures(r.amountVnd()))));
        pdf.field("Số tiền bằng chữ", AmountInWords.words(r.amountVnd()));
        pdf.field("Hình thức nộp", r.paidOnline()
                ? "Trực tuyến qua Cổng thanh toán quốc gia (mã đơn hàng " + r.orderId()
                        + (r.transactionRef() == null ? "" : ", mã giao dịch " + r.transactionRef()) + ")"
                : "Tiền mặt tại bộ phận một cửa");
        pdf.field("Ngày nộp", r.paidAt() == null ? null : DAY.format(r.paidAt()));
        pdf.signatures(List.of(
                new SlipPdf.Signer("Người nộp tiền", "(Ký, ghi rõ họ tên)", d.applicantName()),
                new SlipPdf.Signer("Người thu tiền", r.paidOnline() ? "(Biên lai điện tử, thu qua Cổng thanh toán quốc gia)"
                        : "(Ký, ghi rõ họ tên)", r.paidOnline() ? null : parts.officerName(r.collectedBy()))));
        parts.trackingFootnote(pdf, d, "Ông/Bà tra cứu hồ sơ và tải lại biên lai này tại trang Tra cứu hồ sơ, bằng mã hồ "
                + "sơ và số định danh cá nhân của mình.");
    }
}
