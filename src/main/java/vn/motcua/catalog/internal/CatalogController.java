package vn.motcua.catalog.internal;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Public catalog: anyone may read which procedures the province settles and on what terms. */
@RestController
@RequestMapping("/api/v1/procedures")
class CatalogController {

    private final ProcedureCatalog catalog;
    private final IntakeForms forms;
    private final Clock clock;

    CatalogController(ProcedureCatalog catalog, IntakeForms forms, Clock clock) {
        this.catalog = catalog;
        this.forms = forms;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Levels a procedure is settled at ({@code motcua.level}). */
    static final List<String> LEVELS = List.of("PROVINCE", "COMMUNE");

    @GetMapping
    List<ProcedureSummary> list(@RequestParam(required = false) String level,
                                @RequestParam(required = false) String field,
                                @RequestParam(required = false) String agency,
                                @RequestParam(required = false) String q) {
        if (level != null && LEVELS.stream().noneMatch(level::equalsIgnoreCase)) {
            throw new InvalidInputException("level",
                    "Cấp thực hiện phải là một trong " + LEVELS + ", không phải '" + level + "'",
                    "level must be one of " + LEVELS + ", not '" + level + "'");
        }
        return catalog.search(level, field, agency, q).stream().map(p -> ProcedureSummary.of(p, today())).toList();
    }

    /** The competent agencies named in the catalog with how many procedures each settles, for browsing by agency. */
    @GetMapping("/agencies")
    List<AgencyCount> agencies() {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return catalog.all().stream()
                .filter(p -> !p.agency().isBlank())
                .collect(Collectors.groupingBy(Procedure::agency, Collectors.counting()))
                .entrySet().stream()
                .map(e -> new AgencyCount(e.getKey(), e.getValue()))
                .sorted((a, b) -> vietnamese.compare(a.agency(), b.agency()))
                .toList();
    }

    record AgencyCount(String agency, long count) {
    }

    @GetMapping("/{code}")
    ProcedureDetails read(@PathVariable String code) {
        return catalog.find(code).map(p -> ProcedureDetails.of(p, today()))
                .orElseThrow(() -> new NotFoundException("procedure", code,
                        "Không có thủ tục mã " + code, "No procedure with code " + code));
    }

    /** The fields (lĩnh vực) of the catalog with how many procedures each has, for browsing by field. */
    @GetMapping("/fields")
    List<FieldCount> fields() {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return catalog.all().stream()
                .filter(p -> !p.field().isBlank())
                .collect(Collectors.groupingBy(Procedure::field, Collectors.counting()))
                .entrySet().stream()
                .map(e -> new FieldCount(e.getKey(), e.getValue()))
                .sorted((a, b) -> vietnamese.compare(a.field(), b.field()))
                .toList();
    }

    record FieldCount(String field, long count) {
    }

    /** The procedure's intake form (a Camunda Form schema, as in {@code forms/}), for the portal to render. */
    @GetMapping("/{code}/form")
    JsonNode form(@PathVariable String code) {
        Procedure procedure = catalog.find(code).orElseThrow(() -> new NotFoundException("procedure", code,
                "Không có thủ tục mã " + code, "No procedure with code " + code));
        return forms.of(procedure).orElseThrow(() -> new NotFoundException("form", code,
                "Thủ tục " + code + " không có biểu mẫu nộp trực tuyến", "Procedure " + code + " has no intake form"));
    }

    record ProcedureSummary(String code, String name, String field, String level, String agency,
                            List<TermsView> channels) {
        static ProcedureSummary of(Procedure p, LocalDate today) {
            return new ProcedureSummary(p.code(), p.name(), p.field(), p.level(), p.agency(), TermsView.of(p, today));
        }
    }

    record ProcedureDetails(String code, String name, String field, String level, String agency,
                            List<TermsView> channels, List<String> documents, List<FormField> fields) {
        static ProcedureDetails of(Procedure p, LocalDate today) {
            return new ProcedureDetails(p.code(), p.name(), p.field(), p.level(), p.agency(), TermsView.of(p, today),
                    p.documents(), p.fields());
        }
    }

    /**
     * One channel's terms for people: the limit (with {@code limitPublished=false} and "chưa công bố" when the
     * source states none and the province's default counts the due date), and the fee: {@code feeBasis}
     * STATED / UNKNOWN / PROVINCIAL_TABLE, {@code feeVnd} only when the amount is known (absent = not published, never
     * free), {@code feeDueTodayVnd} after a discount in force today, and the discounts with their dates.
     */
    record TermsView(Channel channel, String channelVi, String timeLimit, String timeLimitVi, String timeLimitEn,
                     boolean limitPublished, Fee.Basis feeBasis, Long feeVnd, Long feeDueTodayVnd, String feeVi,
                     String feeEn, String feeDecidedBy, List<DiscountView> feeDiscounts) {
        static List<TermsView> of(Procedure p, LocalDate today) {
            return p.terms().values().stream().map(t -> of(t, today)).toList();
        }

        static TermsView of(ChannelTerms t, LocalDate today) {
            Fee fee = t.fee();
            return new TermsView(t.channel(), t.channel().labelVi(), t.limit().code(),
                    t.limitPublished() ? t.limit().describeVi() : "Chưa công bố (tạm tính " + t.limit().describeVi() + " theo quy định của tỉnh)",
                    t.limitPublished() ? t.limit().describeEn() : "Not published (counted as " + t.limit().describeEn() + ", the province's default)",
                    t.limitPublished(), fee.basis(), fee.amountVnd(), fee.dueOn(today).orElse(null),
                    fee.describeVi(), fee.describeEn(), fee.decidedBy(),
                    fee.discounts().stream().map(d -> new DiscountView(d.percent(), DAY.format(d.from()), DAY.format(d.until()),
                            d.appliesOn(today))).toList());
        }
    }

    /** A discount; dates dd/MM/yyyy, both included. */
    record DiscountView(int percent, String from, String until, boolean inForceToday) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
