package vn.motcua.notification.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationMessagesTest {

    static final String TRACKING = "https://dichvucong.lamdong.gov.vn/tra-cuu";
    static final String CODE = "H36.24781-261127-0001";
    static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 27, 17, 0);

    final NotificationMessages messages = new NotificationMessages(TRACKING);

    static DossierStatusChanged event(DossierStatus status, String kind, String note, String email, String phone) {
        return new DossierStatusChanged(UUID.randomUUID(), CODE, "Đăng ký khai sinh", "Nguyễn Thị Hạnh", email, phone,
                status, kind, DUE, note, LocalDateTime.of(2026, 11, 27, 9, 30));
    }

    static DossierStatusChanged status(DossierStatus status, String note) {
        return event(status, "STATUS", note, "hanh@example.vn", "0912345678");
    }

    @Test
    void subjectNamesTheCodeAndTheNewStatusInVietnameseThenEnglish() {
        assertThat(messages.subject(status(DossierStatus.ACCEPTED, null)))
                .isEqualTo("[Một cửa] Hồ sơ H36.24781-261127-0001: Đã tiếp nhận / Accepted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SUBMITTED | NEW                  | Đã nộp hồ sơ / Dossier submitted
            STATUS    | NOT_ACCEPTED         | Không tiếp nhận / Not accepted
            STATUS    | SUPPLEMENT_REQUESTED | Yêu cầu bổ sung hồ sơ / Supplement requested
            STATUS    | PROCESSING           | Đang xử lý / Processing
            STATUS    | STOPPED              | Dừng xử lý / Processing stopped
            STATUS    | FINISHED             | Đã xử lý xong / Processing finished
            STATUS    | RETURNED             | Đã trả kết quả / Result returned
            APOLOGY   | PROCESSING           | Thư xin lỗi và hẹn lại ngày trả kết quả / Apology and new appointment date
            """)
    void subjectSaysWhatHappenedForEachKindOfChange(String kind, DossierStatus status, String headline) {
        assertThat(messages.subject(event(status, kind, null, "hanh@example.vn", null)))
                .isEqualTo("[Một cửa] Hồ sơ " + CODE + ": " + headline);
    }

    @Test
    void emailBodyKeepsVietnameseDiacriticsAndComesInVietnameseThenEnglish() {
        String body = messages.emailBody(status(DossierStatus.ACCEPTED, null));

        assertThat(body).contains("Kính gửi Ông/Bà Nguyễn Thị Hạnh,", "Thủ tục: Đăng ký khai sinh",
                "Trạng thái: Đã tiếp nhận", "Hồ sơ đầy đủ, hợp lệ và đã được tiếp nhận.");
        assertThat(body).contains("Dear Nguyễn Thị Hạnh,", "Status: Accepted", "Procedure: Đăng ký khai sinh");
        assertThat(body.indexOf("Kính gửi")).isLessThan(body.indexOf("Dear"));
        assertThat(body).contains("Hồ sơ: " + CODE, "Dossier: " + CODE);
    }

    @Test
    void emailBodyGivesTheDueDateAsDayMonthYearHourMinute() {
        String body = messages.emailBody(status(DossierStatus.PROCESSING, null));
        assertThat(body).contains("Ngày hẹn trả kết quả: 27/11/2026 17:00", "Appointment date for the result: 27/11/2026 17:00");
    }

    @Test
    void emailBodyTellsHowToTrackTheDossier() {
        String body = messages.emailBody(status(DossierStatus.PROCESSING, null));
        assertThat(body).contains("Tra cứu tiến độ hồ sơ tại " + TRACKING + " bằng mã hồ sơ và số định danh cá nhân",
                "Track your dossier at " + TRACKING + " with the dossier code and your ID number");
    }

    @Test
    void theOfficersNoteIsIncludedUnderALabelThatFitsTheChange() {
        String supplement = messages.emailBody(status(DossierStatus.SUPPLEMENT_REQUESTED, "Thiếu giấy chứng sinh bản chính"));
        assertThat(supplement).contains("Nội dung cần bổ sung:\nThiếu giấy chứng sinh bản chính",
                "What to supplement: see the Vietnamese text above");
        assertThat(supplement).contains("Thời hạn giải quyết tạm dừng", "processing time is paused");

        String refusal = messages.emailBody(status(DossierStatus.NOT_ACCEPTED, "Không thuộc thẩm quyền của UBND phường"));
        assertThat(refusal).contains("Lý do:\nKhông thuộc thẩm quyền của UBND phường", "Reasons: see the Vietnamese text above");
    }

    @Test
    void withoutANoteThereIsNoNoteSection() {
        String body = messages.emailBody(status(DossierStatus.PROCESSING, "  "));
        assertThat(body).doesNotContain("Ghi chú", "Note from the agency");
    }

    @Test
    void apologyGivesTheNewAppointmentDateAndTheReason() {
        String body = messages.emailBody(event(DossierStatus.PROCESSING, "APOLOGY", "Phải xác minh thêm tại nơi sinh",
                "hanh@example.vn", null));
        assertThat(body).contains("xin lỗi", "Ngày hẹn trả kết quả mới: 27/11/2026 17:00",
                "Lý do chậm trả kết quả:\nPhải xác minh thêm tại nơi sinh",
                "apologises", "New appointment date for the result: 27/11/2026 17:00");
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"NOT_ACCEPTED", "STOPPED", "RETURNED", "SUPPLEMENT_REQUESTED"})
    void noAppointmentDateOnceItMeansNothingOrIsPaused(DossierStatus status) {
        assertThat(messages.emailBody(status(status, null))).doesNotContain("Ngày hẹn trả kết quả", "27/11/2026");
    }

    @Test
    void smsIsShortVietnameseThenEnglishWithDueDateNoteAndTracking() {
        String sms = messages.smsText(status(DossierStatus.SUPPLEMENT_REQUESTED, "Thiếu giấy chứng sinh"));
        assertThat(sms).isEqualTo("Một cửa: Hồ sơ " + CODE + ": Yêu cầu bổ sung hồ sơ / Supplement requested."
                + " Nội dung cần bổ sung: Thiếu giấy chứng sinh Tra cứu / Track: " + TRACKING);
        assertThat(messages.smsText(status(DossierStatus.ACCEPTED, null)))
                .contains("Đã tiếp nhận / Accepted. Hẹn trả / Due: 27/11/2026 17:00.");
    }

    @Test
    void aLongNoteIsCutInTheSmsButKeptWholeInTheEmail() {
        String note = "Giấy tờ ".repeat(100).trim();
        DossierStatusChanged e = status(DossierStatus.SUPPLEMENT_REQUESTED, note);
        assertThat(messages.smsText(e)).doesNotContain(note).contains("…");
        assertThat(messages.emailBody(e)).contains(note);
    }

    @Test
    void oneEmailAndOneSmsWhenTheApplicantGaveBoth() {
        List<Notification> both = messages.of(status(DossierStatus.ACCEPTED, null));
        assertThat(both).extracting(Notification::channel).containsExactly(NotificationChannel.EMAIL, NotificationChannel.SMS);
        assertThat(both).extracting(Notification::recipient).containsExactly("hanh@example.vn", "0912345678");
        assertThat(both.get(1).subject()).isNull();
    }

    @Test
    void onlyTheChannelsTheApplicantGave() {
        assertThat(messages.of(event(DossierStatus.ACCEPTED, "STATUS", null, "hanh@example.vn", " ")))
                .extracting(Notification::channel).containsExactly(NotificationChannel.EMAIL);
        assertThat(messages.of(event(DossierStatus.ACCEPTED, "STATUS", null, null, "0912345678")))
                .extracting(Notification::channel).containsExactly(NotificationChannel.SMS);
        assertThat(messages.of(event(DossierStatus.ACCEPTED, "STATUS", null, null, null))).isEmpty();
    }

    @Test
    void everyStatusHasItsOwnExplanation() {
        for (DossierStatus s : DossierStatus.values()) {
            assertThat(messages.emailBody(status(s, null))).as(s.name()).contains("Trạng thái: " + s.labelVi(),
                    "Status: " + s.labelEn());
        }
    }
}
