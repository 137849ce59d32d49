package vn.motcua.importer.internal;

import vn.motcua.importer.internal.FeeParser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Fees as the catalog export writes them: the fee cell run together with its description (real strings). */
class FeeParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1} VND")
    @CsvSource(delimiter = '|', textBlock = """
            Miễn phí | 0
            Miễn phí(Miễn lệ phí. Nộp hồ sơ trực tuyến) | 0
            Miễn phí- Trường hợp không phải xác minh: trong thời hạn 02 ngày làm việc. | 0
            50,000 VNĐ(Theo khoản 1 Điều 3 Thông tư số 172/2010/TT-BTC) | 50000
            120,000 VNĐ(Theo khoản 1 Điều 3 Thông tư số 172/2010/TT-BTC ngày 02/11/2010 của Bộ Tài chính) | 120000
            2,000,000 Việt Nam Đồng(Lệ phí cấp giấy phép) | 2000000
            1,025,000 Việt Nam Đồng | 1025000
            1500 VNĐ(đối với phương tiện quá cảnh đường thuỷ) | 1500
            1100 VNĐ | 1100
            """)
    void amountsInDongAndFreeFeesAreParsed(String text, long amount) {
        FeeParser.Result result = FeeParser.parse(text);

        assertThat(result.parsed()).isTrue();
        assertThat(result.amount()).isEqualTo(amount);
    }

    @ParameterizedTest(name = "\"{0}\" is not parsed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Không có thông tin | no information
            Không có thông tinThẩm định hồ sơ và trả kết quả: 01 ngày làm việc | no information
            10 USD(10 USD/người) | foreign currency
            120 VNĐ(20.000 vnđ /tờ khai) | implausible
            150 VNĐ(150.000 đồng/lần/thẻ.) | implausible
            1 Việt Nam Đồng(Tổ chức hành nghề luật sư thực hiện đăng ký hoạt động qua mạng điện tử được miễn lệ phí) | implausible
            1100,000 VNĐ | malformed
            : nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an | free text
            Không quá 07 ngày làm việc. | free text
            5 | free text
            """)
    void unreadableFeesAreNotGuessedAndSayWhy(String text, String reason) {
        FeeParser.Result result = FeeParser.parse(text);

        assertThat(result.parsed()).isFalse();
        assertThat(result.amount()).isNull();
        assertThat(result.note()).contains(reason);
    }

    @org.junit.jupiter.api.Test
    void anEmptyFeeIsNotParsed() {
        assertThat(FeeParser.parse("").parsed()).isFalse();
        assertThat(FeeParser.parse(null).note()).contains("no fee written");
    }
}
