package vn.motcua.dossier.internal;


import org.junit.jupiter.api.Test;

import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskFormTextTest {

    private static final Procedure BIRTH = new Procedure("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "COMMUNE",
            "Ủy ban nhân dân cấp xã", "tthc-1.001193", "authority-1.001193", "form-1.001193", Map.of(), List.of(),
            List.of(new FormField("childFullName", "Họ và tên người được khai sinh", FormField.Type.TEXT, true, List.of()),
                    new FormField("childBirthDate", "Ngày, tháng, năm sinh", FormField.Type.DATE, true, List.of()),
                    new FormField("twins", "Sinh đôi", FormField.Type.BOOLEAN, false, List.of()),
                    new FormField("fatherFullName", "Họ và tên người cha", FormField.Type.TEXT, false, List.of())));

    @Test
    void formDataReadsAsLabelledLinesInTheFormsOrderWithVietnameseDatesAndWithoutEmptyFields() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("twins", false);
        data.put("childBirthDate", "2026-11-20");
        data.put("childFullName", "Nguyễn Minh Khôi");
        data.put("fatherFullName", " ");
        assertThat(TaskFormText.dossierData(BIRTH, data)).isEqualTo("""
                Họ và tên người được khai sinh: Nguyễn Minh Khôi
                Ngày, tháng, năm sinh: 20/11/2026
                Sinh đôi: Không""");
    }

    @Test
    void choicesReadAsTheFormsLabelsNotTheirStoredValues() {
        Procedure birth = new Procedure("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "COMMUNE",
                "Ủy ban nhân dân cấp xã", "tthc-1.001193", "authority-1.001193", "form-1.001193", Map.of(), List.of(),
                List.of(new FormField("childGender", "Giới tính", FormField.Type.CHOICE, true, List.of("nam", "nu"),
                                null, null, Map.of("nam", "Nam", "nu", "Nữ")),
                        new FormField("relationshipToChild", "Quan hệ với người được khai sinh", FormField.Type.CHOICE, true,
                                List.of("cha", "me"), null, null, Map.of("cha", "Cha", "me", "Mẹ")),
                        new FormField("legacy", "Lựa chọn cũ", FormField.Type.CHOICE, false, List.of("x"))));
        assertThat(TaskFormText.dossierData(birth, Map.of("childGender", "nam", "relationshipToChild", "me", "legacy", "x")))
                .isEqualTo("""
                        Giới tính: Nam
                        Quan hệ với người được khai sinh: Mẹ
                        Lựa chọn cũ: x""");
    }

    @Test
    void textLongerThanAnEngineStringIsCut() {
        String text = TaskFormText.dossierData(BIRTH, Map.of("childFullName", "x".repeat(5000)));
        assertThat(text).hasSize(TaskFormText.MAX_LENGTH).endsWith("…");
    }

    @Test
    void attachmentsReadAsNumberedLinesWithTypeAndSize() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 27, 9, 0);
        assertThat(TaskFormText.attachmentNames(List.of(
                new DossierAttachment(UUID.randomUUID(), "giay-chung-sinh.pdf", "application/pdf", 1_258_291, "ab", at),
                new DossierAttachment(UUID.randomUUID(), "anh.png", "image/png", 2048, "cd", at))))
                .isEqualTo("1. giay-chung-sinh.pdf (PDF, 1,2 MB)\n2. anh.png (PNG, 2 KB)");
        assertThat(TaskFormText.attachmentNames(List.of())).isEqualTo("(Không có tệp đính kèm)");
    }

    @Test
    void attachmentsReadAsLinksThatOpenEachFileInTheBrowser() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 27, 9, 0);
        UUID pdf = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID png = UUID.fromString("00000000-0000-0000-0000-000000000002");
        assertThat(TaskFormText.attachmentLinks("H36.24781-261127-0001", List.of(
                new DossierAttachment(pdf, "giay-chung-sinh.pdf", "application/pdf", 40_960, "ab", at),
                new DossierAttachment(png, "anh_[me].png", "image/png", 2048, "cd", at))))
                .isEqualTo("1. [giay-chung-sinh.pdf](/api/v1/dossiers/H36.24781-261127-0001/attachments/" + pdf
                        + "?inline=true) (PDF, 40 KB)\n2. [anh\\_\\[me\\].png](/api/v1/dossiers/H36.24781-261127-0001/attachments/"
                        + png + "?inline=true) (PNG, 2 KB)");
        assertThat(TaskFormText.attachmentLinks("H36.24781-261127-0001", List.of())).isEqualTo("(Không có tệp đính kèm)");
    }
}
