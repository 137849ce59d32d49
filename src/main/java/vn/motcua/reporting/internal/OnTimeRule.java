package vn.motcua.reporting.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Indicator 2.1 of the 766 index, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", as the NPSP computes it ("Mô tả công thức
 * tính chỉ số 766", 2.1). Pure: the same facts and period end always give the same verdict.
 */
public final class OnTimeRule {

    private OnTimeRule() {
    }

    public enum Verdict {
        /** Finished on or before the appointment, or still open and within it at the period's end. */
        ON_TIME,
        LATE,
        /** Not judged: never accepted (refused at reception, withdrawn before acceptance). */
        NOT_COUNTED
    }

    /**
     * @param end the end of processing the verdict compared, after subtracting the applicant's supplement time; null
     *            when not counted
     * @param rule which rule of 2.1 decided, for the dashboard's drill-down and for the tests
     */
    public record Judgement(Verdict verdict, LocalDateTime end, String rule) {
    }

    /** The dossier as it stood at {@code periodEnd} (the end of the reporting period, or now for the current one). */
    public static Judgement judge(DossierFacts d, LocalDateTime periodEnd) {
        // 2.1: the end statuses count "chỉ tính các hồ sơ đã được tiếp nhận" — accepted dossiers only.
        if (!d.accepted() || d.ending() != null && d.ending().kind() == DossierFacts.Kind.NOT_ACCEPTED) {
            return new Judgement(Verdict.NOT_COUNTED, null, "not-accepted");
        }
        long requests = d.supplements().stream().filter(s -> !s.requestedAt().isAfter(periodEnd)).count();
        // 2.1: "trừ trường hợp Yêu cầu bổ sung hồ sơ hơn 01 lần thì tính quá hạn" — a second request is late.
        if (requests > 1) {
            return new Judgement(Verdict.LATE, null, "more-than-one-supplement");
        }
        LocalDateTime end;
        String rule;
        Optional<DossierFacts.Supplement> pending = d.supplements().stream().filter(s -> s.pendingAt(periodEnd)).findFirst();
        if (d.ending() != null && !d.ending().at().isAfter(periodEnd)) {
            // 2.1: end = "Đã xử lý xong" > "Đã trả kết quả" > "Dừng xử lý/Từ chối/Công dân yêu cầu rút hồ sơ".
            end = d.ending().at();
            rule = "ended-" + d.ending().kind().name().toLowerCase(java.util.Locale.ROOT);
        } else if (pending.isPresent()) {
            // 2.1: a dossier waiting for the applicant's supplement ends at the officer's request.
            end = pending.get().requestedAt();
            rule = "waiting-for-supplement";
        } else {
            // 2.1: "Chưa có trạng thái hoàn thành → lấy ngày cuối kỳ báo cáo là ngày kết thúc xử lý".
            end = periodEnd;
            rule = "open-at-period-end";
        }
        // 2.1: "Thời gian kết thúc xử lý hồ sơ = Thời gian kết thúc xử lý - Thời gian bổ sung hồ sơ".
        Duration applicantTime = d.supplements().stream()
                .filter(s -> s.resumedAt() != null && !s.resumedAt().isAfter(end))
                .map(DossierFacts.Supplement::applicantTime).reduce(Duration.ZERO, Duration::plus);
        LocalDateTime adjusted = end.minus(applicantTime);
        // 2.1: "Đúng hạn: Ngày kết thúc xử lý hồ sơ <= ngày hẹn trả".
        Verdict verdict = adjusted.isAfter(d.appointmentAt()) ? Verdict.LATE : Verdict.ON_TIME;
        return new Judgement(verdict, adjusted, rule);
    }

    /**
     * The moment after which the dossier, still running with at most one supplement request answered, becomes late:
     * the appointment plus the applicant's supplement time so far. The dashboard's "due soon / overdue" lists use it.
     */
    public static LocalDateTime lateAfter(DossierFacts d) {
        Duration applicantTime = d.supplements().stream().filter(s -> s.resumedAt() != null)
                .map(DossierFacts.Supplement::applicantTime).reduce(Duration.ZERO, Duration::plus);
        return d.appointmentAt().plus(applicantTime);
    }
}
