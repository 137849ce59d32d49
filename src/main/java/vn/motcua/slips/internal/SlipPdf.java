package vn.motcua.slips.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * One slip being written: the layout pieces the forms share (form number, two-column heading with the issuing
 * unit and the national heading, title, labelled fields, tables, signature block), on A4 with margins inside the
 * ranges of Decree 30/2020/NĐ-CP as we understand them (left 30 mm, others 20 mm; unverified). Text is DejaVu Sans, embedded with Identity-H encoding so every
 * Vietnamese letter renders and can be copied or searched in any viewer; all text is normalised to NFC first, so
 * letters typed with combining marks (NFD) print as the precomposed glyphs the font has.
 */
public final class SlipPdf {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** What is printed where a value is unknown, to be filled in by hand as on a paper form. */
    static final String BLANK = "……………………………………";

    private static final float MM = 72f / 25.4f;
    private static final float BODY = 11.5f;
    private static final float TABLE = 8f;

    private final Fonts fonts;
    private final Document document;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);

    SlipPdf(Fonts fonts, String title, String subject) {
        this.fonts = fonts;
        this.document = new Document(PageSize.A4, 30 * MM, 20 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi-VN"));
        document.addTitle(nfc(title));
        document.addSubject(nfc(subject));
        document.addCreator("motcua");
        document.open();
    }

    /** "Mẫu số 01" at the top right. */
    void formNumber(String text) {
        Paragraph p = new Paragraph(nfc(text), fonts.font(9, false));
        p.setAlignment(Element.ALIGN_RIGHT);
        add(p);
    }

    /**
     * The heading of an administrative document: issuing unit (under its superior, if any) on the left, the
     * national heading on the right, the place and date below it.
     */
    void heading(String superiorUnit, String unit, String placeAndDate) {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        PdfPCell left = cell();
        if (superiorUnit != null) {
            left.addElement(centered(superiorUnit.toUpperCase(VI), fonts.font(10, false)));
        }
        left.addElement(centered(unit.toUpperCase(VI), fonts.font(10, true)));
        left.addElement(rule(35, fonts.font(2, false)));
        PdfPCell right = cell();
        right.addElement(centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.font(10, true)));
        Font motto = fonts.font(11, true);
        motto.setStyle(Font.UNDERLINE);
        right.addElement(centered("Độc lập - Tự do - Hạnh phúc", motto));
        table.addCell(left);
        table.addCell(right);
        // The place-and-date line sits under the national heading; it may be longer than that column.
        PdfPCell date = cell();
        date.setColspan(2);
        Paragraph dateLine = new Paragraph(nfc(placeAndDate), fonts.font(BODY, false));
        dateLine.setAlignment(Element.ALIGN_RIGHT);
        dateLine.setSpacingBefore(8);
        date.addElement(dateLine);
        table.addCell(date);
        add(table);
    }

    void title(String title, String subtitle) {
        Paragraph t = centered(title.toUpperCase(VI), fonts.font(13, true));
        t.setSpacingBefore(14);
        add(t);
        if (subtitle != null) {
            Paragraph s = centered(subtitle, fonts.font(BODY, true));
            s.setSpacingBefore(2);
            add(s);
        }
        Paragraph space = new Paragraph(" ", fonts.font(6, false));
        add(space);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(nfc(text), fonts.font(BODY, false));
        p.setLeading(BODY * 1.35f);
        p.setSpacingAfter(3);
        add(p);
    }

    /** "Label: value", the value in bold; a missing value prints as a line to fill in. */
    void field(String label, String value) {
        Paragraph p = new Paragraph();
        p.setFont(fonts.font(BODY, false)); // spacing is written in the paragraph's font: keep it ours
        p.setLeading(BODY * 1.35f);
        p.setSpacingAfter(3);
        p.add(new Chunk(nfc(label) + ": ", fonts.font(BODY, false)));
        p.add(new Chunk(value == null || value.isBlank() ? BLANK : nfc(value), fonts.font(BODY, true)));
        add(p);
    }

    /** Lines of text indented under a field ("- Giấy chứng sinh ..."). */
    void lines(List<String> lines) {
        for (String line : lines) {
            Paragraph p = new Paragraph(nfc(line), fonts.font(BODY, false));
            p.setIndentationLeft(14);
            p.setLeading(BODY * 1.35f);
            p.setSpacingAfter(2);
            add(p);
        }
    }

    /** A ruled table whose header row repeats on every page. */
    void table(List<String> headers, float[] widths, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        for (String header : headers) {
            PdfPCell c = new PdfPCell(new Phrase(nfc(header), fonts.font(TABLE, true)));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setBackgroundColor(new Color(235, 235, 235));
            c.setPadding(3);
            table.addCell(c);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : nfc(value), fonts.font(TABLE, false)));
                c.setPadding(3);
                c.setPaddingBottom(4);
                table.addCell(c);
            }
        }
        add(table);
    }

    /** The signature block: one column per signer, role in bold capitals and how to sign below it. */
    void signatures(List<Signer> signers) {
        PdfPTable table = new PdfPTable(signers.size() == 1 ? 2 : signers.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        if (signers.size() == 1) {
            table.addCell(cell());
        }
        for (Signer signer : signers) {
            PdfPCell c = cell();
            c.addElement(centered(signer.role().toUpperCase(VI), fonts.font(BODY, true)));
            c.addElement(centered(signer.howToSign(), fonts.font(9.5f, false)));
            c.setMinimumHeight(90);
            if (signer.name() != null) {
                Paragraph name = centered(signer.name(), fonts.font(BODY, true));
                name.setSpacingBefore(48); // room for the signature above the printed name
                c.addElement(name);
            }
            table.addCell(c);
        }
        add(table);
    }

    /** Small print at the end: how to follow the dossier, hotline. */
    void footnote(String text) {
        Paragraph p = new Paragraph(nfc(text), fonts.font(9, false));
        p.setSpacingBefore(10);
        add(p);
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** @param name the signer's printed name under the space for the signature, or {@code null} */
    record Signer(String role, String howToSign, String name) {

        Signer(String role, String howToSign) {
            this(role, howToSign, null);
        }
    }

    private Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(nfc(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.3f);
        return p;
    }

    /** A short centred rule, as under the issuing unit's name; the font is ours so no other font gets into the PDF. */
    private static Paragraph rule(float widthPercent, Font font) {
        Paragraph p = new Paragraph(6);
        p.setFont(font);
        Chunk line = new Chunk(new LineSeparator(0.6f, widthPercent, Color.BLACK, Element.ALIGN_CENTER, 0));
        line.setFont(font);
        p.add(line);
        p.setSpacingBefore(2);
        return p;
    }

    private static PdfPCell cell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the slip: " + e.getMessage(), e);
        }
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * DejaVu Sans regular and bold (Bitstream Vera licence, see {@code fonts/DEJAVU-LICENSE.txt}), read once from
     * the classpath. A {@link BaseFont} holds no per-document state (each document keeps its own glyph subset), so
     * one instance serves concurrent renderings.
     */
    static final class Fonts {

        private final BaseFont regular;
        private final BaseFont bold;

        private Fonts(BaseFont regular, BaseFont bold) {
            this.regular = regular;
            this.bold = bold;
        }

        static Fonts load() {
            return new Fonts(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
        }

        Font font(float size, boolean bold) {
            return new Font(bold ? this.bold : regular, size);
        }

        private static BaseFont font(String file) {
            String resource = "fonts/" + file;
            try (InputStream in = SlipPdf.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is missing from the classpath");
                }
                // Identity-H + embedded: any Unicode text, and the glyphs travel with the document (subset).
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            } catch (DocumentException e) {
                throw new IllegalStateException("Cannot load font " + resource + ": " + e.getMessage(), e);
            }
        }
    }
}
