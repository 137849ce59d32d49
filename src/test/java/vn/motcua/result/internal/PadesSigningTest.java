package vn.motcua.result.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result PDF signed as PAdES with a unit's certificate from the development CA verifies on the server and with an
 * independent tool (poppler's {@code pdfsig}, when installed); a byte changed after signing, content appended after
 * signing, or a certificate of another CA are each reported.
 */
class PadesSigningTest {

    private static final String UNIT = "H36.24781";

    @TempDir Path dir;

    private KeystoreUnitKeys keys(Path data) {
        return new KeystoreUnitKeys(new SigningProperties("", "", "", "", true), data);
    }

    @Test
    void signedResultVerifiesOnTheServer() throws Exception {
        KeystoreUnitKeys keys = keys(dir);
        byte[] signed = PadesSigner.sign(result("KQ-0001"), keys.forUnit(UNIT), "Lãnh đạo UBND phường", "Phê duyệt kết quả");

        SignatureReport report = new PadesVerifier(keys).verify(signed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).isEqualTo(1);
        assertThat(report.signer()).contains(UNIT);
        assertThat(report.signedAt()).isNotNull();
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getSignatureDictionaries().get(0).getSubFilter()).isEqualTo("ETSI.CAdES.detached");
        }
        if (pdfsigInstalled()) {
            assertThat(pdfsig(signed)).contains("Signature is Valid");
        }
    }

    @Test
    void aByteChangedAfterSigningIsReportedInvalid() throws Exception {
        KeystoreUnitKeys keys = keys(dir);
        byte[] signed = PadesSigner.sign(result("KQ-0001"), keys.forUnit(UNIT), "Lãnh đạo", "Phê duyệt kết quả");
        byte[] altered = replace(signed, "KQ-0001", "KQ-0009");

        SignatureReport report = new PadesVerifier(keys).verify(altered);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anyMatch(p -> p.contains("the file was altered"));
        if (pdfsigInstalled()) {
            assertThat(pdfsig(altered)).doesNotContain("Signature is Valid").contains("Digest Mismatch");
        }
    }

    @Test
    void contentAddedAfterSigningIsReportedInvalid() throws Exception {
        KeystoreUnitKeys keys = keys(dir);
        byte[] signed = PadesSigner.sign(result("KQ-0001"), keys.forUnit(UNIT), "Lãnh đạo", "Phê duyệt kết quả");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setTitle("Kết quả đã sửa");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }

        SignatureReport report = new PadesVerifier(keys).verify(out.toByteArray());

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anyMatch(p -> p.contains("changed after it was signed"));
    }

    @Test
    void aCertificateOfAnotherCaIsNotTrusted() throws Exception {
        KeystoreUnitKeys other = keys(dir.resolve("other"));
        byte[] signed = PadesSigner.sign(result("KQ-0001"), other.forUnit(UNIT), "Lãnh đạo", "Phê duyệt kết quả");

        SignatureReport report = new PadesVerifier(keys(dir.resolve("ours"))).verify(signed);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).containsExactly(
                "Chứng thư số của người ký không do tổ chức chứng thực tin cậy cấp / The signer's certificate is not issued by a trusted CA");
    }

    @Test
    void theDevelopmentCaAndUnitCertificatesAreKeptAcrossRestarts() {
        KeystoreUnitKeys first = keys(dir);
        var unitCert = first.forUnit(UNIT).chain().get(0);

        KeystoreUnitKeys again = keys(dir);

        assertThat(again.forUnit(UNIT).chain().get(0)).isEqualTo(unitCert);
        assertThat(again.trustAnchors()).isEqualTo(first.trustAnchors());
    }

    /** An unsigned result PDF, uncompressed so the test can find its text. */
    static byte[] result(String number) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 720);
                text.showText("Giay chung nhan dang ky ho kinh doanh so " + number);
                text.endText();
            }
            document.getDocumentInformation().setTitle(number);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static byte[] replace(byte[] pdf, String from, String to) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        assertThat(at).as("%s in the signed PDF", from).isNotNegative();
        byte[] out = pdf.clone();
        byte[] with = to.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(with, 0, out, at, with.length);
        return out;
    }

    static boolean pdfsigInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/pdfsig"));
    }

    private String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile(dir, "signed", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(List.of("/usr/bin/pdfsig", file.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
