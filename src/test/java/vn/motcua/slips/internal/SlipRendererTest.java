package vn.motcua.slips.internal;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TimelineEntry;
import vn.motcua.organisation.Unit;
import vn.motcua.problem.NotFoundException;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.slips.internal.SlipFixtures.APPLICANT;
import static vn.motcua.slips.internal.SlipFixtures.CODE;
import static vn.motcua.slips.internal.SlipFixtures.DUE;
import static vn.motcua.slips.internal.SlipFixtures.LAND_OFFICE;
import static vn.motcua.slips.internal.SlipFixtures.LAND_OFFICE_NAME;
import static vn.motcua.slips.internal.SlipFixtures.MISSING_BIRTH_CERTIFICATE;
import static vn.motcua.slips.internal.SlipFixtures.PROCEDURE;
import static vn.motcua.slips.internal.SlipFixtures.RECEIVED;
import static vn.motcua.slips.internal.SlipFixtures.TAX;
import static vn.motcua.slips.internal.SlipFixtures.TAX_NAME;
import static vn.motcua.slips.internal.SlipFixtures.WARD;
import static vn.motcua.slips.internal.SlipFixtures.WARD_NAME;
import static vn.motcua.slips.internal.SlipFixtures.accepted;
import static vn.motcua.slips.internal.SlipFixtures.apology;
import static vn.motcua.slips.internal.SlipFixtures.details;
import static vn.motcua.slips.internal.SlipFixtures.dossier;
import static vn.motcua.slips.internal.SlipFixtures.status;
import static vn.motcua.slips.internal.SlipFixtures.submitted;
import static vn.motcua.slips.internal.SlipFixtures.text;

class SlipRendererTest {

    private static final String NATIONAL_HEADING = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final SlipRenderer renderer = SlipFixtures.renderer();

    @Test
    void form01ReceiptShowsTheDossierTheDocumentsTheLimitTheFeeAndTheAppointmentWithDiacritics() {
        String text = text(renderer.render(Slip.FORM_01, details(DossierStatus.PROCESSING, submitted(), accepted())));

        assertThat(text).contains("Mẫu số 01", NATIONAL_HEADING, MOTTO, "ỦY BAN NHÂN DÂN PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT",
                "Xuân Hương - Đà Lạt, ngày 27 tháng 11 năm 2026", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mã hồ sơ: " + CODE, WARD_NAME + " tiếp nhận hồ sơ của:", "Ông/Bà: " + APPLICANT,
                PROCEDURE + " (mã thủ tục 1.001193)", "Hình thức nộp hồ sơ: Trực tiếp",
                "a) Tờ khai đăng ký khai sinh theo mẫu", "b) Giấy chứng sinh bản chính",
                "Thời hạn giải quyết theo quy định: 3 ngày làm việc",
                "Thời gian nhận hồ sơ: 27/11/2026 09:15", "Thời gian tiếp nhận hồ sơ: 27/11/2026 09:25",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 02/12/2026 17:00", "Phí, lệ phí: 8.000 đồng",
                "Nơi trả kết quả: " + WARD_NAME + " (2 Nguyễn Văn Trỗi, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng)", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "(Ký và ghi rõ họ tên)", "0263 3822 811");
    }

