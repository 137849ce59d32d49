package vn.motcua.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.web.NotFoundException;

import java.util.List;

/** Public catalog: anyone may read which procedures the province settles and on what terms. */
@RestController
@RequestMapping("/api/v1/procedures")
class CatalogController {

    private final ProcedureCatalog catalog;

    CatalogController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<ProcedureSummary> list(@RequestParam(required = false) String level,
                                @RequestParam(required = false) String field,
                                @RequestParam(required = false) String q) {
        return catalog.search(level, field, q).stream().map(ProcedureSummary::of).toList();
    }

    @GetMapping("/{code}")
    ProcedureDetails read(@PathVariable String code) {
        return catalog.find(code).map(ProcedureDetails::of)
                .orElseThrow(() -> new NotFoundException("procedure", code,
                        "Không có thủ tục mã " + code, "No procedure with code " + code));
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
