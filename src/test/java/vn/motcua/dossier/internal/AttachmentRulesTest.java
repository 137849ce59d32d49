package vn.motcua.dossier.internal;

import static vn.motcua.support.SampleFiles.JPEG;
import static vn.motcua.support.SampleFiles.PDF;
import static vn.motcua.support.SampleFiles.PNG;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.problem.InvalidInputException.Violation;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentRulesTest {


    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("a PDF named .pdf", "giay-chung-sinh.pdf", PDF, null),
                Arguments.of("a JPEG named .jpg", "anh.jpg", JPEG, null),
                Arguments.of("a JPEG named .JPEG", "ANH.JPEG", JPEG, null),
                Arguments.of("a PNG named .png", "scan.png", PNG, null),
                Arguments.of("a PDF without extension", "to-khai", PDF, null),
                Arguments.of("text named .pdf", "to-khai.pdf", "Không phải PDF".getBytes(StandardCharsets.UTF_8),
                        "không phải PDF, JPEG hoặc PNG"),
                Arguments.of("an executable named .png", "virus.png", new byte[] {'M', 'Z', (byte) 0x90, 0}, "không phải PDF, JPEG hoặc PNG"),
                Arguments.of("HTML named .pdf", "x.pdf", "<html><script>".getBytes(StandardCharsets.UTF_8), "không phải PDF, JPEG hoặc PNG"),
                Arguments.of("a PNG named .pdf", "scan.pdf", PNG, "không khớp nội dung tệp (PNG)"),
                Arguments.of("a PDF named .exe", "giay.exe", PDF, "không khớp nội dung tệp (PDF)"),
                Arguments.of("an empty file", "rong.pdf", new byte[0], "rỗng"),
                Arguments.of("a file over 10 MB", "lon.pdf", big(PDF, AttachmentRules.MAX_FILE_BYTES + 1), "lớn hơn 10 MB"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("files")
    void eachFileIsJudgedByItsContentAndItsNameMustNotSayOtherwise(String why, String name, byte[] content, String problem) {
        List<Violation> violations = AttachmentRules.check(List.of(new SubmitDossier.Attachment(name, content)));
        if (problem == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("attachments[0]");
                assertThat(v.messageVi()).contains(problem).contains(name);
                assertThat(v.messageEn()).isNotBlank();
            });
        }
    }

    @Test
    void atMostThirtyFiles() {
        // a procedure may ask for ten documents, each of several pages
        List<SubmitDossier.Attachment> many = Collections.nCopies(31, new SubmitDossier.Attachment("a.pdf", PDF));
        assertThat(AttachmentRules.check(many)).extracting(Violation::field).containsExactly("attachments");
        assertThat(AttachmentRules.check(many.subList(0, 30))).isEmpty();
    }

    @Test
    void aDocumentsFileIsNamedByItsDocumentAndItsPlaceAmongThatDocumentsFiles() {
        List<SubmitDossier.Attachment> files = List.of(
                new SubmitDossier.Attachment("to-khai.pdf", PDF, "document01"),
                new SubmitDossier.Attachment("trang-2.png", new byte[] {1, 2, 3}, "document01"),
                new SubmitDossier.Attachment("khac.pdf", new byte[0]));
        assertThat(AttachmentRules.check(files)).extracting(Violation::field)
                .containsExactly("documents.document01[1]", "attachments[0]");
    }

    @Test
    void atMostTwentyMegabytesTogether() {
        byte[] eightMb = big(PDF, 8L * 1024 * 1024);
        List<SubmitDossier.Attachment> three = Collections.nCopies(3, new SubmitDossier.Attachment("a.pdf", eightMb));
        assertThat(AttachmentRules.check(three)).extracting(Violation::messageEn).containsExactly("The files together exceed 20 MB");
    }

    @Test
    void storedNamesLoseTheirPathAndCharactersThatBreakHeadersAndGainTheirTypesExtension() {
        assertThat(AttachmentRules.storedName("C:\\Users\\hanh\\giay-chung-sinh.pdf", 0, AttachmentRules.FileType.PDF))
                .isEqualTo("giay-chung-sinh.pdf");
        assertThat(AttachmentRules.storedName("../../etc/passwd", 0, AttachmentRules.FileType.PNG)).isEqualTo("passwd.png");
        assertThat(AttachmentRules.storedName("a\"b\r\n.pdf", 0, AttachmentRules.FileType.PDF)).isEqualTo("ab.pdf");
        assertThat(AttachmentRules.storedName("", 2, AttachmentRules.FileType.JPEG)).isEqualTo("tep-3.jpg");
        assertThat(AttachmentRules.storedName("Giấy khai sinh.pdf", 0, AttachmentRules.FileType.PDF)).isEqualTo("Giấy khai sinh.pdf");
        assertThat(AttachmentRules.storedName("x".repeat(300) + ".pdf", 0, AttachmentRules.FileType.PDF))
                .hasSize(AttachmentRules.MAX_NAME_LENGTH).endsWith(".pdf");
    }

    private static byte[] big(byte[] head, long size) {
        byte[] content = new byte[(int) size];
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