    @Test
    void form01ListsEachDocumentWithOriginalOrCopyTheApplicantsIdNumberAndAddressAndTheReceivingOfficersName() {
        Procedure withForm = new Procedure(SlipFixtures.BIRTH.code(), PROCEDURE, "Hộ tịch", "COMMUNE", "Ủy ban nhân dân cấp xã",
                "tthc-1.001193", "authority-1.001193", "form-1.001193", SlipFixtures.BIRTH.terms(), SlipFixtures.BIRTH.documents(),
                List.of(new FormField("document01", "Tờ khai đăng ký khai sinh", FormField.Type.FILE, true, List.of(), 1, 0),
                        new FormField("document02", "Giấy chứng sinh", FormField.Type.FILE, true, List.of(), 1, 1),
                        new FormField("applicantAddress", "Địa chỉ liên hệ", FormField.Type.TEXT, true, List.of())));
        SlipRenderer officersKnown = new SlipRenderer(code -> SlipFixtures.UNITS.stream().filter(u -> u.code().equals(code)).findFirst(),
                code -> Optional.of(withForm),
                userId -> "xuanhuong.tiepnhan".equals(userId) ? Optional.of("Nguyễn Thị Lan") : Optional.empty());
        Dossier base = dossier(Channel.COUNTER, DossierStatus.PROCESSING, WARD, DUE);
        Dossier d = new Dossier(base.id(), base.code(), base.procedureCode(), base.procedureName(), base.receivingUnitCode(),
                base.handlingUnitCode(), base.channel(), base.applicantIdNumber(), base.applicantName(), base.applicantEmail(),
                base.applicantPhone(), base.status(), base.receivedAt(), base.dueAt(), null, null,
                "{\"applicantAddress\":\"12 Bùi Thị Xuân, Phường Xuân Hương - Đà Lạt\"}", base.processInstanceId());

        String text = text(officersKnown.render(Slip.FORM_01, details(d, submitted(), accepted())));

        assertThat(text).contains("Số định danh cá nhân: 068203001234", "Địa chỉ: 12 Bùi Thị Xuân, Phường Xuân Hương - Đà Lạt",
                "Thành phần hồ sơ nhận:", "a) Tờ khai đăng ký khai sinh (bản chính: 1, bản sao: 0)",
                "b) Giấy chứng sinh (bản chính: 1, bản sao: 1)", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Lan");
    }

    @Test
    void form01SaysWhereTheApplicantChoseToReceiveTheResult() {
        vn.motcua.dossier.ResultReturn post = new vn.motcua.dossier.ResultReturn(vn.motcua.dossier.ResultReturn.Method.POSTAL,
                null, "12 Bùi Thị Xuân, Phường Xuân Hương - Đà Lạt");
        TimelineEntry chosen = new TimelineEntry(RECEIVED, "RETURN_CHOICE", DossierStatus.NEW, "Chọn nơi, cách nhận kết quả",
                "applicant", WARD, WARD, post.describe(WARD_NAME), null);

        String text = text(renderer.render(Slip.FORM_01, details(DossierStatus.PROCESSING, submitted(), chosen, accepted())));

        assertThat(text).contains("Nơi trả kết quả: Nhận kết quả qua dịch vụ bưu chính", "12 Bùi Thị Xuân")
                .doesNotContain("2 Nguyễn Văn Trỗi");
    }

    @Test
    void form01SaysAFeeOrLimitTheSourceDoesNotPublishIsNotPublishedNeverFree() {
        Procedure unknown = new Procedure(SlipFixtures.BIRTH.code(), PROCEDURE, "Hộ tịch", "COMMUNE", "Ủy ban nhân dân cấp xã",
                "tthc-1.001193", "authority-1.001193", "form-1.001193",
                Map.of(Channel.COUNTER, new ChannelTerms(Channel.COUNTER, TimeLimit.workingDays(10), false, Fee.unknown())),
                SlipFixtures.BIRTH.documents(), List.of());
        SlipRenderer r = new SlipRenderer(code -> SlipFixtures.UNITS.stream().filter(u -> u.code().equals(code)).findFirst(),
                code -> Optional.of(unknown));

        String text = text(r.render(Slip.FORM_01, details(DossierStatus.PROCESSING, submitted(), accepted())));

        assertThat(text).contains("Phí, lệ phí: Chưa công bố", "Thời hạn giải quyết theo quy định: chưa công bố")
                .doesNotContain("Không thu", "Miễn phí");
    }

    @Test
    void form01OfAnOnlineDossierHasOnlyTheReceiversSignatureAndTheOnlineFee() {
        DossierDetails online = details(dossier(Channel.ONLINE, DossierStatus.PROCESSING, WARD, DUE), submitted(), accepted());

        String text = text(renderer.render(Slip.FORM_01, online));

        assertThat(text).contains("Hình thức nộp hồ sơ: Trực tuyến", "Phí, lệ phí: Không thu", "NGƯỜI TIẾP NHẬN HỒ SƠ")
                .doesNotContain("NGƯỜI NỘP HỒ SƠ");
    }

    @Test
    void form01ShowsTheAppointmentInForceOnAcceptanceNotALaterApologysDate() {
        LocalDateTime newDue = LocalDateTime.of(2026, 12, 7, 17, 0);
        TimelineEntry submittedWithDue = new TimelineEntry(RECEIVED, "SUBMITTED", DossierStatus.NEW, "Tiếp nhận hồ sơ",
                "xuanhuong.tiepnhan", WARD, null, null, DUE);
        DossierDetails late = details(dossier(Channel.COUNTER, DossierStatus.PROCESSING, WARD, newDue), submittedWithDue,
                accepted(), apology(DUE.minusHours(2), WARD, "Chờ xác minh", newDue));

        assertThat(text(renderer.render(Slip.FORM_01, late)))
                .contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: 02/12/2026 17:00")
                .doesNotContain("07/12/2026");
    }

    @Test
    void form01SaysWhichAppointmentHoldsNowWhenTheOneGivenOnAcceptanceWasMovedWithoutARecord() {
        LocalDateTime newDue = LocalDateTime.of(2026, 12, 7, 17, 0);
        DossierDetails late = details(dossier(Channel.COUNTER, DossierStatus.PROCESSING, WARD, newDue), submitted(),
                accepted(), apology(DUE.minusHours(2), WARD, "Chờ xác minh", newDue));

        assertThat(text(renderer.render(Slip.FORM_01, late))).contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: "
                + SlipPdf.BLANK + " (thời gian hẹn trả hiện nay: 07/12/2026 17:00)");
    }

