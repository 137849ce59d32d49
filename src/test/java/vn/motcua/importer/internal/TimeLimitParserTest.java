package vn.motcua.importer.internal;

import vn.motcua.importer.internal.TimeLimitParser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Time limits as the catalog export writes them (strings taken from procedure_details_tinh_xa.json). */
class TimeLimitParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5 Ngày làm việc   | 5WD
            1 Ngày làm việc   | 1WD
            250 Ngày làm việc | 250WD
            30 Ngày           | 30CD
            1 Ngày            | 1CD
            275 Ngày          | 275CD
            Trong ngày        | 0WD
            ngay trong ngày   | 0WD
            Trong ngày làm việc | 0WD
            """)
    void writtenLimitsAreParsedAsWritten(String text, String code) {
        TimeLimitParser.Result result = TimeLimitParser.parse(text);

        assertThat(result.kind()).isEqualTo(TimeLimitParser.Kind.PARSED);
        assertThat(result.limit().code()).isEqualTo(code);
        assertThat(result.note()).isNull();
    }

    @ParameterizedTest(name = "bare \"{0}\" is {1}, as an assumption")
    @CsvSource(delimiter = '|', textBlock = """
            1   | 1CD
            5   | 5CD
            105 | 105CD
            0   | 0WD
            """)
    void bareNumbersAreReadAsCalendarDaysUnderAStatedAssumption(String text, String code) {
        TimeLimitParser.Result result = TimeLimitParser.parse(text);

        assertThat(result.kind()).isEqualTo(TimeLimitParser.Kind.ASSUMED);
        assertThat(result.limit().code()).isEqualTo(code);
        assertThat(result.note()).isNotBlank();
    }

    @ParameterizedTest(name = "\"{0}\" is not parsed")
    @CsvSource(delimiter = '|', textBlock = """
            1 Giờ   | giờ
            28 Giờ  | giờ
            12 Tháng | tháng
            Hệ thống giải quyết thủ tục hành chính ngành Thuế thực hiện phản hồi tự động thông qua phương thức điện tử. | free text
            (hệ thống liên thông quản lý văn bản) - | free text
            tại trụ sở Công an cấp xã trong cả nước không phụ thuộc nơi cư trú. - Thời hạn giải quyết: | free text
            99999 Ngày | too many
            """)
    void hoursMonthsAndFreeTextAreNotParsedAndSayWhy(String text, String reason) {
        TimeLimitParser.Result result = TimeLimitParser.parse(text);

        assertThat(result.kind()).isEqualTo(TimeLimitParser.Kind.UNPARSED);
        assertThat(result.limit()).isNull();
        assertThat(result.note()).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void anEmptyCellIsEmptyNotUnparsed(String text) {
        assertThat(TimeLimitParser.parse(text).kind()).isEqualTo(TimeLimitParser.Kind.EMPTY);
        assertThat(TimeLimitParser.parse(null).kind()).isEqualTo(TimeLimitParser.Kind.EMPTY);
    }
}
