package vn.motcua.notification.internal;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes what the applicant is told, Vietnamese first, then English. Pure: the same event always gives the
 * same text. Dates are in the province's local time as the dossier stores them, {@code dd/MM/yyyy HH:mm}.
 *
 * <p>What is said follows the one-stop lifecycle of Decree 118/2025/NĐ-CP: receipt and appointment date,
 * refusal with reasons (form 03), the single request to supplement (form 02, during which the clock is
 * paused), stopping (form 05), the result, and the apology with a new appointment date (form 04), which the
 * Decree says is sent to the applicant, by email/SMS for online dossiers.
 */
public class NotificationMessages {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final String SUBJECT_PREFIX = "[Một cửa] ";
    /** Fits the outbox column; a longer text must never make the dossier's own change fail. */
    static final int MAX_BODY = 12_000;
    static final int MAX_SMS_NOTE = 300;

    /** After these the appointment date no longer means anything to the applicant. */
    private static final Set<DossierStatus> NO_DUE_DATE = EnumSet.of(DossierStatus.NOT_ACCEPTED,
            DossierStatus.STOPPED, DossierStatus.RETURNED, DossierStatus.SUPPLEMENT_REQUESTED);

    private final String trackingUrl;

    public NotificationMessages(String trackingUrl) {
        this.trackingUrl = trackingUrl;
    }

    /** One notification per address the applicant gave: an email if they gave an email, an SMS if a phone. */
    public List<Notification> of(DossierStatusChanged event) {
        List<Notification> out = new ArrayList<>(2);
        if (hasText(event.applicantEmail())) {
            out.add(new Notification(NotificationChannel.EMAIL, event.applicantEmail().trim(), subject(event),
                    emailBody(event)));
        }
        if (hasText(event.applicantPhone())) {
            out.add(new Notification(NotificationChannel.SMS, event.applicantPhone().trim(), null, smsText(event)));
        }
        return out;
    }

    public String subject(DossierStatusChanged e) {
        Bilingual h = headline(e);
        return SUBJECT_PREFIX + "Hồ sơ " + e.code() + ": " + h.vi + " / " + h.en;
    }

    public String emailBody(DossierStatusChanged e) {
        Bilingual h = headline(e);
        Bilingual g = guidance(e);
        String due = shownDueDate(e);
        StringBuilder b = new StringBuilder();
        b.append("Kính gửi Ông/Bà ").append(e.applicantName()).append(",\n\n");
        b.append("Hồ sơ: ").append(e.code()).append('\n');
        b.append("Thủ tục: ").append(e.procedureName()).append('\n');
        b.append("Trạng thái: ").append(h.vi).append('\n');
        b.append(g.vi).append('\n');
        if (due != null) {
            b.append(isApology(e) ? "Ngày hẹn trả kết quả mới: " : "Ngày hẹn trả kết quả: ").append(due).append('\n');
        }
        if (e.note() != null && !e.note().isBlank()) {
            b.append('\n').append(noteLabel(e).vi).append(":\n").append(e.note().trim()).append('\n');
        }
        b.append("\nTra cứu tiến độ hồ sơ tại ").append(trackingUrl)
                .append(" bằng mã hồ sơ và số định danh cá nhân của Ông/Bà.\n");
        b.append("Đây là thư tự động, vui lòng không trả lời thư này.\n");
        b.append("\n----------\n\n");
        b.append("Dear ").append(e.applicantName()).append(",\n\n");
        b.append("Dossier: ").append(e.code()).append('\n');
        b.append("Procedure: ").append(e.procedureName()).append('\n');
        b.append("Status: ").append(h.en).append('\n');
        b.append(g.en).append('\n');
        if (due != null) {
            b.append(isApology(e) ? "New appointment date for the result: " : "Appointment date for the result: ")
                    .append(due).append('\n');
        }
        if (e.note() != null && !e.note().isBlank()) {
            b.append('\n').append(noteLabel(e).en).append(": see the Vietnamese text above, as the agency wrote it.\n");
        }
        b.append("\nTrack your dossier at ").append(trackingUrl).append(" with the dossier code and your ID number.\n");
        b.append("This is an automated message; please do not reply.\n");
        return truncate(b.toString(), MAX_BODY);
    }