    @Test
    void form02SupplementRequestListsWhatToBringLineByLine() {
        LocalDateTime requested = RECEIVED.plusMinutes(20);
        String note = MISSING_BIRTH_CERTIFICATE + "\nBản sao Căn cước của người đi đăng ký";
        String text = text(renderer.render(Slip.FORM_02, details(DossierStatus.SUPPLEMENT_REQUESTED, submitted(),
                status(requested, DossierStatus.SUPPLEMENT_REQUESTED, "Hướng dẫn bổ sung hồ sơ (mẫu 02)",
                        "xuanhuong.tiepnhan", note))));

        assertThat(text).contains("Mẫu số 02", NATIONAL_HEADING, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Mã hồ sơ: " + CODE, "Hồ sơ của: " + APPLICANT, PROCEDURE, WARD_NAME + " đã tiếp nhận hồ sơ của ông/bà",
                "Thời gian nhận hồ sơ: 27/11/2026 09:15", MISSING_BIRTH_CERTIFICATE,
                "Bản sao Căn cước của người đi đăng ký", "Thời gian yêu cầu bổ sung: 27/11/2026 09:35",
                "số điện thoại 0263 3822 811", "NGƯỜI TIẾP NHẬN HỒ SƠ");
    }

    @Test
    void form02IsStillAvailableAfterTheSupplementWasBroughtAndTheDossierAccepted() {
        DossierDetails later = details(DossierStatus.PROCESSING, submitted(),
                status(RECEIVED.plusMinutes(20), DossierStatus.SUPPLEMENT_REQUESTED, "Hướng dẫn bổ sung", "xuanhuong.tiepnhan",
                        MISSING_BIRTH_CERTIFICATE),
                status(RECEIVED.plusDays(3), DossierStatus.NEW, "Đã nhận hồ sơ bổ sung", "xuanhuong.tiepnhan", null),
                status(RECEIVED.plusDays(3).plusMinutes(5), DossierStatus.ACCEPTED, "Đã tiếp nhận", "xuanhuong.tiepnhan", null));

        assertThat(text(renderer.render(Slip.FORM_02, later))).contains(MISSING_BIRTH_CERTIFICATE);
        assertThat(text(renderer.render(Slip.FORM_01, later))).contains("Thời gian tiếp nhận hồ sơ: 30/11/2026 09:20");
    }

    @Test
    void form03RefusalStatesTheReasons() {
        String reason = "Người yêu cầu không có quyền đăng ký khai sinh cho trẻ; " + MISSING_BIRTH_CERTIFICATE;
        String text = text(renderer.render(Slip.FORM_03, details(DossierStatus.NOT_ACCEPTED, submitted(),
                status(RECEIVED.plusMinutes(30), DossierStatus.NOT_ACCEPTED, "Từ chối tiếp nhận (mẫu 03)",
                        "xuanhuong.tiepnhan", reason))));

        assertThat(text).contains("Mẫu số 03", MOTTO, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: " + CODE,
                "Ông/Bà: " + APPLICANT, PROCEDURE, WARD_NAME + " thông báo không tiếp nhận, giải quyết hồ sơ này",
                reason, "Thời gian nhận hồ sơ: 27/11/2026 09:15", "Thời gian từ chối tiếp nhận: 27/11/2026 09:45",
                "Xuân Hương - Đà Lạt, ngày 27 tháng 11 năm 2026");
    }

