package vn.motcua.catalog.internal;

import vn.motcua.catalog.Channel;
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
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Public catalog: anyone may read which procedures the province settles and on what terms. */
@RestController
@RequestMapping("/api/v1/procedures")
class CatalogController {

    private final ProcedureCatalog catalog;
    private final IntakeForms forms;

    CatalogController(ProcedureCatalog catalog, IntakeForms forms) {
        this.catalog = catalog;
        this.forms = forms;
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
        return catalog.search(level, field, agency, q).stream().map(ProcedureSummary::of).toList();
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
        return catalog.find(code).map(ProcedureDetails::of)
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
        static ProcedureSummary of(Procedure p) {
            return new ProcedureSummary(p.code(), p.name(), p.field(), p.level(), p.agency(), TermsView.of(p));
        }
    }

    record ProcedureDetails(String code, String name, String field, String level, String agency,
                            List<TermsView> channels, List<String> documents, List<FormField> fields) {
        static ProcedureDetails of(Procedure p) {
            return new ProcedureDetails(p.code(), p.name(), p.field(), p.level(), p.agency(), TermsView.of(p),
                    p.documents(), p.fields());
        }
    }

    record TermsView(Channel channel, String channelVi, String timeLimit, String timeLimitVi, String timeLimitEn,
                     long feeVnd) {
        static List<TermsView> of(Procedure p) {
            return p.terms().values().stream()
                    .map(t -> new TermsView(t.channel(), t.channel().labelVi(), t.limit().code(),
                            t.limit().describeVi(), t.limit().describeEn(), t.feeVnd()))
                    .toList();
        }
    }
}
