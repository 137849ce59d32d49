package vn.motcua.importer.internal;

import vn.motcua.importer.internal.CatalogRow;
import vn.motcua.importer.internal.ImplementingLevel;
import vn.motcua.importer.internal.Issue;
import vn.motcua.importer.internal.ProcedureFacts;
import vn.motcua.importer.internal.ProcedureInterpreter;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;

import java.time.LocalDate;
import vn.motcua.importer.internal.CatalogRow.ChannelEntry;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a row's channels, limits and fees become the model's facts, and what gets reported. */
class ProcedureInterpreterTest {

    @Test
    void aCleanRowGivesEachListedChannelItsLimitAndFeeAndNoIssue() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Tư pháp",
                new ChannelEntry("Trực tiếp", "5 Ngày làm việc", "Miễn phí"),
                new ChannelEntry("Dịch vụ bưu chính", "5 Ngày làm việc", "50,000 VNĐ(lệ phí)"));

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.workingDays(5)),
                Map.entry(Channel.POSTAL, TimeLimit.workingDays(5)));
        assertThat(facts.fees()).containsExactly(Map.entry(Channel.COUNTER, Fee.stated(0)), Map.entry(Channel.POSTAL, Fee.stated(50_000)));
        assertThat(facts.issues()).isEmpty();
        assertThat(facts.authority().byLevel().get(ImplementingLevel.PROVINCE).kind()).isEqualTo("DEPARTMENT_JUSTICE");
    }

    @Test
    void severalCasesOfOneChannelTakeTheLargestLimitAndAreReported() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Nông nghiệp và Môi trường",
                new ChannelEntry("Trực tiếp", "2 Ngày làm việc", "Miễn phíTrường hợp không phải xác minh"),
                new ChannelEntry("Trực tiếp", "4 Ngày làm việc", "Miễn phí- Trường hợp cần xác minh nguồn gốc lâm sản"));

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.workingDays(4)));
        assertThat(kinds(facts)).containsExactly(Issue.Kind.LIMIT_CONFLICTING);
    }

    @Test
    void aChannelListedWithoutALimitIsOfferedWithAnotherChannelsLimitAndReported() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Công an",
                new ChannelEntry("Trực tiếp", "1", "Miễn phí"),
                new ChannelEntry("Trực tuyến", "", "Miễn phí"));

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.calendarDays(1)),
                Map.entry(Channel.ONLINE, TimeLimit.calendarDays(1)));
        assertThat(facts.unpublished()).isEmpty();
        assertThat(facts.fees()).containsOnlyKeys(Channel.COUNTER, Channel.ONLINE);
        assertThat(kinds(facts)).containsExactlyInAnyOrder(Issue.Kind.LIMIT_EMPTY, Issue.Kind.BARE_NUMBER);
    }

    @Test
    void withoutAnyParseableLimitEveryChannelIsOfferedAsUnpublishedAndTheRowIsReported() {
        ProcedureFacts facts = interpret(ImplementingLevel.COMMUNE, "Bộ Tài chính",
                new ChannelEntry("Trực tiếp", "", "Miễn phí"),
                new ChannelEntry("Trực tuyến", "2 Giờ", "Miễn phí"));

        assertThat(facts.limits()).isEmpty();
        assertThat(facts.unpublished()).containsExactlyInAnyOrder(Channel.COUNTER, Channel.ONLINE);
        assertThat(BpmnGenerator.terms(facts)).containsEntry("motcua.limit.COUNTER", "UNPUBLISHED")
                .containsEntry("motcua.limit.ONLINE", "UNPUBLISHED");
        assertThat(facts.issues().get(0).action()).contains("default").doesNotContain("cannot");
        assertThat(facts.fees()).containsOnlyKeys(Channel.COUNTER, Channel.ONLINE);
        assertThat(kinds(facts)).containsExactly(Issue.Kind.NO_LIMIT_AT_ALL);
        assertThat(facts.issues().get(0).problem()).contains("hours");
    }

    @Test
    void aLimitAtTheStartOfTheFeeCellIsTakenAndTheForeignFeeBecomesUnknown() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Công an",
                new ChannelEntry("Trực tiếp", "", "5 Ngày làm việc10 USD(10 USD/người)"));

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.workingDays(5)));
        assertThat(facts.fees()).containsExactly(Map.entry(Channel.COUNTER, Fee.unknown()));
        assertThat(kinds(facts)).containsExactlyInAnyOrder(Issue.Kind.LIMIT_FROM_FEE_COLUMN, Issue.Kind.FEE_UNPARSED);
    }

    @Test
    void differentFeesForOneChannelBecomeUnknownNotFreeAndAreReported() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Công an",
                new ChannelEntry("Trực tiếp", "3 Ngày làm việc", "50,000 Việt Nam Đồng(giấy thông hành loại A)"),
                new ChannelEntry("Trực tiếp", "3 Ngày làm việc", "25,000 Việt Nam Đồng(giấy thông hành loại B)"));

        assertThat(facts.fees()).containsExactly(Map.entry(Channel.COUNTER, Fee.unknown()));
        assertThat(kinds(facts)).containsExactly(Issue.Kind.FEE_CONFLICTING);
    }

    @Test
    void noInformationAndATruncatedAmountAreUnknownNeverFree() {
        ProcedureFacts facts = interpret(ImplementingLevel.COMMUNE, "Bộ Tài chính",
                new ChannelEntry("Trực tiếp", "5 Ngày làm việc", "120 VNĐ(20.000 vnđ /tờ khai)"),
                new ChannelEntry("Trực tuyến", "5 Ngày làm việc", "Không có thông tin"));

        assertThat(facts.fees()).containsExactly(Map.entry(Channel.COUNTER, Fee.unknown()), Map.entry(Channel.ONLINE, Fee.unknown()));
        assertThat(BpmnGenerator.terms(facts)).containsEntry("motcua.fee.COUNTER", "UNKNOWN").containsEntry("motcua.fee.ONLINE", "UNKNOWN");
    }

    @Test
    void aFeeThePeoplesCouncilSetsComesFromTheProvincialTableNotFree() {
        ProcedureFacts facts = interpret(ImplementingLevel.COMMUNE, "Bộ Tư pháp",
                new ChannelEntry("Trực tiếp", "3 Ngày làm việc", "Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí cho người thuộc hộ nghèo.)"));

        assertThat(facts.fees().get(Channel.COUNTER).basis()).isEqualTo(Fee.Basis.PROVINCIAL_TABLE);
        assertThat(BpmnGenerator.terms(facts)).containsEntry("motcua.fee.COUNTER", "PROVINCIAL");
        assertThat(kinds(facts)).containsExactly(Issue.Kind.FEE_PROVINCIAL);
    }

    @Test
    void anOnlineDiscountWithItsDatesIsKeptOnTheOnlineChannelOnly() {
        String fee = "70,000 Việt Nam Đồng(- Cấp lại thẻ căn cước: 70.000 đồng/thẻ căn cước. Kể từ ngày 01/01/2025 đến hết ngày "
                + "31/12/2025, mức thu lệ phí khi công dân nộp hồ sơ cấp đổi, cấp lại thẻ căn cước theo hình thức trực tuyển bằng 50% "
                + "mức thu lệ phí quy định. - Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu lệ phí cấp đổi, cấp lại thẻ căn cước "
                + "bằng 50% mức thu nêu trên theo quy định tại Thông tư 64/2025/TT-BTC.)";
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Công an",
                new ChannelEntry("Trực tuyến", "7 Ngày làm việc", fee),
                new ChannelEntry("Trực tiếp", "7 Ngày làm việc", fee));

        assertThat(facts.fees().get(Channel.ONLINE).discounts()).containsExactly(
                new Fee.Discount(50, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                new Fee.Discount(50, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31)));
        assertThat(facts.fees().get(Channel.COUNTER).discounts()).containsExactly(
                new Fee.Discount(50, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31)));
        assertThat(facts.fees().get(Channel.ONLINE).dueOn(LocalDate.of(2026, 12, 3))).contains(35_000L);
        assertThat(facts.fees().get(Channel.ONLINE).dueOn(LocalDate.of(2027, 1, 1))).contains(70_000L);
        assertThat(BpmnGenerator.terms(facts)).containsEntry("motcua.feeDiscount.ONLINE", "50%:2025-01-01/2025-12-31;50%:2025-07-01/2026-12-31");
    }

    @Test
    void aProcedureWhoseSourceNamesNoAgencyTakesTheBodyItsReviewedStepsNameAndSaysSo() {
        CatalogRow row = new CatalogRow(1, "1.012837", "Phê duyệt hỗ trợ kinh phí đào tạo", "Bộ Nông nghiệp và Môi trường", "Chăn nuôi",
                "Cấp xã", "", "", "2303/QĐ-BNNMT", List.of(new ChannelEntry("Trực tiếp", "20 Ngày làm việc", "Miễn phí")),
                "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chính",
                "Trong thời hạn 02 ngày làm việc, Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ;");
        ProcedureFacts facts = ProcedureInterpreter.interpret(row, ImplementingLevel.COMMUNE, null);

        assertThat(facts.authority().byLevel().get(ImplementingLevel.COMMUNE).kind()).isEqualTo("COMMUNE_CHAIRMAN");
        assertThat(facts.authority().classified()).isTrue();
        assertThat(facts.authority().fromReviewedSteps()).isTrue();
        assertThat(facts.authority().text()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ");
        assertThat(facts.agency()).isEqualTo("Chủ tịch Ủy ban nhân dân xã, phường, đặc khu");
        assertThat(kinds(facts)).contains(Issue.Kind.AGENCY_FROM_STEPS)
                .doesNotContain(Issue.Kind.UNCLASSIFIED_AGENCY, Issue.Kind.NO_AGENCY);
    }

    @Test
    void aProcedureThatNamesNoAgencyAndHasNoReviewIsStillReportedAndGoesToTheLevelsPeoplesCommittee() {
        CatalogRow row = new CatalogRow(1, "9.999997", "Thủ tục mẫu", "Bộ Nông nghiệp và Môi trường", "Chăn nuôi",
                "Cấp xã", "", "", "1/QĐ", List.of(new ChannelEntry("Trực tiếp", "20 Ngày làm việc", "Miễn phí")),
                "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chính");
        ProcedureFacts facts = ProcedureInterpreter.interpret(row, ImplementingLevel.COMMUNE, null);

        assertThat(facts.authority().byLevel().get(ImplementingLevel.COMMUNE).kind()).isEqualTo("COMMUNE_PEOPLES_COMMITTEE");
        assertThat(facts.authority().fromReviewedSteps()).isFalse();
        assertThat(facts.agency()).isEmpty();
        assertThat(kinds(facts)).contains(Issue.Kind.UNCLASSIFIED_AGENCY, Issue.Kind.NO_AGENCY);
    }

    @Test
    void anAgencyTextTheClassificationDoesNotHoldGoesToTheLevelsPeoplesCommitteeAndIsReported() {
        CatalogRow row = new CatalogRow(1, "9.999999", "Thủ tục mẫu", "Tòa án nhân dân", "Lĩnh vực mẫu", "Cấp tỉnh, Cấp xã",
                "Cơ quan chưa từng có trong danh mục", "", "1/QĐ", List.of(new ChannelEntry("Trực tiếp", "15 Ngày", "Miễn phí")),
                "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chính");
        ProcedureFacts facts = ProcedureInterpreter.interpret(row, ImplementingLevel.COMMUNE, null);

        assertThat(facts.authority().byLevel().get(ImplementingLevel.PROVINCE).kind()).isEqualTo("PROVINCIAL_PEOPLES_COMMITTEE");
        assertThat(facts.authority().byLevel().get(ImplementingLevel.COMMUNE).kind()).isEqualTo("COMMUNE_PEOPLES_COMMITTEE");
        assertThat(facts.authority().classified()).isFalse();
        assertThat(kinds(facts)).containsExactly(Issue.Kind.UNCLASSIFIED_AGENCY);
        assertThat(facts.clean()).isFalse();
    }

    @Test
    void theCompetentBodyIsReadFromTheSourceAgencyTextAtEachLevelNotFromTheMinistry() {
        CatalogRow row = new CatalogRow(1, "9.999998", "Thủ tục mẫu", "Bộ Tài chính", "Quản lý thuế", "Cấp tỉnh, Cấp xã",
                "Thuế tỉnh, thành phố, Thuế cơ sở", "", "1/QĐ", List.of(new ChannelEntry("Trực tiếp", "3 Ngày làm việc", "Miễn phí")),
                "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chính");
        ProcedureFacts facts = ProcedureInterpreter.interpret(row, ImplementingLevel.COMMUNE, null);

        assertThat(facts.authority().byLevel().get(ImplementingLevel.PROVINCE).kind()).isEqualTo("PROVINCIAL_TAX_OFFICE");
        assertThat(facts.authority().byLevel().get(ImplementingLevel.COMMUNE).kind()).isEqualTo("LOCAL_TAX_OFFICE");
        assertThat(facts.authority().byLevel().get(ImplementingLevel.COMMUNE).territory().name()).isEqualTo("APPLICANT");
        assertThat(facts.issues()).isEmpty();
    }

    @Test
    void aLimitStatedInTheDescriptionWinsOverABareNumberAndStagesInDifferentUnitsFollowEachOther() {
        // 1.014133: "1" in the table, "Thời gian giải quyết 06 ngày làm việc và 30 ngày" in the description
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Nông nghiệp và Môi trường",
                new ChannelEntry("Trực tuyến", "1", "Miễn phíThời gian giải quyết 06 ngày làm việc và 30 ngày. Hồ sơ gửi trực tuyến"));

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.ONLINE, TimeLimit.parse("6WD+30CD")));
        assertThat(kinds(facts)).containsExactly(Issue.Kind.LIMIT_FROM_TEXT);
    }

    @Test
    void stagesOfOneChannelAreSummedEachTheLongestOfItsCases() {
        // 1.000672: checking 2 days, then publication 2 days (two cases of the same stage)
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Xây dựng",
                new ChannelEntry("Trực tiếp", "3 Ngày làm việc", "Không có thông tinThời hạn kiểm tra: trong thời hạn 03 ngày làm việc"),
                new ChannelEntry("Trực tiếp", "1 Ngày làm việc", "Không có thông tinThời hạn công bố: Trường hợp quyết định công bố"),
                new ChannelEntry("Trực tiếp", "1 Ngày làm việc", "Không có thông tinThời hạn công bố: Trường hợp thông báo"));

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.workingDays(4)));
        assertThat(kinds(facts)).contains(Issue.Kind.LIMIT_STAGES_SUMMED).doesNotContain(Issue.Kind.LIMIT_CONFLICTING);
    }

    @Test
    void aBareOneOfACivilStatusProcedureIsSameDayWithThe1500Rule() {
        CatalogRow row = new CatalogRow(1, "9.999997", "Đăng ký kết hôn mẫu", "Bộ Tư pháp", "Hộ tịch", "Cấp xã",
                "Ủy ban nhân dân cấp xã", "", "1/QĐ", List.of(new ChannelEntry("Trực tiếp", "1", "Miễn phí(Miễn lệ phí)")),
                "--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai1 bản chính");
        ProcedureFacts facts = ProcedureInterpreter.interpret(row, ImplementingLevel.COMMUNE, null);

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.SAME_DAY));
        assertThat(kinds(facts)).containsExactly(Issue.Kind.LIMIT_FROM_TEXT);
    }

    @Test
    void aLimitOnlyTheStepsStateIsTakenFromThem() {
        CatalogRow row = new CatalogRow(1, "9.999996", "Thủ tục mẫu", "Bộ Tư pháp", "Lĩnh vực mẫu", "Cấp tỉnh",
                "Sở Tư pháp", "", "1/QĐ", List.of(new ChannelEntry("Trực tiếp", "", "Miễn phí")),
                "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn1 bản chính",
                "Bước 2: Sở Tư pháp giải quyết trong thời hạn không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.");
        ProcedureFacts facts = ProcedureInterpreter.interpret(row, ImplementingLevel.PROVINCE, null);

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.workingDays(5)));
        assertThat(kinds(facts)).containsExactly(Issue.Kind.LIMIT_FROM_TEXT);
    }

    private static ProcedureFacts interpret(ImplementingLevel level, String ministry, ChannelEntry... channels) {
        CatalogRow row = new CatalogRow(1, "9.999999", "Thủ tục mẫu", ministry, "Lĩnh vực mẫu", "Cấp tỉnh", "Sở Tư pháp", "",
                "1/QĐ", List.of(channels), "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chính");
        return ProcedureInterpreter.interpret(row, level, null);
    }

    private static List<Issue.Kind> kinds(ProcedureFacts facts) {
        return facts.issues().stream().map(Issue::kind).toList();
    }
}