    @Test
    void form04ApologyUsesTheLatestApologyWithTheDueDateBeforeItAsTheOldDateAndItsOwnAsTheNewOne() {
        LocalDateTime firstNewDue = LocalDateTime.of(2026, 12, 7, 17, 0);
        LocalDateTime secondNewDue = LocalDateTime.of(2026, 12, 10, 11, 30);
        TimelineEntry submittedWithDue = new TimelineEntry(RECEIVED, "SUBMITTED", DossierStatus.NEW, "Tiếp nhận hồ sơ",
                "xuanhuong.tiepnhan", WARD, null, null, DUE);
        DossierDetails late = details(dossier(Channel.COUNTER, DossierStatus.PROCESSING, LAND_OFFICE, secondNewDue),
                submittedWithDue, accepted(),
                apology(LocalDateTime.of(2026, 12, 2, 10, 0), WARD, "Lý do lần đầu", firstNewDue),
                apology(LocalDateTime.of(2026, 12, 7, 8, 0), LAND_OFFICE, "Phải xác minh nơi cư trú của người mẹ",
                        secondNewDue));

        String text = text(renderer.render(Slip.FORM_04, late));

        assertThat(text).contains("Mẫu số 04", NATIONAL_HEADING, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG",
                "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH LÂM ĐỒNG", "Lâm Đồng, ngày 07 tháng 12 năm 2026",
                "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mã hồ sơ: " + CODE, "Kính gửi: Ông/Bà " + APPLICANT,
                WARD_NAME + " đã tiếp nhận hồ sơ của ông/bà, nội dung yêu cầu giải quyết: " + PROCEDURE,
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 07/12/2026 17:00",
                LAND_OFFICE_NAME + " chưa trả kết quả", "Phải xác minh nơi cư trú của người mẹ",
                LAND_OFFICE_NAME + " xin lỗi ông/bà", "Thời gian hẹn trả kết quả mới: 10/12/2026 11:30",
                "THỦ TRƯỞNG CƠ QUAN").doesNotContain("Lý do lần đầu");
    }

