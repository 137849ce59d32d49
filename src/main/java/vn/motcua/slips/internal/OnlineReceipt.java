package vn.motcua.slips.internal;

import vn.motcua.dossier.Dossier;

import static vn.motcua.slips.internal.SlipParts.at;

/**
 * The online submission receipt (biên nhận nộp hồ sơ trực tuyến): what the system confirms right after an online
 * submission, before any officer has looked at the dossier. It is not form 01, which the receiving point issues on
 * acceptance, and says so.
 */
record OnlineReceipt(SlipParts parts) {

    static final String TITLE = "Biên nhận nộp hồ sơ trực tuyến";

    void write(SlipPdf pdf, Dossier d) {
        String receiver = parts.unitName(d.receivingUnitCode());
        parts.open(pdf, d.receivingUnitCode(), d.receivedAt(), TITLE, d);
        pdf.paragraph("Hệ thống giải quyết thủ tục hành chính đã nhận hồ sơ nộp trực tuyến của:");
        parts.applicant(pdf, d);
        pdf.field("Nội dung yêu cầu giải quyết", SlipParts.procedureLine(d));
        pdf.field("Nơi tiếp nhận hồ sơ", receiver);
        pdf.field("Thời gian nộp hồ sơ", at(d.receivedAt()));
        pdf.field("Thời gian hẹn trả kết quả (dự kiến)", at(d.dueAt()));
        pdf.field("Thời hạn giải quyết theo quy định", parts.terms(d).map(t -> t.limit().describeVi()).orElse(null));
        pdf.paragraph("Biên nhận này chỉ xác nhận hệ thống đã nhận hồ sơ; đây chưa phải Giấy tiếp nhận hồ sơ và hẹn "
                + "trả kết quả (mẫu 01). Cán bộ " + receiver + " sẽ kiểm tra hồ sơ: nếu hồ sơ đầy đủ, hợp lệ, mẫu 01 "
                + "được cấp với thời gian hẹn trả kết quả chính thức; nếu cần bổ sung, ông/bà được hướng dẫn một lần "
                + "bằng văn bản (mẫu 02).");
        parts.trackingFootnote(pdf, d, "Ông/Bà tra cứu tình trạng giải quyết hồ sơ và tải các phiếu tại trang Tra cứu "
                + "hồ sơ, bằng mã hồ sơ và số định danh cá nhân của mình.");
    }
}
