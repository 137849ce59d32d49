package vn.motcua.importer.internal;

import vn.motcua.importer.internal.CatalogRow;
import vn.motcua.importer.internal.ImplementingLevel;
import vn.motcua.importer.internal.Issue;
import vn.motcua.importer.internal.ProcedureFacts;
import vn.motcua.importer.internal.ProcedureInterpreter;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
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
        assertThat(facts.fees()).containsExactly(Map.entry(Channel.COUNTER, 0L), Map.entry(Channel.POSTAL, 50_000L));
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
    void aChannelListedWithoutALimitIsNotOfferedWhenAnotherChannelHasOne() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Công an",
                new ChannelEntry("Trực tiếp", "1", "Miễn phí"),
                new ChannelEntry("Trực tuyến", "", "Miễn phí"));

        assertThat(facts.limits()).containsOnlyKeys(Channel.COUNTER);
        assertThat(facts.fees()).containsOnlyKeys(Channel.COUNTER);
        assertThat(kinds(facts)).containsExactlyInAnyOrder(Issue.Kind.LIMIT_EMPTY, Issue.Kind.BARE_NUMBER);
    }

    @Test
    void withoutAnyParseableLimitTheChannelsAndFeesStayAndTheRowIsReported() {
        ProcedureFacts facts = interpret(ImplementingLevel.COMMUNE, "Bộ Tài chính",
                new ChannelEntry("Trực tiếp", "", "Miễn phí"),
                new ChannelEntry("Trực tuyến", "2 Giờ", "Miễn phí"));

        assertThat(facts.limits()).isEmpty();
        assertThat(facts.fees()).containsOnlyKeys(Channel.COUNTER, Channel.ONLINE);
        assertThat(kinds(facts)).containsExactly(Issue.Kind.NO_LIMIT_AT_ALL);
        assertThat(facts.issues().get(0).problem()).contains("hours");
    }

    @Test
    void aLimitAtTheStartOfTheFeeCellIsTakenAndTheForeignFeeBecomesZero() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Công an",
                new ChannelEntry("Trực tiếp", "", "5 Ngày làm việc10 USD(10 USD/người)"));

        assertThat(facts.limits()).containsExactly(Map.entry(Channel.COUNTER, TimeLimit.workingDays(5)));
        assertThat(facts.fees()).containsExactly(Map.entry(Channel.COUNTER, 0L));
        assertThat(kinds(facts)).containsExactlyInAnyOrder(Issue.Kind.LIMIT_FROM_FEE_COLUMN, Issue.Kind.FEE_UNPARSED);
    }

    @Test
    void differentFeesForOneChannelBecomeZeroAndAreReported() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Bộ Công an",
                new ChannelEntry("Trực tiếp", "3 Ngày làm việc", "50,000 Việt Nam Đồng(giấy thông hành loại A)"),
                new ChannelEntry("Trực tiếp", "3 Ngày làm việc", "25,000 Việt Nam Đồng(giấy thông hành loại B)"));

        assertThat(facts.fees()).containsExactly(Map.entry(Channel.COUNTER, 0L));
        assertThat(kinds(facts)).containsExactly(Issue.Kind.FEE_CONFLICTING);
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