    @Test
    void form04LeavesTheOldDateToFillInWhenNoStepRecordedIt() {
        LocalDateTime newDue = LocalDateTime.of(2026, 12, 7, 17, 0);
        DossierDetails late = details(dossier(Channel.COUNTER, DossierStatus.PROCESSING, WARD, newDue), submitted(),
                accepted(), apology(DUE.minusHours(3), WARD, "Chờ kết quả xác minh", newDue));

        String text = text(renderer.render(Slip.FORM_04, late));

        assertThat(text).contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: " + SlipPdf.BLANK,
                "Thời gian hẹn trả kết quả mới: 07/12/2026 17:00", "Chờ kết quả xác minh");
    }

    @Test
    void form05StopNoticeGivesTheOfficersReasons() {
        String reason = "Người nộp hồ sơ đề nghị rút hồ sơ ngày 01/12/2026";
        String text = text(renderer.render(Slip.FORM_05, details(DossierStatus.STOPPED, submitted(), accepted(),
                status(RECEIVED.plusDays(1), DossierStatus.WITHDRAWAL_REQUESTED, "Công dân yêu cầu rút hồ sơ",
                        "applicant", null),
                status(LocalDateTime.of(2026, 12, 1, 14, 5), DossierStatus.STOPPED, "Dừng xử lý hồ sơ",
                        "xuanhuong.lanhdao", reason))));

        assertThat(text).contains("Mẫu số 05", MOTTO, "PHIẾU DỪNG GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: " + CODE,
                "Kính gửi: Ông/Bà " + APPLICANT, PROCEDURE, WARD_NAME + " thông báo dừng giải quyết hồ sơ", reason,
                "Thời gian dừng giải quyết hồ sơ: 01/12/2026 14:05", "Thời gian nhận hồ sơ: 27/11/2026 09:15",
                "Xuân Hương - Đà Lạt, ngày 01 tháng 12 năm 2026");
    }

    @Test
    void form05WithoutANoteAfterALapsedSupplementSaysTheSupplementDeadlinePassed() {
        String text = text(renderer.render(Slip.FORM_05, details(DossierStatus.STOPPED, submitted(),
                status(RECEIVED.plusMinutes(20), DossierStatus.SUPPLEMENT_REQUESTED, "Hướng dẫn bổ sung",
                        "xuanhuong.tiepnhan", MISSING_BIRTH_CERTIFICATE),
                status(RECEIVED.plusDays(15), DossierStatus.STOPPED, "Dừng xử lý hồ sơ", "system", null))));

        assertThat(text).contains("Hết thời hạn bổ sung, hoàn thiện hồ sơ mà người nộp hồ sơ chưa bổ sung");
    }

    @Test
    void form05WithoutANoteAfterAWithdrawalGivesTheApplicantsOwnReason() {
        String text = text(renderer.render(Slip.FORM_05, details(DossierStatus.STOPPED, submitted(), accepted(),
                status(RECEIVED.plusDays(1), DossierStatus.WITHDRAWAL_REQUESTED, "Công dân yêu cầu rút hồ sơ",
                        "applicant", "Đã đăng ký khai sinh tại nơi khác"),
                status(RECEIVED.plusDays(2), DossierStatus.STOPPED, "Dừng xử lý hồ sơ", "xuanhuong.lanhdao", null))));

        assertThat(text).contains("Người nộp hồ sơ đề nghị rút hồ sơ: Đã đăng ký khai sinh tại nơi khác");
    }

    @Test
    void form06ListsEveryStepWithSenderReceiverTimeOfficerAndResult() {
        LocalDateTime handover = RECEIVED.plusHours(1);
        LocalDateTime consult = RECEIVED.plusDays(1);
        LocalDateTime finished = LocalDateTime.of(2026, 12, 3, 8, 30);
        DossierDetails details = details(dossier(Channel.COUNTER, DossierStatus.FINISHED, LAND_OFFICE, DUE), submitted(),
                accepted(),
                new TimelineEntry(handover, "HANDOVER", DossierStatus.PROCESSING, "Chuyển hồ sơ đến cơ quan giải quyết",
                        "xuanhuong.tiepnhan", WARD, LAND_OFFICE),
                new TimelineEntry(consult, "CONSULT", DossierStatus.PROCESSING, "Lấy ý kiến cơ quan thuế",
                        "vpdkdd.chuyenvien", LAND_OFFICE, TAX),
                new TimelineEntry(finished, "STATUS", DossierStatus.FINISHED, "Phê duyệt kết quả", "vpdkdd.lanhdao",
                        LAND_OFFICE, null));

        String text = text(renderer.render(Slip.FORM_06, details));

        assertThat(text).contains("Mẫu số 06", NATIONAL_HEADING, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Mã hồ sơ: " + CODE, "Người nộp hồ sơ: " + APPLICANT, PROCEDURE, "Cơ quan tiếp nhận hồ sơ: " + WARD_NAME,
                "Cơ quan giải quyết hồ sơ: " + LAND_OFFICE_NAME, "Cơ quan phối hợp giải quyết: " + TAX_NAME,
                "Bên giao", "Bên nhận / bước xử lý", "Người thực hiện", "Kết quả",
                "27/11/2026 09:15", "27/11/2026 09:25", "27/11/2026 10:15", "28/11/2026 09:15", "03/12/2026 08:30",
                "Chuyển hồ sơ đến cơ quan giải quyết", "(lấy ý kiến phối hợp)", "xuanhuong.tiepnhan",
                "vpdkdd.chuyenvien", "vpdkdd.lanhdao", "Đã tiếp nhận", "Giao, nhận hồ sơ", "Chuyển lấy ý kiến",
                "Đã xử lý xong", "Trước hạn", "Quá hạn");
        assertThat(text).containsSubsequence(WARD_NAME, LAND_OFFICE_NAME, LAND_OFFICE_NAME, TAX_NAME);
    }

    @Test
    void form06HasBothLegsOfEveryTransferTheConsultationsAnswerTheResultsWayBackAndThePostalHandover() {
        DossierDetails details = details(dossier(Channel.COUNTER, DossierStatus.RETURNED, LAND_OFFICE, DUE), submitted(),
                accepted(),
                new TimelineEntry(RECEIVED.plusHours(1), "HANDOVER", DossierStatus.PROCESSING, "Chuyển hồ sơ",
                        "xuanhuong.tiepnhan", WARD, LAND_OFFICE),
                new TimelineEntry(RECEIVED.plusHours(2), "CONSULT", DossierStatus.PROCESSING, "Lấy ý kiến cơ quan thuế",
                        "vpdkdd.chuyenvien", LAND_OFFICE, TAX),
                new TimelineEntry(RECEIVED.plusDays(2), "CONSULT_ANSWER", DossierStatus.PROCESSING, "Trả lời lấy ý kiến",
                        "thue.chuyenvien", LAND_OFFICE, TAX, "Không phát sinh nghĩa vụ tài chính", null),
                new TimelineEntry(RECEIVED.plusDays(3), "HANDOVER", DossierStatus.FINISHED, "Nhận kết quả từ cơ quan có thẩm quyền",
                        "system", LAND_OFFICE, WARD),
                new TimelineEntry(RECEIVED.plusDays(3).plusHours(2), "POSTED", DossierStatus.FINISHED,
                        "Gửi kết quả qua bưu chính công ích", "xuanhuong.tiepnhan", LAND_OFFICE, WARD,
                        "Số hiệu bưu gửi: EMS123456789VN / Postal tracking number: EMS123456789VN", null));

        for (SlipRenderer.Audience audience : SlipRenderer.Audience.values()) {
            String text = text(renderer.render(Slip.FORM_06, details, audience));
            assertThat(text).as(audience + ": out to the land office, back to the ward")
                    .containsSubsequence("27/11/2026 10:15 " + WARD_NAME + " " + LAND_OFFICE_NAME,
                            "30/11/2026 09:15 " + LAND_OFFICE_NAME + " " + WARD_NAME);
            assertThat(text).as(audience + ": the consultation sent and answered")
                    .containsSubsequence("27/11/2026 11:15 " + LAND_OFFICE_NAME + " " + TAX_NAME, "Chuyển lấy ý kiến",
                            "29/11/2026 09:15 " + TAX_NAME + " " + LAND_OFFICE_NAME, "Trả lời ý kiến phối hợp");
            assertThat(text).as(audience + ": the result handed to the post with its number")
                    .containsSubsequence("30/11/2026 11:15 " + WARD_NAME + " Bưu chính công ích",
                            "Số hiệu bưu gửi: EMS123456789VN", "Giao kết quả cho bưu chính");
            assertThat(text).as("what the consulted agency answered stays inside the agencies")
                    .doesNotContain("Không phát sinh nghĩa vụ tài chính");
        }
    }

    @Test
    void form06ForTheApplicantLeavesOfficersAndTheAgenciesInternalStepsOut() {
        DossierDetails details = details(dossier(Channel.COUNTER, DossierStatus.PROCESSING, LAND_OFFICE, DUE), submitted(),
                accepted(),
                new TimelineEntry(RECEIVED.plusHours(1), "HANDOVER", DossierStatus.PROCESSING, "Chuyển hồ sơ",
                        "xuanhuong.tiepnhan", WARD, LAND_OFFICE),
                new TimelineEntry(RECEIVED.plusHours(2), "CONSULT", DossierStatus.PROCESSING, "Lấy ý kiến cơ quan thuế",
                        "vpdkdd.chuyenvien", LAND_OFFICE, TAX),
                new TimelineEntry(RECEIVED.plusDays(1), "WARNING", DossierStatus.PROCESSING, "Quá hạn lấy ý kiến",
                        "system", LAND_OFFICE, TAX, "Cơ quan được lấy ý kiến chưa trả lời đúng hạn", null),
                new TimelineEntry(RECEIVED.plusDays(2), "CONSULT_ANSWER", DossierStatus.PROCESSING, "Trả lời lấy ý kiến",
                        "thue.chuyenvien", LAND_OFFICE, TAX, "Không phát sinh nghĩa vụ tài chính", null));

        String applicants = text(renderer.render(Slip.FORM_06, details, SlipRenderer.Audience.APPLICANT));
        String officers = text(renderer.render(Slip.FORM_06, details, SlipRenderer.Audience.OFFICER));

        assertThat(applicants).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", LAND_OFFICE_NAME,
                        "27/11/2026 10:15", "Chuyển lấy ý kiến")
                .doesNotContain("Người thực hiện", "xuanhuong.tiepnhan", "thue.chuyenvien", "Cảnh báo thời hạn",
                        "28/11/2026", "Không phát sinh nghĩa vụ tài chính");
        assertThat(applicants).as("the consultation's return leg is on the applicant's copy too, without the opinion")
                .contains("Trả lời ý kiến phối hợp", "29/11/2026 09:15");
        assertThat(officers).contains("Người thực hiện", "xuanhuong.tiepnhan", "thue.chuyenvien", "Cảnh báo thời hạn",
                "28/11/2026 09:15", "Trả lời ý kiến phối hợp", "29/11/2026 09:15");
        assertThat(officers).as("the answer goes from the tax office back to the land office")
                .containsSubsequence("29/11/2026 09:15 " + TAX_NAME + " " + LAND_OFFICE_NAME);
    }

    @ParameterizedTest(name = "form {0} is refused for a dossier only just submitted")
    @EnumSource(Slip.class)
    void noSlipExistsForADossierOnlyJustSubmitted(Slip slip) {
        DossierDetails justSubmitted = details(DossierStatus.NEW, submitted());

        assertThatThrownBy(() -> renderer.render(slip, justSubmitted))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> {
                    NotFoundException notFound = (NotFoundException) e;
                    assertThat(notFound.messageVi()).contains(CODE, "mẫu " + slip.urlName());
                    assertThat(notFound.messageEn()).contains(CODE, "form " + slip.urlName());
                });
    }

    @ParameterizedTest(name = "form {0} is refused for an accepted dossier")
    @CsvSource({"FORM_02", "FORM_03", "FORM_04", "FORM_05"})
    void slipsOfOtherOutcomesAreRefusedForAnAcceptedDossier(Slip slip) {
        DossierDetails acceptedDossier = details(DossierStatus.PROCESSING, submitted(), accepted());

        assertThatThrownBy(() -> renderer.render(slip, acceptedDossier))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("slip");
        assertThat(renderer.render(Slip.FORM_01, acceptedDossier)).isNotEmpty();
        assertThat(renderer.render(Slip.FORM_06, acceptedDossier)).isNotEmpty();
    }

    @Test
    void refusalOfANotApplicableSlipExplainsWhenItExistsInBothLanguages() {
        assertThatThrownBy(() -> renderer.render(Slip.FORM_03, details(DossierStatus.PROCESSING, submitted(), accepted())))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.messageVi()).isEqualTo("Hồ sơ " + CODE + " không có phiếu từ chối tiếp nhận giải quyết "
                            + "hồ sơ (mẫu 03): mẫu này chỉ có khi hồ sơ bị từ chối tiếp nhận");
                    assertThat(e.messageEn()).isEqualTo("Dossier " + CODE + " has no refusal to accept the dossier for "
                            + "processing (form 03): this form exists only if the dossier was not accepted");
                });
    }

    @Test
    void textTypedWithCombiningMarksPrintsAsPrecomposedVietnamese() {
        String decomposed = Normalizer.normalize(MISSING_BIRTH_CERTIFICATE, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(MISSING_BIRTH_CERTIFICATE);

        String text = text(renderer.render(Slip.FORM_03, details(DossierStatus.NOT_ACCEPTED, submitted(),
                status(RECEIVED.plusMinutes(30), DossierStatus.NOT_ACCEPTED, "Từ chối", "xuanhuong.tiepnhan", decomposed))));

        assertThat(text).contains(MISSING_BIRTH_CERTIFICATE);
    }

    @ParameterizedTest(name = "form {0} embeds its fonts")
    @EnumSource(Slip.class)
    void everySlipEmbedsDejaVuSansSoVietnameseRendersEverywhere(Slip slip) throws IOException {
        DossierDetails everything = details(DossierStatus.STOPPED, submitted(), accepted(),
                status(RECEIVED.plusMinutes(20), DossierStatus.SUPPLEMENT_REQUESTED, "Bổ sung", "xuanhuong.tiepnhan", "Ghi chú"),
                status(RECEIVED.plusMinutes(30), DossierStatus.NOT_ACCEPTED, "Từ chối", "xuanhuong.tiepnhan", "Lý do"),
                apology(RECEIVED.plusDays(2), WARD, "Xin lỗi", DUE.plusDays(3)),
                status(RECEIVED.plusDays(3), DossierStatus.STOPPED, "Dừng", "xuanhuong.lanhdao", "Dừng"));

        try (PDDocument document = Loader.loadPDF(renderer.render(slip, everything))) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(document.getDocumentInformation().getTitle()).startsWith(slip.titleVi()).endsWith(CODE);
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void aLongProcessControlSlipRunsOverSeveralPagesAndKeepsEveryStep() {
        List<TimelineEntry> timeline = new ArrayList<>(List.of(submitted(), accepted()));
        for (int i = 0; i < 60; i++) {
            timeline.add(new TimelineEntry(RECEIVED.plusHours(i + 1L), "HANDOVER", DossierStatus.PROCESSING,
                    "Bước " + (i + 1), "xuanhuong.chuyenvien", i % 2 == 0 ? WARD : LAND_OFFICE, i % 2 == 0 ? LAND_OFFICE : WARD));
        }
        byte[] pdf = renderer.render(Slip.FORM_06, details(DossierStatus.PROCESSING, timeline.toArray(TimelineEntry[]::new)));

        String text = text(pdf);
        assertThat(text).contains("Bước 1 ", "Bước 60 ");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void concurrentRenderingsShareTheFontsWithoutMixingUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String reason = "Lý do số " + i + ": " + MISSING_BIRTH_CERTIFICATE;
                DossierDetails refused = details(DossierStatus.NOT_ACCEPTED, submitted(),
                        status(RECEIVED.plusMinutes(30), DossierStatus.NOT_ACCEPTED, "Từ chối", "xuanhuong.tiepnhan", reason));
                texts.add(pool.submit(() -> text(renderer.render(Slip.FORM_03, refused))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("Lý do số " + i + ": " + MISSING_BIRTH_CERTIFICATE, APPLICANT);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}-{1}-{2} at {3} -> \"{4}\"")
    @CsvSource(delimiter = '|', value = {
            // day below 10 and months 1-2 take a leading zero (Decree 30/2020/NĐ-CP)
            "2026 | 2  | 5  | " + WARD + "      | Xuân Hương - Đà Lạt, ngày 05 tháng 02 năm 2026",
            "2026 | 11 | 27 | " + WARD + "      | Xuân Hương - Đà Lạt, ngày 27 tháng 11 năm 2026",
            "2027 | 1  | 10 | " + WARD + "      | Xuân Hương - Đà Lạt, ngày 10 tháng 01 năm 2027",
            "2026 | 3  | 9  | " + WARD + "      | Xuân Hương - Đà Lạt, ngày 09 tháng 3 năm 2026",
            // provincial units write the province
            "2026 | 12 | 7  | " + LAND_OFFICE + " | Lâm Đồng, ngày 07 tháng 12 năm 2026",
            "2026 | 12 | 7  | " + TAX + "       | Lâm Đồng, ngày 07 tháng 12 năm 2026"})
    void placeAndDateLineFollowsTheAdministrativeStyle(int year, int month, int day, String unitCode, String expected) {
        Unit unit = SlipFixtures.UNITS.stream().filter(u -> u.code().equals(unitCode)).findFirst().orElseThrow();
        assertThat(SlipParts.placeAndDate(unit, LocalDateTime.of(year, month, day, 10, 0))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" ({1}) is dated at \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "Ủy ban nhân dân Xã Lạc Dương                 | COMMUNE  | Lạc Dương",
            "Ủy ban nhân dân Phường 12                    | COMMUNE  | Phường 12",
            "Ủy ban nhân dân Đặc khu Phú Quý              | COMMUNE  | Phú Quý",
            "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng | PROVINCE | Lâm Đồng"})
    void placeIsTheCommuneForCommuneUnitsAndTheProvinceOtherwise(String name, String level, String expected) {
        Unit unit = new Unit("X", name, "", level, "X", null, null, "1 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng",
                "", true);
        assertThat(SlipParts.place(unit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} against due {1} is {2}")
    @CsvSource({
            "2026-12-01T10:00, 2026-12-02T17:00, Trước hạn",
            "2026-12-02T08:00, 2026-12-02T17:00, Đúng hạn",
            "2026-12-02T17:00, 2026-12-02T17:00, Đúng hạn",
            "2026-12-02T17:01, 2026-12-02T17:00, Quá hạn",
            "2026-12-05T09:00, 2026-12-02T17:00, Quá hạn"})
    void timelinessOfAStepComparesWithTheDueDateInForce(LocalDateTime at, LocalDateTime due, String expected) {
        assertThat(ProcessControlForm.timeliness(at, due)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} VND -> {1}")
    @CsvSource(delimiter = '|', value = {"0 | Không thu", "8000 | 8.000 đồng", "1500000 | 1.500.000 đồng", "500 | 500 đồng"})
    void feesArePrintedInVietnameseStyle(long vnd, String expected) {
        assertThat(SlipParts.money(vnd)).isEqualTo(expected);
    }
}
