package vn.motcua.slips.internal;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.TimelineEntry;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static vn.motcua.slips.internal.SlipParts.at;

/**
 * Form 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: every timeline entry with its time, sender unit, receiver unit
 * or step, officer, result and whether it was before, on or after the due date in force at that moment (per-step time
 * limits are not recorded). Both legs of every transfer are rows: the handover to the competent unit and the result's
 * way back to the point that returns it, the consultation sent and its answer coming back, the handover of the result to
 * the post with its tracking number. The applicant's copy leaves out the officers and the internal due-date warnings;
 * it shows that a consulted agency answered, never what it answered (no row shows an opinion).
 */
record ProcessControlForm(SlipParts parts) implements SlipForm {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SYSTEM_ACTOR = "system";
    private static final String APPLICANT_ACTOR = "applicant";
    /** Steps inside the agencies only: on the officers' copy, never on the applicant's. */
    private static final Set<String> INTERNAL_ACTIONS = Set.of("WARNING");

    @Override
    public void write(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        List<TimelineEntry> timeline = issue.details().timeline();
        boolean officers = issue.audience() == SlipRenderer.Audience.OFFICER;
        // Dated at its latest step the reader may see.
        LocalDateTime latest = timeline.stream().filter(e -> officers || !INTERNAL_ACTIONS.contains(e.action()))
                .map(TimelineEntry::occurredAt).reduce((a, b) -> b).orElse(issue.entry().occurredAt());
        parts.open(pdf, d.receivingUnitCode(), latest, Slip.FORM_06.titleVi(), d);
        pdf.field("Người nộp hồ sơ", d.applicantName());
        pdf.field("Nội dung yêu cầu giải quyết", SlipParts.procedureLine(d));
        pdf.field("Cơ quan tiếp nhận hồ sơ", parts.unitName(d.receivingUnitCode()));
        pdf.field("Cơ quan giải quyết hồ sơ", parts.unitName(d.handlingUnitCode()));
        Set<String> consulted = new LinkedHashSet<>();
        timeline.stream().filter(e -> "CONSULT".equals(e.action()) && e.toUnitCode() != null)
                .forEach(e -> consulted.add(parts.unitName(e.toUnitCode())));
        if (!consulted.isEmpty()) {
            pdf.field("Cơ quan phối hợp giải quyết", String.join("; ", consulted));
        }
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.field("Thời gian hẹn trả kết quả", at(d.dueAt()));
        List<String> headers = new ArrayList<>(List.of("TT", "Thời gian", "Bên giao", "Bên nhận / bước xử lý"));
        if (officers) {
            headers.add("Người thực hiện");
        }
        headers.add("Kết quả");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (!officers && INTERNAL_ACTIONS.contains(e.action())) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1),
                    DAY.format(e.occurredAt()) + "\n" + TIME.format(e.occurredAt()), sender(d, e), receiver(e)));
            if (officers) {
                row.add(actor(e.actor()));
            }
            row.add(result(e, "SUBMITTED".equals(e.action()) ? null : SlipIssue.dueInForce(issue.details(), i, false)));
            rows.add(row);
        }
        pdf.table(headers, officers ? new float[] {5, 14, 19, 22, 22, 18} : new float[] {5, 14, 26, 30, 25}, rows);
        pdf.footnote("Kết quả \"Trước hạn / Đúng hạn / Quá hạn\" so với thời gian hẹn trả kết quả có hiệu lực tại "
                + "thời điểm của bước đó.");
    }

    private String sender(Dossier d, TimelineEntry e) {
        return switch (e.action()) {
            case "SUBMITTED" -> "Người nộp hồ sơ: " + d.applicantName();
            case "CONSULT_ANSWER" -> parts.unitName(e.toUnitCode() != null ? e.toUnitCode() : e.unitCode());
            case "POSTED" -> parts.unitName(e.toUnitCode() != null ? e.toUnitCode() : e.unitCode());
            case "RETURN_CHOICE" -> APPLICANT_ACTOR.equals(e.actor()) ? "Người nộp hồ sơ: " + d.applicantName()
                    : parts.unitName(d.receivingUnitCode());
            default -> parts.unitName(e.unitCode());
        };
    }

    private String receiver(TimelineEntry e) {
        String step = e.step() == null ? "" : e.step();
        return switch (e.action()) {
            case "SUBMITTED" -> parts.unitName(e.unitCode()) + "\n" + step;
            case "HANDOVER" -> parts.unitName(e.toUnitCode()) + (step.isEmpty() ? "" : "\n" + step);
            case "CONSULT" -> parts.unitName(e.toUnitCode()) + "\n(lấy ý kiến phối hợp)";
            case "CONSULT_ANSWER" -> parts.unitName(e.unitCode()) + (step.isEmpty() ? "" : "\n" + step);
            case "POSTED" -> "Bưu chính công ích\n" + (e.note() == null ? "" : e.note().split(" / ")[0]);
            case "RETURN_CHOICE" -> step + (e.note() == null ? "" : "\n" + e.note().split(" / ")[0]);
            default -> step;
        };
    }

    private static String result(TimelineEntry e, LocalDateTime dueInForce) {
        String what = switch (e.action()) {
            case "SUBMITTED" -> "Nộp hồ sơ";
            case "HANDOVER" -> "Giao, nhận hồ sơ";
            case "CONSULT" -> "Chuyển lấy ý kiến";
            case "CONSULT_ANSWER" -> "Trả lời ý kiến phối hợp";
            case "POSTED" -> "Giao kết quả cho bưu chính";
            case "RETURN_CHOICE" -> "Chọn nơi, cách nhận kết quả";
            case "WARNING" -> "Cảnh báo thời hạn";
            case "APOLOGY" -> "Xin lỗi, hẹn lại: " + at(e.dueAt());
            default -> e.status().labelVi();
        };
        String timeliness = timeliness(e.occurredAt(), dueInForce);
        return timeliness == null ? what : what + "\n(" + timeliness + ")";
    }

    /** Before, on or after the due date (the due day itself counts as "on time" up to the due hour). */
    static String timeliness(LocalDateTime at, LocalDateTime due) {
        if (due == null) {
            return null;
        }
        if (at.isAfter(due)) {
            return "Quá hạn";
        }
        return at.toLocalDate().equals(due.toLocalDate()) ? "Đúng hạn" : "Trước hạn";
    }

    private static String actor(String actor) {
        if (actor == null || SYSTEM_ACTOR.equals(actor)) {
            return "Hệ thống";
        }
        return APPLICANT_ACTOR.equals(actor) ? "Người nộp hồ sơ" : actor;
    }
}
