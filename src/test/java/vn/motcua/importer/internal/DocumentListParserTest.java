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

    @Test
    void itemsThatNameNoPaperAreNotesNotDocumentsAndDoNotTakeADocumentsPlace() {
        // shapes of 1.000080 and 2.002349: exemptions and "Lưu ý" glued into the table with a quantity of their own
        String text = "--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai đăng ký nhận cha, mẹ, con theo mẫu1 bản chính"
                + "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư thì không phải tải lên0 bản chính"
                + "Lưu ý: Cơ quan giải quyết thủ tục hành chính có trách nhiệm yêu cầu cơ quan quản lý dữ liệu lý lịch tư pháp cung cấp thông tin1 bản chính"
                + "Trường hợp không có văn bản nêu trên thì các bên nhận cha, mẹ, con lập văn bản cam đoan1 bản chính"
                + "Giấy chứng nhận kết hôn nếu cha, mẹ đã đăng ký kết hôn. Trường hợp đã có thông tin thì không phải nộp bản sao1 bản sao"
                + "(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính thì việc ủy quyền thực hiện theo quy định tại khoản 2 Điều 12 Nghị định0 bản chính";

        DocumentListParser.Documents documents = DocumentListParser.parse(text);

        assertThat(documents.names()).containsExactly(
                "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
                "Trường hợp không có văn bản nêu trên thì các bên nhận cha, mẹ, con lập văn bản cam đoan",
                "Giấy chứng nhận kết hôn nếu cha, mẹ đã đăng ký kết hôn. Trường hợp đã có thông tin thì không phải nộp bản sao");
        assertThat(documents.notes()).containsExactly(
                "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư thì không phải tải lên",
                "Lưu ý: Cơ quan giải quyết thủ tục hành chính có trách nhiệm yêu cầu cơ quan quản lý dữ liệu lý lịch tư pháp cung cấp thông tin",
                "(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính thì việc ủy quyền thực hiện theo quy định tại khoản 2 Điều 12 Nghị định");
        assertThat(documents.items()).extracting(DocumentListParser.Document::copies).containsExactly(0, 0, 1);
    }

    @Test
    void notesDoNotCountTowardsTheTenDocumentsKept() {
        StringBuilder text = new StringBuilder("--Tên giấy tờMẫu đơn, tờ khaiSố lượng");
        for (int i = 1; i <= 4; i++) {
            text.append("Lưu ý số ").append(i).append(": nộp trực tiếp thì xuất trình bản chính1 bản chính");
        }
        for (int i = 1; i <= DocumentListParser.MAX_DOCUMENTS; i++) {
            text.append("Giấy tờ thứ ").append(i).append(" của hồ sơ1 bản chính");
        }

        DocumentListParser.Documents documents = DocumentListParser.parse(text.toString());

        assertThat(documents.names()).hasSize(DocumentListParser.MAX_DOCUMENTS).last().isEqualTo("Giấy tờ thứ 10 của hồ sơ");
        assertThat(documents.notes()).hasSize(4);
        assertThat(documents.truncated()).isFalse();
    }

    @Test
    void templateFilesGluedWithoutACapitalAreCutAndThoseWithoutASeamAreListed() {
        // 1.000028 and 1.008325 as the export writes them
        String text = "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị theo mẫu quy định;văn bản đề nghị.docx1 bản chính"
                + "Báo cáo kết quả khảo sát (đối với trường hợp phải khảo sát đường bộ) theo mẫu quy địnhbáo cáo kết quả khảo sát.docx1 bản chính"
                + "Tờ khai phí theo mẫu số 01/PH01-PH.doc1 bản chính";

        DocumentListParser.Documents documents = DocumentListParser.parse(text);

        assertThat(documents.names()).containsExactly(
                "Đơn đề nghị theo mẫu quy định",
                "Báo cáo kết quả khảo sát (đối với trường hợp phải khảo sát đường bộ) theo mẫu quy định",
                "Tờ khai phí theo mẫu số");
        assertThat(documents.templateNotCut()).containsExactly("Tờ khai phí theo mẫu số");
    }
}
