package vn.motcua.audit.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.input.Dates;
import vn.motcua.problem.InvalidInputException;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The audit trail for auditors (role AUDITOR, see SecurityConfig): read only. {@code from} and {@code to} take a
 * date ({@code 2026-07-01}, the whole day) or a date-time ({@code 2026-07-01T08:00}); {@code target} is a dossier
 * code, task id, unit code, user id or day. Dates from 1900 to 2199 ({@link Dates}), else a 400 naming the parameter.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    List<AuditEntry> find(@RequestParam(required = false) String actor, @RequestParam(required = false) String target,
                          @RequestParam(required = false) String targetType, @RequestParam(required = false) String action,
                          @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "Số dòng phải từ 1 đến 1000", "The limit must be from 1 to 1000");
        }
        LocalDateTime start = Dates.dateOrTime("from", from, false);
        LocalDateTime end = Dates.dateOrTime("to", to, true);
        return queries.find(new AuditQueries.Filter(actor, target, targetType, action, unit, start, end), limit);
    }

}
