package vn.motcua.importer.internal;

import vn.motcua.calendar.DayCount;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.TermsProperties;
import vn.motcua.organisation.BodyKind;
import vn.motcua.organisation.BodyKinds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one catalog row into {@link ProcedureFacts}: which channels the procedure offers, each channel's time limit
 * and fee, its documents and agency, and every issue met on the way. The validator uses the same code to check that a
 * generated model still agrees with the catalog.
 *
 * <p>Channels. A channel is offered when the row lists it ({@code cach_thuc_thuc_hien}). A row may list a channel
 * several times, one line per case or stage; then the lines with a parseable limit count. Every listed channel is
 * offered: a channel listed without a limit takes another channel's (the limit is the procedure's, not the channel's),
 * reported; when no channel at all states one, every channel is written {@code UNPUBLISHED} (the province's default
 * counts the due dates, citizens are told the limit is not published, analysts find it on their worklist), reported.
 * <ul>
 *   <li>Several different limits for one channel in the same unit (cases such as "không phải xác minh: 2 ngày" /
 *       "cần xác minh: 4 ngày"): the largest, reported. In different units (working and calendar days): none,
 *       reported.</li>
 *   <li>A limit found at the start of the fee cell while the limit cell is empty ({@code "5 Ngày làm việc10 USD"}, a
 *       shifted scraped table): taken as the limit, reported.</li>
 *   <li>A fee that cannot be parsed, or several different fees for one channel: {@code UNKNOWN} (never 0, which
 *       would read "free"), reported. A fee the provincial People's Council sets: {@code PROVINCIAL}, reported.
 *       Discounts with their dates are kept per channel.</li>
 * </ul>
 */
public final class ProcedureInterpreter {

