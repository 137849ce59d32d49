package vn.motcua.reporting.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.input.Dates;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.security.CurrentOfficer;

import java.time.YearMonth;

/**
 * The leaders' dashboard API: the 766 score of a period and its tables, each also as CSV and XLSX. Every answer is
 * limited to the officer's scope ({@link ReportingScope}); the period is whole months, {@code yyyy-MM}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dashboard dashboard;
    private final ReportingScope scopes;

    ReportsController(Dashboard dashboard, ReportingScope scopes) {
        this.dashboard = dashboard;
        this.scopes = scopes;
    }

    @GetMapping("/766")
    Dashboard.Score score(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period p = period(from, to);
        return dashboard.score(scopes.of(CurrentOfficer.require()), p.from, p.to);
    }

    @GetMapping("/tables/{name}")
    Dashboard.Table table(@PathVariable String name, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to) {
        Period p = period(from, to);
        return dashboard.table(name, scopes.of(CurrentOfficer.require()), p.from, p.to);
    }

    @GetMapping("/tables/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        Dashboard.Table t = table(name, from, to);
        return download(TableExport.csv(t), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), name + ".csv");
    }

    @GetMapping("/tables/{name}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String name, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        return download(TableExport.xlsx(table(name, from, to)), XLSX, name + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }

    private record Period(YearMonth from, YearMonth to) {
    }

    /** Default: the current month. At most five years, so a typo cannot ask for centuries. */
    private Period period(String from, String to) {
        YearMonth now = YearMonth.from(dashboard.now());
        YearMonth f = month("from", from, now);
        YearMonth t = month("to", to, now);
        if (f.isAfter(t) || f.plusYears(5).isBefore(t)) {
            throw new InvalidInputException("from", "Kỳ báo cáo không hợp lệ: từ tháng " + f + " đến tháng " + t
                    + " (tối đa 5 năm)", "Invalid period: from " + f + " to " + t + " (at most 5 years)");
        }
        return new Period(f, t);
    }

    private static YearMonth month(String field, String value, YearMonth otherwise) {
        YearMonth month = Dates.month(field, value);
        return month == null ? otherwise : month;
    }
}
