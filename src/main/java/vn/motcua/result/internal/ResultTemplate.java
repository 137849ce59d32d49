package vn.motcua.result.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result generated from the template with the dossier's data (PDFBox): the national heading, the competent unit,
 * the procedure, the applicant, the dossier code and dates (dd/MM/yyyy), and the note that the electronic copy is
 * signed digitally by the unit. Text is DejaVu Sans (the slips' font, licence in {@code fonts/DEJAVU-LICENSE.txt}),
 * embedded as a subset so every Vietnamese letter renders; all text NFC first.
 */
@Component
public class ResultTemplate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final float MARGIN_LEFT = 85f;   // 30 mm
    private static final float MARGIN_RIGHT = 57f;  // 20 mm

    public byte[] render(DossierDetails details, String unitName, String title, LocalDateTime issuedAt) {
        Dossier d = details.dossier();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(nfc(title));
            info.setSubject(nfc("Hồ sơ " + d.code()));
            info.setCreator("motcua");
            float width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, MARGIN_LEFT, PDRectangle.A4.getHeight() - 60f, width);
                w.centered(bold, 11, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                w.centered(bold, 11, "Độc lập - Tự do - Hạnh phúc");
                w.gap(14);
                w.centered(bold, 11, nz(unitName).toUpperCase(VI));
                w.gap(24);
                w.centered(bold, 15, "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
                w.gap(18);
                w.paragraph(regular, 11.5f, "Thủ tục: " + d.procedureName() + " (mã " + d.procedureCode() + ")");
                w.paragraph(regular, 11.5f, "Mã hồ sơ: " + d.code());
                w.paragraph(regular, 11.5f, "Người nộp hồ sơ: " + nz(d.applicantName()));
                w.paragraph(regular, 11.5f, "Ngày tiếp nhận: " + day(d.receivedAt()) + "; ngày hẹn trả: " + day(d.dueAt()));
                w.gap(8);
                w.paragraph(regular, 11.5f, nz(unitName) + " đã giải quyết xong hồ sơ nêu trên theo quy định. "
                        + "Văn bản này là kết quả giải quyết thủ tục hành chính bản điện tử, được ký số bởi cơ quan có "
                        + "thẩm quyền; bản điện tử có giá trị pháp lý như bản giấy (Nghị định 45/2020/NĐ-CP).");
                w.gap(8);
                w.paragraph(regular, 10f, "Kiểm tra chữ ký số: mở tệp bằng phần mềm đọc PDF có kiểm tra chữ ký, hoặc tra cứu "
                        + "hồ sơ trên Cổng dịch vụ công của tỉnh. / This is the electronic result of the administrative "
                        + "procedure, digitally signed by the competent body.");
                w.gap(24);
                w.right(regular, 11.5f, "Ngày " + day(issuedAt));
                w.right(bold, 11.5f, "CƠ QUAN GIẢI QUYẾT");
                w.right(regular, 10f, "(đã ký số)");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the result of " + d.code(), e);
        }
    }

    public static boolean isPdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean hasSignatures(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return !doc.getSignatureDictionaries().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = ResultTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static String day(LocalDateTime t) {
        return t == null ? "" : DAY.format(t);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lines down the page, wrapped at the text width. */
    private static final class Writer {
        private final PDPageContentStream out;
        private final float left;
        private final float width;
        private float y;

        Writer(PDPageContentStream out, float left, float top, float width) {
            this.out = out;
            this.left = left;
            this.y = top;
            this.width = width;
        }

        void gap(float points) {
            y -= points;
        }

        void centered(PDType0Font font, float size, String text) throws IOException {
            String s = nfc(text);
            line(font, size, s, left + (width - textWidth(font, size, s)) / 2);
        }

        void right(PDType0Font font, float size, String text) throws IOException {
            String s = nfc(text);
            line(font, size, s, left + width - textWidth(font, size, s));
        }

        void paragraph(PDType0Font font, float size, String text) throws IOException {
            for (String l : wrap(font, size, nfc(text))) {
                line(font, size, l, left);
            }
            y -= size * 0.4f;
        }

        private List<String> wrap(PDType0Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (textWidth(font, size, candidate) > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        private void line(PDType0Font font, float size, String text, float x) throws IOException {
            y -= size * 1.35f;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }

        private static float textWidth(PDType0Font font, float size, String s) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }
    }
}