    private static final Pattern LIMIT_IN_FEE_CELL = Pattern.compile(
            "^\\s*(\\d{1,4} ?(?:Ngày làm việc|Ngày|Giờ|Tháng))(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int SOURCE_SHOWN = 160;

    private ProcedureInterpreter() {
    }

    /**
     * @param row                the catalog row
     * @param level              its level (the caller has checked it is one)
     * @param officialListAgency the implementing agency of the official list ({@code procedures.csv}), used only when
     *                           the detail row names none; may be {@code null}
     */
    public static ProcedureFacts interpret(CatalogRow row, ImplementingLevel level, String officialListAgency) {
        return interpret(row, level, officialListAgency, null);
    }

    /**
     * @param officialTexts {@code {co_quan_co_tham_quyen, co_quan_thuc_hien}} of the official list, read for the competent
     *                      body only when the detail row names none; may be {@code null}
     */
    public static ProcedureFacts interpret(CatalogRow row, ImplementingLevel level, String officialListAgency,
                                           String[] officialTexts) {
        List<Issue> issues = new ArrayList<>();

        Map<Channel, List<CatalogRow.ChannelEntry>> listed = new EnumMap<>(Channel.class);
        for (CatalogRow.ChannelEntry entry : row.channels()) {
            Optional<Channel> channel = channel(entry.form());
            if (channel.isEmpty()) {
                issues.add(new Issue(Issue.Kind.UNKNOWN_CHANNEL, "Hình thức nộp / channel", shorten(entry.form()),
                        "không phải Trực tiếp, Trực tuyến hay Dịch vụ bưu chính / not counter, online or postal",
                        "bỏ qua dòng này / line ignored"));
                continue;
            }
            listed.computeIfAbsent(channel.get(), c -> new ArrayList<>()).add(entry);
        }
        if (listed.isEmpty()) {
            issues.add(new Issue(Issue.Kind.NO_CHANNEL, "Cách thức thực hiện / channels", "",
                    "nguồn không ghi hình thức nộp nào / the source lists no channel",
                    "sinh mô hình không có kênh nộp; chuyên viên phải bổ sung / model generated without channels; an analyst must add them"));
        }

        Map<Channel, ChannelReading> readings = new EnumMap<>(Channel.class);
        listed.forEach((channel, entries) -> readings.put(channel, read(channel, entries, issues, row)));

        Map<Channel, TimeLimit> limits = new EnumMap<>(Channel.class);
        readings.forEach((channel, reading) -> {
            if (reading.limit != null) {
                limits.put(channel, reading.limit);
            }
        });
        // Every channel the source lists is offered: a procedure is never "cannot be submitted" for want of a limit.
        Set<Channel> offered = readings.keySet();
        Set<Channel> unpublished = java.util.EnumSet.noneOf(Channel.class);
        if (!limits.isEmpty()) {
            TimeLimit longest = limits.values().stream().max(Comparator.comparing((TimeLimit l) -> l.count())
                    .thenComparingInt(TimeLimit::amount)).orElseThrow();
            Set<TimeLimit> distinct = new LinkedHashSet<>(limits.values());
            readings.forEach((channel, reading) -> {
                if (reading.limit != null) {
                    return;
                }
                // the procedure's limit does not depend on how the dossier arrives: another channel's states it
                TimeLimit other = distinct.size() == 1 ? distinct.iterator().next() : longest;
                String action = "dùng thời hạn của kênh khác: " + other.code() + " / another channel's limit used: " + other.code();
                if (reading.limitTexts.isEmpty()) {
                    issues.add(new Issue(Issue.Kind.LIMIT_EMPTY, "Thời hạn " + channel.labelVi() + " / " + channel + " limit", "",
                            "kênh được liệt kê nhưng không ghi thời hạn, trong khi kênh khác có / channel listed without a limit while other channels have one",
                            action));
                } else {
                    issues.add(new Issue(Issue.Kind.LIMIT_UNPARSED, "Thời hạn " + channel.labelVi() + " / " + channel + " limit",
                            shorten(String.join(" · ", reading.limitTexts)), String.join("; ", reading.limitNotes), action));
                }
                limits.put(channel, other);
            });
        } else if (!readings.isEmpty()) {
            unpublished.addAll(readings.keySet());
            String written = readings.entrySet().stream()
                    .map(e -> e.getKey() + ": " + (e.getValue().limitTexts.isEmpty() ? "(trống / empty)"
                            : String.join(" · ", e.getValue().limitTexts)))
                    .collect(Collectors.joining("; "));
            Set<String> notes = new LinkedHashSet<>();
            readings.values().forEach(r -> notes.addAll(r.limitNotes));
            issues.add(new Issue(Issue.Kind.NO_LIMIT_AT_ALL, "Thời hạn giải quyết / time limits", shorten(written),
                    notes.isEmpty() ? "không kênh nào ghi thời hạn / no channel states a limit" : String.join("; ", notes),
                    "ghi " + TermsProperties.UNPUBLISHED + ": hạn xử lý tính theo thời hạn mặc định của tỉnh (motcua.catalog.default-limit), công dân thấy \"chưa công bố\"; có trong danh sách việc của chuyên viên"
                            + " / written as " + TermsProperties.UNPUBLISHED + ": due dates use the province's default limit, citizens see \"not published\"; on the analysts' worklist"));
        }

        Map<Channel, Fee> fees = new EnumMap<>(Channel.class);
        for (Channel channel : offered) {
            fees.put(channel, fee(channel, readings.get(channel), issues));
        }

        DocumentListParser.Documents documents = DocumentListParser.parse(row.documents());
        if (documents.names().isEmpty()) {
            issues.add(new Issue(Issue.Kind.NO_DOCUMENTS, "Thành phần hồ sơ / documents", shorten(row.documents()),
                    "không tìm được tên giấy tờ nào / no document name found",
                    "biểu mẫu ghi \"" + NO_DOCUMENTS + "\", không có ô tải lên / the form's heading says so, no upload field"));
        }

        if (!documents.notes().isEmpty()) {
            issues.add(new Issue(Issue.Kind.DOCUMENT_NOTES, "Thành phần hồ sơ / documents", shorten(documents.notes().get(0)),
                    documents.notes().size() + " mục không nêu giấy tờ phải nộp (lưu ý, trường hợp được miễn, cách ủy quyền) / "
                            + documents.notes().size() + " items name no paper to hand in (notes, exemptions, how to authorise)",
                    "hiện cho người nộp dưới \"Lưu ý về hồ sơ\", không thành ô tải lên / shown to the applicant as notes, not upload fields"));
        }

        if (documents.unsplit()) {
            issues.add(new Issue(Issue.Kind.DOCUMENTS_NOT_SPLIT, "Thành phần hồ sơ / documents", shorten(row.documents()),
                    "văn bản liền một khối, không có số lượng bản hay gạch đầu dòng để tách / one run of text, no quantities or list items to split on",
                    "một ô tải lên cho cả khối; chuyên viên tách trong biểu mẫu / one upload field for the whole text; an analyst splits it in the form"));
        }

        for (String name : documents.templateNotCut()) {
            issues.add(new Issue(Issue.Kind.TEMPLATE_FILE_NOT_CUT, "Thành phần hồ sơ / documents", shorten(name),
                    "tên mẫu đơn dính liền tên giấy tờ, không thấy chỗ nối rõ / the template file's name is glued to the document's name with no clear seam",
                    "chỉ bỏ từ cuối (có đuôi tệp); chuyên viên sửa nhãn trong biểu mẫu / only its last word (with the extension) cut; an analyst corrects the label in the form"));
        }

        Authority authority = Authority.of(row, officialTexts, CompetentBodyClassification.reviewed());
        String agency = !row.agency().isBlank() ? row.agency() : row.competentBody();
        boolean officialListNamesOne = officialListAgency != null && !officialListAgency.isBlank();
        if (agency.isBlank() && !officialListNamesOne && authority.fromReviewedSteps()) {
            BodyKind decider = BodyKinds.get(authority.byLevel().values().iterator().next().kind());
            agency = decider.nameVi();
            issues.add(new Issue(Issue.Kind.AGENCY_FROM_STEPS, "Cơ quan thực hiện / agency", ProcedureInterpreter.shorten(authority.text()),
                    "nguồn không ghi cơ quan thực hiện hay cơ quan có thẩm quyền / the source names no agency",
                    "cơ quan có thẩm quyền theo trình tự thực hiện, đã duyệt (" + CompetentBodyClassification.BY_PROCEDURE + "): "
                            + decider.nameVi() + " / the competent body the steps name, reviewed: " + decider.nameEn()));
        } else if (agency.isBlank() && officialListNamesOne) {
            agency = officialListAgency.strip();
            issues.add(new Issue(Issue.Kind.AGENCY_FROM_OFFICIAL_LIST, "Cơ quan thực hiện / agency", "",
                    "trang chi tiết không ghi cơ quan thực hiện / the detail page names no agency",
                    "lấy từ danh sách chính thức (procedures.csv): " + agency + " / taken from the official list"));
        } else if (agency.isBlank()) {
            issues.add(new Issue(Issue.Kind.NO_AGENCY, "Cơ quan thực hiện / agency", "",
                    "nguồn không ghi cơ quan thực hiện hay cơ quan có thẩm quyền / the source names no agency",
                    "motcua.agency để trống / motcua.agency left empty"));
        }

        if (row.name().length() > ProcedureFacts.MAX_ENGINE_NAME) {
            issues.add(new Issue(Issue.Kind.NAME_TOO_LONG, "Tên thủ tục / name", shorten(row.name()),
                    "dài " + row.name().length() + " ký tự, cột tên của engine chỉ chứa 255 / " + row.name().length()
                            + " characters, the engine's name column holds 255",
                    "tên quy trình cắt còn 255 ký tự; tên đầy đủ trong motcua.name / process name cut to 255 characters; full name in motcua.name"));
        }

        if (!authority.classified()) {
            issues.add(new Issue(Issue.Kind.UNCLASSIFIED_AGENCY, "Cơ quan có thẩm quyền / competent body",
                    authority.text().isBlank() ? "(không ghi / none)" : shorten(authority.text()),
                    authority.text().isBlank() ? "nguồn không ghi cơ quan nào / the source names no body"
                            : "văn bản chưa có trong bảng phân loại đã duyệt (" + CompetentBodyClassification.RESOURCE + ") / text not in the reviewed classification",
                    "giao Ủy ban nhân dân của cấp thực hiện; chuyên viên bổ sung bảng phân loại / routed to the level's People's Committee; an analyst adds the text to the classification"));
        }

        return new ProcedureFacts(row.code(), row.name(), row.field(), level, agency, row.issuingBody(), row.decision(),
                authority, limits, unpublished, fees, documents.names(), documents.items(), documents.notes(), List.copyOf(issues));
    }

    /** What the intake form's heading says when the source has no readable document list (no upload field then). */
    public static final String NO_DOCUMENTS = "Thành phần hồ sơ theo hướng dẫn của cơ quan tiếp nhận (danh mục không ghi rõ)";

    private static ChannelReading read(Channel channel, List<CatalogRow.ChannelEntry> entries, List<Issue> issues, CatalogRow row) {
        String subject = "Thời hạn " + channel.labelVi() + " / " + channel + " limit";
        ChannelReading reading = new ChannelReading();
        List<TimeLimitParser.Result> parsed = new ArrayList<>();
        for (CatalogRow.ChannelEntry entry : entries) {
            String limitText = entry.limit();
            String feeText = entry.fee();
            if (limitText.isBlank()) {
                Matcher shifted = LIMIT_IN_FEE_CELL.matcher(feeText);
                if (shifted.matches()) {
                    limitText = shifted.group(1).strip();
                    feeText = shifted.group(2);
                    issues.add(new Issue(Issue.Kind.LIMIT_FROM_FEE_COLUMN, subject, shorten(entry.fee()),
                            "ô thời hạn trống, thời hạn nằm ở đầu ô phí (bảng bị lệch cột) / empty limit cell, the limit starts the fee cell (shifted table)",
                            "dùng \"" + limitText + "\" làm thời hạn / \"" + limitText + "\" used as the limit"));
                }
            }
            reading.feeTexts.add(feeText);
            TimeLimitParser.Result result = TimeLimitParser.parse(limitText);
            if (result.kind() != TimeLimitParser.Kind.EMPTY) {
                reading.limitTexts.add(limitText.strip());
            }
            if (result.hasLimit()) {
                parsed.add(result);
            } else if (result.kind() == TimeLimitParser.Kind.UNPARSED) {
                reading.limitNotes.add(result.note());
            }
        }
        Optional<TimeLimit> stated = stated(entries, row);
        boolean onlyBare = !parsed.isEmpty() && parsed.stream().allMatch(r -> r.kind() == TimeLimitParser.Kind.ASSUMED);
        if (stated.isPresent() && (parsed.isEmpty() || onlyBare)) {
            // the table has no limit, or only a bare number, but the procedure's own text states one
            issues.add(new Issue(Issue.Kind.LIMIT_FROM_TEXT, subject, shorten(String.join(" · ", reading.limitTexts)),
                    "thời hạn ghi trong phần mô tả, trình tự hoặc kết quả của thủ tục / the limit is stated in the procedure's description, steps or result",
                    "ghi " + stated.get().code() + " / written as " + stated.get().code()));
            reading.limit = stated.get();
            return reading;
        }
        if (onlyBare && sameDayCivilStatus(row, parsed)) {
            issues.add(new Issue(Issue.Kind.LIMIT_FROM_TEXT, subject, "1",
                    "số 1 của thủ tục hộ tịch: giải quyết ngay trong ngày, sau 15 giờ trả vào ngày làm việc tiếp theo (Luật Hộ tịch 2014 điều 16, 18, 34; chưa kiểm chứng điều khoản quy tắc 15 giờ)"
                            + " / a bare 1 of a civil-status procedure: settled the same day, after 15:00 the next working day (Law on Civil Status 2014 art. 16, 18, 34; article of the 15:00 rule unverified)",
                    "ghi 0WD / written as 0WD"));
            reading.limit = TimeLimit.SAME_DAY;
            return reading;
        }
        Optional<TimeLimit> staged = stages(entries, parsed);
        if (staged.isPresent()) {
            issues.add(new Issue(Issue.Kind.LIMIT_STAGES_SUMMED, subject, shorten(String.join(" · ", reading.limitTexts)),
                    "các dòng là các bước nối tiếp nhau (\"Thời hạn …: …\"), mỗi bước lấy thời hạn dài nhất của các trường hợp / the lines are stages one after another, each the longest of its cases",
                    "cộng các bước: " + staged.get().code() + " / stages summed: " + staged.get().code()));
            reading.limit = staged.get();
            return reading;
        }
        Set<TimeLimit> distinct = new TreeSet<>(Comparator.comparing((TimeLimit l) -> l.count()).thenComparingInt(TimeLimit::amount));
        parsed.forEach(r -> distinct.add(r.limit()));
        if (distinct.isEmpty()) {
            return reading;
        }
        Set<DayCount> units = distinct.stream().map(TimeLimit::count).collect(Collectors.toSet());
        String written = shorten(String.join(" · ", reading.limitTexts));
        if (units.size() > 1) {
            reading.limitNotes.add("các trường hợp ghi thời hạn khác đơn vị (ngày làm việc và ngày) / cases with limits in different units (working and calendar days)");
            return reading;
        }
        TimeLimit chosen = distinct.stream().max(Comparator.comparingInt(TimeLimit::amount)).orElseThrow();
        if (distinct.size() > 1) {
            issues.add(new Issue(Issue.Kind.LIMIT_CONFLICTING, subject, written,
                    "nhiều thời hạn khác nhau cho một kênh (theo trường hợp hoặc theo bước): " + codes(distinct)
                            + " / several limits for one channel (cases or stages)",
                    "dùng thời hạn dài nhất " + chosen.code() + "; chuyên viên kiểm tra lại (nếu là các bước thì phải cộng) / the largest, "
                            + chosen.code() + ", used; an analyst must check (stages would add up)"));
        }
        parsed.stream().filter(r -> r.limit().equals(chosen) && r.kind() == TimeLimitParser.Kind.ASSUMED).findFirst()
                .ifPresent(r -> issues.add(new Issue(r.limit().sameDay() ? Issue.Kind.SAME_DAY_ZERO : Issue.Kind.BARE_NUMBER,
                        subject, r.source().strip(), r.note(), "ghi " + chosen.code() + " / written as " + chosen.code())));
        reading.limit = chosen;
        return reading;
    }

    private static final Pattern STAGE = Pattern.compile("thời hạn ([\\p{L} ]{2,40}):", Pattern.CASE_INSENSITIVE);

    /** A limit the procedure's own text states: first in this channel's descriptions, then in its steps and result. */
    private static Optional<TimeLimit> stated(List<CatalogRow.ChannelEntry> entries, CatalogRow row) {
        for (CatalogRow.ChannelEntry entry : entries) {
            Optional<TimeLimit> found = TimeLimitParser.inText(entry.fee());
            if (found.isPresent()) {
                return found;
            }
        }
        return TimeLimitParser.inText(row.steps()).filter(l -> !l.sameDay());
    }

    /** Civil status (hộ tịch): the Law settles these "ngay" (at once); the source writes a bare 1. */
    private static boolean sameDayCivilStatus(CatalogRow row, List<TimeLimitParser.Result> parsed) {
        String field = Normalizer.normalize(row.field(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        boolean civilStatus = field.contains("hộ tịch") || TimeLimitParser.inText(row.steps()).filter(TimeLimit::sameDay).isPresent();
        return civilStatus && parsed.stream().allMatch(r -> r.limit().amount() == 1);
    }

    /**
     * Lines of one channel that are successive stages ("Thời hạn kiểm tra: …", "Thời hạn công bố: …"): the sum of the
     * stages, each the longest of its cases; empty unless there are two stages or more, all counted in the same unit.
     */
    private static Optional<TimeLimit> stages(List<CatalogRow.ChannelEntry> entries, List<TimeLimitParser.Result> parsed) {
        java.util.Map<String, Integer> longest = new java.util.LinkedHashMap<>();
        Set<DayCount> units = new java.util.HashSet<>();
        for (CatalogRow.ChannelEntry entry : entries) {
            Matcher m = STAGE.matcher(entry.fee());
            TimeLimitParser.Result r = TimeLimitParser.parse(entry.limit());
            if (!m.find() || !r.hasLimit() || r.limit().sameDay()) {
                return Optional.empty();
            }
            units.add(r.limit().count());
            longest.merge(m.group(1).strip().toLowerCase(Locale.ROOT), r.limit().amount(), Math::max);
        }
        if (longest.size() < 2 || units.size() != 1) {
            return Optional.empty();
        }
        int total = longest.values().stream().mapToInt(Integer::intValue).sum();
        DayCount unit = units.iterator().next();
        return total > TimeLimit.MAX_AMOUNT ? Optional.empty() : Optional.of(new TimeLimit(total, unit));
    }

    private static Fee fee(Channel channel, ChannelReading reading, List<Issue> issues) {
        String subject = "Phí, lệ phí " + channel.labelVi() + " / " + channel + " fee";
        Set<Long> amounts = new TreeSet<>();
        List<FeeParser.Result> unparsed = new ArrayList<>();
        boolean provincial = false;
        List<Fee.Discount> discounts = new ArrayList<>();
        for (String text : reading.feeTexts) {
            FeeParser.Result result = FeeParser.parse(text);
            if (result.parsed()) {
                amounts.add(result.amount());
            } else if (result.kind() == FeeParser.Kind.PROVINCIAL) {
                provincial = true;
            } else {
                unparsed.add(result);
            }
            FeeParser.discounts(text, channel == Channel.ONLINE).stream().filter(d -> !discounts.contains(d)).forEach(discounts::add);
        }
        String written = shorten(reading.feeTexts.stream().map(String::strip).distinct().collect(Collectors.joining(" · ")));
        if (provincial && amounts.stream().allMatch(a -> a == 0)) {
            issues.add(new Issue(Issue.Kind.FEE_PROVINCIAL, subject, written,
                    "mức thu do Hội đồng nhân dân tỉnh quyết định, nguồn không ghi số tiền / set by the provincial People's Council, the source states no amount",
                    "ghi " + TermsProperties.PROVINCIAL + ": lấy từ bảng phí của tỉnh (motcua.catalog.provincial-fees) / written as "
                            + TermsProperties.PROVINCIAL + ": read from the province's fee table"));
            return new Fee(Fee.Basis.PROVINCIAL_TABLE, null, null, discounts);
        }
        if (amounts.size() > 1) {
            issues.add(new Issue(Issue.Kind.FEE_CONFLICTING, subject, written,
                    "nhiều mức phí khác nhau cho một kênh (theo trường hợp): " + amounts + " / several fees for one channel (cases)",
                    "ghi UNKNOWN (chưa công bố), không ghi miễn phí; chuyên viên đặt mức phí / written as UNKNOWN (not published), never free; an analyst sets the fee"));
            return Fee.unknown();
        }
        if (amounts.size() == 1 && unparsed.isEmpty()) {
            return Fee.stated(amounts.iterator().next()).withDiscounts(discounts);
        }
        String notes = unparsed.stream().map(FeeParser.Result::note).distinct().collect(Collectors.joining("; "));
        if (amounts.size() == 1) {
            long amount = amounts.iterator().next();
            issues.add(new Issue(Issue.Kind.FEE_UNPARSED, subject, written, notes,
                    "dùng mức phí đọc được ở dòng khác của kênh này: " + amount + " / the fee read on another line of this channel, " + amount + ", used"));
            return Fee.stated(amount).withDiscounts(discounts);
        }
        issues.add(new Issue(Issue.Kind.FEE_UNPARSED, subject, written, notes,
                "ghi UNKNOWN: công dân thấy \"chưa công bố\", không phải miễn phí / written as UNKNOWN: citizens see \"not published\", never free"));
        return Fee.unknown();
    }

    private static String codes(Set<TimeLimit> limits) {
        return limits.stream().map(TimeLimit::code).collect(Collectors.joining(", "));
    }

    /** "Trực tiếp" → COUNTER, "Trực tuyến" → ONLINE, "Dịch vụ bưu chính" → POSTAL. */
    public static Optional<Channel> channel(String hinhThuc) {
        String t = Normalizer.normalize(hinhThuc == null ? "" : hinhThuc, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        if (t.equals("trực tiếp")) {
            return Optional.of(Channel.COUNTER);
        }
        if (t.equals("trực tuyến")) {
            return Optional.of(Channel.ONLINE);
        }
        if (t.contains("bưu chính")) {
            return Optional.of(Channel.POSTAL);
        }
        return Optional.empty();
    }

    static String shorten(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return t.length() <= SOURCE_SHOWN ? t : t.substring(0, SOURCE_SHOWN - 1) + "…";
    }

    private static final class ChannelReading {
        TimeLimit limit;
        final List<String> limitTexts = new ArrayList<>();
        final List<String> limitNotes = new ArrayList<>();
        final List<String> feeTexts = new ArrayList<>();
    }
}