    /** Short: the status, the date, the note (cut), where to track. The carrier splits it into segments. */
    public String smsText(DossierStatusChanged e) {
        Bilingual h = headline(e);
        String due = shownDueDate(e);
        StringBuilder b = new StringBuilder("Một cửa: Hồ sơ ").append(e.code()).append(": ")
                .append(h.vi).append(" / ").append(h.en).append('.');
        if (due != null) {
            b.append(isApology(e) ? " Hẹn trả mới / New due: " : " Hẹn trả / Due: ").append(due).append('.');
        }
        if (e.note() != null && !e.note().isBlank()) {
            b.append(' ').append(noteLabel(e).vi).append(": ").append(truncate(e.note().trim(), MAX_SMS_NOTE));
        }
        b.append(" Tra cứu / Track: ").append(trackingUrl);
        return b.toString();
    }

    private static Bilingual headline(DossierStatusChanged e) {
        if (isApology(e)) {
            return new Bilingual("Thư xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment date");
        }
        if ("SUBMITTED".equals(e.kind())) {
            return new Bilingual("Đã nộp hồ sơ", "Dossier submitted");
        }
        return new Bilingual(e.status().labelVi(), e.status().labelEn());
    }

    private static Bilingual guidance(DossierStatusChanged e) {
        if (isApology(e)) {
            return new Bilingual("Cơ quan giải quyết xin lỗi Ông/Bà vì hồ sơ chưa được giải quyết đúng hẹn và hẹn lại ngày trả kết quả.",
                    "The agency apologises that your dossier was not settled by the appointment date and sets a new date.");
        }
        if ("SUBMITTED".equals(e.kind())) {
            return new Bilingual("Hồ sơ của Ông/Bà đã được ghi nhận và đang chờ kiểm tra để tiếp nhận.",
                    "Your dossier has been registered and is waiting to be checked for acceptance.");
        }
        return switch (e.status()) {
            case NEW -> new Bilingual("Hồ sơ của Ông/Bà đã được ghi nhận và đang chờ kiểm tra để tiếp nhận.",
                    "Your dossier has been registered and is waiting to be checked for acceptance.");
            case ACCEPTED -> new Bilingual("Hồ sơ đầy đủ, hợp lệ và đã được tiếp nhận.",
                    "Your dossier is complete and valid and has been accepted.");
            case NOT_ACCEPTED -> new Bilingual("Hồ sơ không được tiếp nhận; lý do được nêu dưới đây.",
                    "Your dossier was not accepted; the reasons are given below.");
            case PROCESSING -> new Bilingual("Hồ sơ đang được cơ quan có thẩm quyền xử lý.",
                    "The competent agency is processing your dossier.");
            case SUPPLEMENT_REQUESTED -> new Bilingual("Ông/Bà cần bổ sung, hoàn thiện hồ sơ theo hướng dẫn dưới đây. "
                    + "Thời hạn giải quyết tạm dừng cho đến khi nhận được hồ sơ bổ sung.",
                    "Please complete your dossier as described below. "
                    + "The processing time is paused until the supplement is received.");
            case FINANCIAL_OBLIGATION -> new Bilingual("Ông/Bà cần thực hiện nghĩa vụ tài chính theo hướng dẫn.",
                    "Please pay the financial obligations as instructed.");
            case WITHDRAWAL_REQUESTED -> new Bilingual("Yêu cầu rút hồ sơ của Ông/Bà đã được ghi nhận.",
                    "Your request to withdraw the dossier has been recorded.");
            case STOPPED -> new Bilingual("Hồ sơ đã dừng xử lý.", "Processing of your dossier has stopped.");
            case FINISHED -> new Bilingual("Hồ sơ đã được giải quyết xong; kết quả được trả theo ngày hẹn.",
                    "Your dossier has been settled; the result is returned by the appointment date.");
            case RETURNED -> new Bilingual("Kết quả giải quyết hồ sơ đã được trả cho Ông/Bà.",
                    "The result of your dossier has been returned to you.");
        };
    }

    private static Bilingual noteLabel(DossierStatusChanged e) {
        if (isApology(e)) {
            return new Bilingual("Lý do chậm trả kết quả", "Reason for the delay");
        }
        return switch (e.status()) {
            case NOT_ACCEPTED, STOPPED -> new Bilingual("Lý do", "Reasons");
            case SUPPLEMENT_REQUESTED -> new Bilingual("Nội dung cần bổ sung", "What to supplement");
            default -> new Bilingual("Ghi chú của cơ quan giải quyết", "Note from the agency");
        };
    }

    private static String shownDueDate(DossierStatusChanged e) {
        LocalDateTime dueAt = e.dueAt();
        if (dueAt == null || (!isApology(e) && !"SUBMITTED".equals(e.kind()) && NO_DUE_DATE.contains(e.status()))) {
            return null;
        }
        return DATE_TIME.format(dueAt);
    }

    private static boolean isApology(DossierStatusChanged e) {
        return "APOLOGY".equals(e.kind());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private record Bilingual(String vi, String en) {
    }
}
