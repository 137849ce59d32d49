package vn.motcua.importer.internal;

import vn.motcua.importer.internal.CatalogRow;
import vn.motcua.importer.internal.ImplementingLevel;
import vn.motcua.importer.internal.Issue;
import vn.motcua.importer.internal.ProcedureFacts;
import vn.motcua.importer.internal.ProcedureInterpreter;
import vn.motcua.importer.internal.ProvincialDepartment;

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
        assertThat(facts.department().unitCode()).isEqualTo("H36.11");
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
    void aProvinceProcedureOfABodyWithoutDepartmentGoesToTheServiceCentreAsAnAssumption() {
        ProcedureFacts facts = interpret(ImplementingLevel.PROVINCE, "Tòa án nhân dân",
                new ChannelEntry("Trực tiếp", "15 Ngày", "Miễn phí"));

        assertThat(facts.department()).isEqualTo(ProvincialDepartment.SERVICE_CENTRE);
        assertThat(kinds(facts)).containsExactly(Issue.Kind.DEFAULT_DEPARTMENT);
        assertThat(facts.clean()).isTrue();
    }

    private static ProcedureFacts interpret(ImplementingLevel level, String ministry, ChannelEntry... channels) {
        CatalogRow row = new CatalogRow(1, "9.999999", "Thủ tục mẫu", ministry, "Lĩnh vực mẫu", "Cấp tỉnh", "Cơ quan mẫu", "",
                "1/QĐ", List.of(channels), "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chính");
        return ProcedureInterpreter.interpret(row, level, null);
    }

    private static List<Issue.Kind> kinds(ProcedureFacts facts) {
        return facts.issues().stream().map(Issue::kind).toList();
    }
}
