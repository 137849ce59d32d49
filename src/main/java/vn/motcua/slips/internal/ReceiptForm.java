package vn.motcua.slips.internal;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.organisation.Unit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static vn.motcua.slips.internal.SlipParts.at;

/**
 * Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả, issued by the receiving point on acceptance (Circular 03/2025):
 * receiving point, applicant with ID number and address, procedure, each document received with original or copy and
 * how many, time limit and fee of the channel, time received and accepted, the due date in force on acceptance, and
 * the receiving officer's printed name.
 */
record ReceiptForm(SlipParts parts) implements SlipForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void write(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        Optional<ChannelTerms> terms = parts.terms(d);
        String receiver = parts.openAtReceivingPoint(pdf, Slip.FORM_01, issue);
        pdf.paragraph(receiver + " tiếp nhận hồ sơ của:");
        parts.applicant(pdf, d);
        pdf.field("Số định danh cá nhân", d.applicantIdNumber());
        pdf.field("Địa chỉ", address(d).orElse(null));
        pdf.field("Nội dung yêu cầu giải quyết", SlipParts.procedureLine(d));
        pdf.field("Hình thức nộp hồ sơ", d.channel().labelVi());
        List<String> documents = parts.procedure(d).map(ReceiptForm::documents).orElse(List.of());
        pdf.paragraph("1. Thành phần hồ sơ nhận:" + (documents.isEmpty() ? " " + SlipPdf.BLANK : ""));
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
        pdf.field("8. Nơi trả kết quả", chosenReturn(issue).orElse(receiver + parts.unit(d.receivingUnitCode()).map(Unit::address)
                .filter(a -> !a.isBlank()).map(a -> " (" + a + ")").orElse("")));
        List<SlipPdf.Signer> signers = new ArrayList<>();
        if (d.channel() != Channel.ONLINE) {
            signers.add(SlipParts.APPLICANT_SIGNS);
        }
        // the receiving officer's printed name under the signature (Circular 03/2025, form 01)
        signers.add(new SlipPdf.Signer(SlipParts.RECEIVER_SIGNS.role(), SlipParts.RECEIVER_SIGNS.howToSign(),
                parts.officerName(issue.entry().actor())));
        pdf.signatures(signers);
        parts.trackingFootnote(pdf, d, "Ông/Bà tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ và số định danh cá "
                + "nhân của mình.");
    }

    /**
     * Each document of the procedure with original or copy and how many, from the intake form's upload fields; the
     * names alone when the form has none (a hand-made form), as the catalog lists them.
     */
    static List<String> documents(Procedure procedure) {
        List<String> lines = procedure.fields().stream().filter(f -> f.type() == FormField.Type.FILE)
                .map(f -> f.label() + (f.originals() == null ? "" : " (bản chính: " + f.originals() + ", bản sao: " + f.copies() + ")"))
                .toList();
        return lines.isEmpty() ? procedure.documents() : lines;
    }

    /**
     * Where the applicant chose to receive the result, as the timeline recorded it up to the issuing step (the latest
     * {@code RETURN_CHOICE}, its Vietnamese words), unless that is the receiving point: empty then, and when never chosen.
     */
    static Optional<String> chosenReturn(SlipIssue issue) {
        List<vn.motcua.dossier.TimelineEntry> timeline = issue.details().timeline();
        for (int i = Math.min(issue.index(), timeline.size() - 1); i >= 0; i--) {
            vn.motcua.dossier.TimelineEntry e = timeline.get(i);
            if ("RETURN_CHOICE".equals(e.action()) && e.note() != null) {
                String vi = e.note().split(" / ")[0].strip();
                return vi.startsWith("Nhận kết quả tại nơi tiếp nhận") ? Optional.empty() : Optional.of(vi);
            }
        }
        return Optional.empty();
    }

    /** The applicant's contact address as the intake form gave it ({@code applicantAddress}), if any. */
    static Optional<String> address(Dossier d) {
        if (d.formData() == null || d.formData().isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode address = JSON.readTree(d.formData()).path("applicantAddress");
            return address.isTextual() && !address.asText().isBlank() ? Optional.of(address.asText().strip()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
