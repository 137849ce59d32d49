package vn.motcua.importer.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The template file the export glues to a document's name, cut at the seam (shapes of real rows, with their codes). */
class GluedTemplateFileTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // ; or . glued to the file's first letter
            "Đơn đề nghị theo mẫu quy định;văn bản đề nghị.docx | Đơn đề nghị theo mẫu quy định", // 1.000028
            "… có nền màu trắng.mau so 12 (1).doc | … có nền màu trắng", // 1.000049
            "Giấy đề nghị (Mẫu số 05/NHNN-CK);Mu05.docx | Giấy đề nghị (Mẫu số 05/NHNN-CK)", // 1.000355
            // two syllables written as one word
            "Báo cáo kết quả khảo sát theo mẫu quy địnhbáo cáo kết quả khảo sát.docx | Báo cáo kết quả khảo sát theo mẫu quy định",
            "Toàn bộ hồ sơ đề nghị khoanh nợmẫu số 03- khoanh nợ.docx | Toàn bộ hồ sơ đề nghị khoanh nợ", // 1.001068
            // a capital after a lower-case letter, after an acronym, after a closing bracket
            "Giấy đề nghị cấp giấy phép theo mẫuTK 1.001023 (xe phi TM).docx | Giấy đề nghị cấp giấy phép theo mẫu",
            "… theo Thông tư số 26/2025/TT-BNNMTMẫu số 03.docx | … theo Thông tư số 26/2025/TT-BNNMT", // 1.000045
            "… Thông tư số 07/2026/TT-BNNMTMus03-Phlc II.docx | … Thông tư số 07/2026/TT-BNNMT",
            "… Phụ lục 01Thông tư số 10/2017/TT-NHNN)Phlc1.docx | … Phụ lục 01Thông tư số 10/2017/TT-NHNN)", // 1.000500
            // an acronym, then a lower-case word
            "… Nghị định số 39/2026/NĐ -CPmau so 12.doc | … Nghị định số 39/2026/NĐ -CP", // 1.000049
            // one letter stays with the acronym
            "… Quyết định số 19/2018/QĐ-TTgMẫu 2-CNDN.docx | … Quyết định số 19/2018/QĐ-TTg",
            "… theo quy đinh tại Phụ lục VIb Nghị định số 06/2021/NĐ-CPDanh muc.docx | … theo quy đinh tại Phụ lục VIb Nghị định số 06/2021/NĐ-CP",
            // an acronym written twice
            "… theo Hiện định GMSGMS - Gia hạn.docx | … theo Hiện định GMS", // 1.002046
            // a digit after a word's dot or semicolon, or after a bracket
            "… của Bộ Công an.12-Mẫu NA14 2015.doc | … của Bộ Công an", // 1.000931
            "Đơn xin nhận con nuôi;1.nxinnhnconnui.doc | Đơn xin nhận con nuôi", // 1.003005
            "Phiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)101-Mau A17 tam tru cho nguoi nuoc ngoai.doc | Phiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)",
            // weak seams, taken only where there is no other
            "… theo Mẫu số 11 Phụ lục kèm theo Nghị định số 113/2026/NĐ-CP ngày 01 tháng 4 năm 2026Mẫu số 11.docx | … theo Mẫu số 11 Phụ lục kèm theo Nghị định số 113/2026/NĐ-CP ngày 01 tháng 4 năm 2026",
            "Bản kê khai tính tiền cấp quyền khai thác tài nguyên nước theo Mẫu 57Mau57.docx | Bản kê khai tính tiền cấp quyền khai thác tài nguyên nước theo Mẫu 57",
            "Đơn đề nghị bãi bỏ đường ngang theo quy định1.4. Don de nghi bai bo duong ngang.docx | Đơn đề nghị bãi bỏ đường ngang theo quy định",
            "… Nghị định 52/2024/NĐ-CP ngày 15/5/2024Mus02.docx | … Nghị định 52/2024/NĐ-CP ngày 15/5/2024",
            // several files glued one after the other
            "… khu vực khai thácMau 05-Phu luc_39.2025.TT-BNNMT_02.7.2025.docMau 06-Phu luc_39.2025.TT-BNNMT_02.7.2025.docx | … khu vực khai thác",
            "… Thông tư số 16/2025/TT-BNNMT;Mus01.docxPhlcIV.docx | … Thông tư số 16/2025/TT-BNNMT",
            // a file name longer than 80 characters
            "+ Đơn đề nghị cấp lại Giấy chứng nhậnMẫu đơn xin cấp lại (gia hạn) Giấy chứng nhận đủ điều kiện hoạt động kiểm định kỹ thuật an toàn lao động.docx | + Đơn đề nghị cấp lại Giấy chứng nhận",
    })
    void theFileIsCutAtTheSeam(String glued, String name) {
        GluedTemplateFile.Cut cut = GluedTemplateFile.cut(glued);

        assertThat(cut.name()).isEqualTo(name);
        assertThat(cut.certain()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bản sao giấy tờ chứng minh (ảnh 4x6 cm) nộp online qua email",
            "Giấy chứng nhận đăng ký doanh nghiệp theo Quyết định số 19/2018/QĐ-TTg",
            "Tờ khai theo Phụ lục 01Thông tư số 10/2017/TT-NHNN",
    })
    void aNameWithoutATemplateFileIsLeftAsItIs(String name) {
        assertThat(GluedTemplateFile.cut(name)).isEqualTo(new GluedTemplateFile.Cut(name, true));
    }

    @Test
    void withoutASeamOnlyTheLastWordIsCutAndTheCutIsUncertain() {
        // 1.008325: "mẫu số 01/PH01-PH.doc" — whether "01/" belongs to the name cannot be told
        GluedTemplateFile.Cut cut = GluedTemplateFile.cut("Tờ khai phí theo mẫu số 01/PH01-PH.doc");

        assertThat(cut.name()).isEqualTo("Tờ khai phí theo mẫu số ");
        assertThat(cut.certain()).isFalse();
    }
}
