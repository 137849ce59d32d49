package vn.motcua.importer.internal;

import vn.motcua.importer.internal.DocumentListParser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Document names from thanh_phan_ho_so, whose table cells the export runs together (shapes of real rows). */
class DocumentListParserTest {

    @Test
    void theQuantityGluedToANameEndsThatDocumentAndTemplateFilesAreCutOff() {
        String text = "--Tên giấy tờMẫu đơn, tờ khaiSố lượngBản thuyết minh doanh nghiệp đáp ứng đủ các tiêu chí theo Mẫu số 02 "
                + "Quyết định 19/2018/QĐ-TTgMẫu 2-CNDN.docx1 bản chínhbản sao Giấy chứng nhận phù hợp tiêu chuẩn0 bản chính,1 bản sao"
                + "Báo cáo kết quả thực hiện đề án đóng cửa mỏ khoáng sảnMau 19-Phu luc_39.2025.TT-BNNMT_02.7.2025.docx1 bản chính";

        assertThat(DocumentListParser.parse(text).names()).containsExactly(
                "Bản thuyết minh doanh nghiệp đáp ứng đủ các tiêu chí theo Mẫu số 02 Quyết định 19/2018/QĐ-TTg",
                "Bản sao Giấy chứng nhận phù hợp tiêu chuẩn",
                "Báo cáo kết quả thực hiện đề án đóng cửa mỏ khoáng sản");
    }

    @Test
    void aQuantityInsideASentenceDoesNotSplitItAndBulletsAreStripped() {
        String text = "--Tên giấy tờMẫu đơn, tờ khaiSố lượng+ Vận tải đơn: 01 bản sao chụp từ bản gốc;0 bản chính"
                + "+ Văn bản đề nghị (01 bản chính)0 bản chính";

        assertThat(DocumentListParser.parse(text).names()).containsExactly(
                "Vận tải đơn: 01 bản sao chụp từ bản gốc", "Văn bản đề nghị (01 bản chính)");
    }

    @Test
    void severalTablesOfCasesAreAllReadAndRepeatedNamesKeptOnce() {
        String text = "Trường hợp 1:Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chínhBản đồ khu vực1 bản chính"
                + "Trường hợp 2:Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chínhHồ sơ hoàn công1 bản chính,1 bản sao";

        assertThat(DocumentListParser.parse(text).names()).containsExactly("Đơn đề nghị", "Bản đồ khu vực", "Hồ sơ hoàn công");
    }

    @Test
    void atMostTenNamesOfAtMost200CharactersWithoutTheSeparator() {
        StringBuilder text = new StringBuilder("--Tên giấy tờMẫu đơn, tờ khaiSố lượng");
        for (int i = 1; i <= 12; i++) {
            text.append("Giấy tờ số ").append(i).append(i == 1 ? " | " + "rất dài ".repeat(40) : "").append("x1 bản chính");
        }

        DocumentListParser.Documents documents = DocumentListParser.parse(text.toString());

        assertThat(documents.names()).hasSize(10);
        assertThat(documents.found()).isEqualTo(12);
        assertThat(documents.truncated()).isTrue();
        assertThat(documents.names()).allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(200).doesNotContain("|"));
        assertThat(documents.names().get(0)).endsWith("…");
    }

    @Test
    void aTableWithoutQuantitiesFallsBackToListItemsAndNoTextToNoNames() {
        String text = "--Tên giấy tờMẫu đơn, tờ khaiSố lượngBan trù bị phải nộp các văn bản sau: a) Điều lệ của quỹ; b) Biên bản họp đại hội";

        assertThat(DocumentListParser.parse(text).names()).contains("Điều lệ của quỹ", "Biên bản họp đại hội");
        assertThat(DocumentListParser.parse("").names()).isEmpty();
    }
}
