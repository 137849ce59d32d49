package vn.motcua.importer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of the required documents in the export's {@code thanh_phan_ho_so}, as well as possible.
 *
 * <p>The export is page text with the table cells run together: {@code "Tên giấy tờMẫu đơn, tờ khaiSố lượng"} (the
 * table header), then per document its name, the template file if any ({@code "Mẫu 1-CNDN.docx"}) and the quantity
 * ({@code "1 bản chính"}, {@code "0 bản chính,1 bản sao"}) glued to the next name. The quantity glued to the text
 * before it (no space) is what separates one document from the next; a quantity inside a sentence ("… : 01 bản sao
 * chụp …") has a space before it and is left alone. A template file name glued to the document name is cut off
 * ({@link GluedTemplateFile}).
 * Tables without quantities fall back to list items ("a)", "-", "+", ";"). At most {@link #MAX_DOCUMENTS} names, each
 * at most {@link #MAX_LENGTH} characters, without {@code |} (the separator of {@code motcua.documents}).
 *
 * <p>An item that names no paper to hand in is a <em>note</em>, not a document: one that opens with "Lưu ý", "Ghi chú"
 * or "Chú ý", or a condition ("Trường hợp …") that only says what need not be handed in ("không phải tải lên", "chỉ
 * cần cung cấp"), how an authorisation is done, or that the office will ask to see an original. Notes are kept apart
 * (shown to the applicant with the documents, never an upload field) and do not count towards {@link #MAX_DOCUMENTS}.
 * An item that opens with a document's name stays a document, whatever its sentences add.
 */
public final class DocumentListParser {

    public static final int MAX_DOCUMENTS = 10;
    public static final int MAX_LENGTH = 200;

    private static final Pattern HEADER = Pattern.compile("Tên giấy tờ\\s*Mẫu đơn,?\\s*tờ khai\\s*Số lượng");
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<=[^\\s\\d(])\\d{1,3} bản (?:chính|gốc)(?:\\s?,\\s?\\d{1,3} bản sao)?|(?<=[^\\s\\d(])\\d{1,3} bản sao");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:^|[;.]\\s+|\\s)(?:[a-zđ]\\)|\\d{1,2}\\)|[-+•])\\s+");
    private static final Pattern NOTE_OPENING = Pattern.compile("^(?:lưu ý|ghi chú|chú ý)(?![\\p{L}])");
    private static final Pattern CONDITION_OPENING = Pattern.compile("^\\(?(?:\\([ivx]+\\)\\s*)?(?:trong )?trường hợp(?![\\p{L}])");
    private static final Pattern NOTE_PHRASE = Pattern.compile(
            "không (?:phải|cần) (?:tải lên|xuất trình|cung cấp|nộp (?:lại|bản|giấy|hồ sơ|các giấy))"
                    + "|chỉ cần (?:cung cấp|xuất trình|khai|nộp)|thì việc ủy quyền thực hiện theo|yêu cầu người [^,;]{0,60}xuất trình");
    /** At most this many notes are kept, in the order of the source. */
    public static final int MAX_NOTES = 10;
    private static final Pattern LEADING_ENUMERATOR = Pattern.compile("^[\\s\\-+•*–]*(?:(?:[a-zđ]|\\d{1,2})[.)]\\s+)?[\\s\\-+•*–]*");

    /**
     * One required document.
     *
     * @param name      its name
     * @param originals how many originals (bản chính, bản gốc), {@code null} when the source gives no quantity
     * @param copies    how many copies (bản sao), {@code null} when the source gives no quantity
     */
    public record Document(String name, Integer originals, Integer copies) {

        public boolean quantityKnown() {
            return originals != null;
        }
    }

    /**
     * @param names   the document names, at most {@link #MAX_DOCUMENTS}
     * @param items   the same documents with their quantities
     * @param found   how many distinct names were found before the cut
     * @param unsplit the text could not be split into documents (no quantities, no list items): it is one long name
     * @param notes   the items that name no paper to hand in (see the class comment), at most {@link #MAX_NOTES}
     * @param templateNotCut names from which a glued template file was cut at its last word only, no clear seam found
     *                (see {@link GluedTemplateFile}): the name may keep the file's first words
     */
    public record Documents(List<String> names, List<Document> items, int found, boolean unsplit, List<String> notes,
                            List<String> templateNotCut) {

        public Documents(List<String> names, int found) {
            this(names, names.stream().map(n -> new Document(n, null, null)).toList(), found, false, List.of(), List.of());
        }

        public boolean truncated() {
            return found > names.size();
        }
    }

    private record Piece(String text, String quantity) {
    }

    private static final Pattern ORIGINALS = Pattern.compile("(\\d{1,3}) bản (?:chính|gốc)");
    private static final Pattern COPIES = Pattern.compile("(\\d{1,3}) bản sao");

    private DocumentListParser() {
    }

    public static Documents parse(String thanhPhanHoSo) {
        String text = thanhPhanHoSo == null ? "" : Normalizer.normalize(thanhPhanHoSo, Normalizer.Form.NFC);
        Set<String> seen = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> gluedUncertain = new ArrayList<>();
        boolean unsplit = false;
        for (String block : blocks(text)) {
            List<Piece> pieces = items(block);
            for (Piece item : pieces) {
                String name = clean(item.text(), gluedUncertain);
                if (name.codePoints().filter(Character::isLetter).count() < 3) {
                    continue;
                }
                if (pieces.size() == 1 && item.quantity() == null && (name.length() >= MAX_LENGTH || name.endsWith("…"))) {
                    unsplit = true; // one long run of text: neither a table with quantities nor a list
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (isNote(name)) {
                    notes.add(name);
                } else {
                    names.add(name);
                    documents.add(document(name, item.quantity()));
                }
            }
        }
        int kept = Math.min(MAX_DOCUMENTS, names.size());
        List<String> keptNames = List.copyOf(names.subList(0, kept));
        return new Documents(keptNames, List.copyOf(documents.subList(0, kept)), names.size(), unsplit,
                List.copyOf(notes.subList(0, Math.min(MAX_NOTES, notes.size()))),
                gluedUncertain.stream().filter(keptNames::contains).distinct().toList());
    }

    /** Whether an item names no paper to hand in (see the class comment). */
    static boolean isNote(String item) {
        String t = Normalizer.normalize(item, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        return NOTE_OPENING.matcher(t).find() || (CONDITION_OPENING.matcher(t).find() && NOTE_PHRASE.matcher(t).find());
    }

    private static Document document(String name, String quantity) {
        if (quantity == null) {
            return new Document(name, null, null);
        }
        Matcher originals = ORIGINALS.matcher(quantity);
        Matcher copies = COPIES.matcher(quantity);
        return new Document(name, originals.find() ? Integer.parseInt(originals.group(1)) : 0,
                copies.find() ? Integer.parseInt(copies.group(1)) : 0);
    }

    /** The text after each table header; the whole text when there is no header. */
    private static List<String> blocks(String text) {
        Matcher header = HEADER.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (header.find()) {
            starts.add(header.start());
            ends.add(header.end());
        }
        if (ends.isEmpty()) {
            return List.of(text);
        }
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            blocks.add(text.substring(ends.get(i), end));
        }
        return blocks;
    }

    private static List<Piece> items(String block) {
        Matcher quantity = QUANTITY.matcher(block);
        List<Piece> items = new ArrayList<>();
        int from = 0;
        while (quantity.find()) {
            items.add(new Piece(block.substring(from, quantity.start()), quantity.group()));
            from = quantity.end();
        }
        if (!items.isEmpty()) {
            return items; // what follows the last quantity is the heading of the next table or notes
        }
        String[] pieces = LIST_ITEM.split(block);
        return (pieces.length > 1 ? List.of(pieces) : List.of(block)).stream().map(p -> new Piece(p, null)).toList();
    }

    /** The name as shown: template file cut off, enumerator stripped, capitalised, at most {@link #MAX_LENGTH}. */
    private static String clean(String item, List<String> uncertain) {
        String name = item.replaceAll("\\s+", " ").strip();
        GluedTemplateFile.Cut cut = GluedTemplateFile.cut(name);
        name = cut.name();
        name = LEADING_ENUMERATOR.matcher(name).replaceFirst("");
        name = name.replace('|', '/').replaceAll("[\\s;:,.\\-+]+$", "").strip();
        if (!name.isEmpty() && Character.isLowerCase(name.codePointAt(0))) {
            name = name.substring(0, Character.charCount(name.codePointAt(0))).toUpperCase(Locale.ROOT)
                    + name.substring(Character.charCount(name.codePointAt(0)));
        }
        if (name.length() > MAX_LENGTH) {
            int at = name.lastIndexOf(' ', MAX_LENGTH - 1);
            name = name.substring(0, at > MAX_LENGTH / 2 ? at : MAX_LENGTH - 1).strip() + "…";
        }
        if (!cut.certain()) {
            uncertain.add(name);
        }
        return name;
    }
}
