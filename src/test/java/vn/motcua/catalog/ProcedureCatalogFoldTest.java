package vn.motcua.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProcedureCatalogFoldTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource({
            "Đăng ký khai sinh, dang ky khai sinh",
            "ĐĂNG KÝ   KHAI SINH, dang ky khai sinh",
            "Cấp đổi Giấy chứng nhận quyền sử dụng đất, cap doi giay chung nhan quyen su dung dat",
            "Hộ kinh doanh, ho kinh doanh",
            "Thuỷ / Thủy, thuy / thuy"})
    void foldRemovesCaseDiacriticsAndExtraSpaces(String text, String folded) {
        assertThat(ProcedureCatalog.fold(text)).isEqualTo(folded);
    }
}
