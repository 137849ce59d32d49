package vn.motcua.reporting.internal.whatif;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.motcua.input.Dates;
import vn.motcua.problem.InvalidInputException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change of the unit map, as data (a small JSON file or request body):
 * <pre>{
 *   "name": "Gộp điểm tiếp nhận xã A vào xã B",
 *   "from": "2026-03", "to": "2026-05",               // whole months replayed, inclusive
 *   "officers": {"default": 2, "H36.20": 6},          // desks (officers) per unit as it is: the actual map
 *   "changes": {
 *     "moves":    [{"from": "A", "to": "B", "share": 1.0}],  // dossiers of A now handled by B (share: communes moved)
 *     "officers": {"A": 0, "B": 3}                           // desks after the change: merged, added, removed
 *   }
 * }</pre>
 * A move of share 1 merges the two receiving points; a share below 1 moves that part of A's dossiers (the communes
 * moved to B's service area), always the same dossiers for the same scenario.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Scenario(String name, String from, String to, Map<String, Integer> officers, Changes changes) {

    /** Desks per unit when the scenario names none. */
    public static final int DEFAULT_OFFICERS = 2;

    public record Changes(List<Move> moves, Map<String, Integer> officers) {
    }

    public record Move(String from, String to, Double share) {
    }

    public Scenario {
        officers = officers == null ? Map.of() : new TreeMap<>(officers);
        changes = changes == null ? new Changes(List.of(), Map.of()) : new Changes(
                changes.moves() == null ? List.of() : List.copyOf(changes.moves()),
                changes.officers() == null ? Map.of() : new TreeMap<>(changes.officers()));
    }

    public YearMonth firstMonth() {
        return month("from", from);
    }

    public YearMonth lastMonth() {
        return month("to", to);
    }

    /** Desks of {@code unit} on the actual map. */
    public int officersBefore(String unit) {
        return officers.getOrDefault(unit, officers.getOrDefault("default", DEFAULT_OFFICERS));
    }

    /** Desks of {@code unit} after the change. */
    public int officersAfter(String unit) {
        return changes.officers().getOrDefault(unit, officersBefore(unit));
    }

    /** Bad scenarios are refused whole, each fault named (Vietnamese first). */
    public Scenario validated() {
        List<InvalidInputException.Violation> v = new ArrayList<>();
        YearMonth f = null;
        YearMonth t = null;
        try {
            f = firstMonth();
            t = lastMonth();
        } catch (InvalidInputException e) {
            v.addAll(e.violations());
        }
        if (f != null && t != null && (f.isAfter(t) || f.plusYears(2).isBefore(t))) {
            v.add(new InvalidInputException.Violation("to", "Kỳ mô phỏng không hợp lệ: từ " + f + " đến " + t
                    + " (tối đa 2 năm)", "Invalid period: from " + f + " to " + t + " (at most 2 years)"));
        }
        officers.forEach((u, n) -> desks(v, "officers." + u, n));
        changes.officers().forEach((u, n) -> desks(v, "changes.officers." + u, n));
        for (int i = 0; i < changes.moves().size(); i++) {
            Move m = changes.moves().get(i);
            if (m == null || blank(m.from()) || blank(m.to()) || m.from().equals(m.to())) {
                v.add(new InvalidInputException.Violation("changes.moves[" + i + "]",
                        "Mỗi lần chuyển cần đơn vị đi (from) và đơn vị đến (to) khác nhau",
                        "Each move needs a unit to move from and a different unit to move to"));
            } else if (m.share() != null && (m.share() <= 0 || m.share() > 1)) {
                v.add(new InvalidInputException.Violation("changes.moves[" + i + "].share",
                        "Tỷ lệ chuyển phải lớn hơn 0 và không quá 1: " + m.share(),
                        "The share moved must be above 0 and at most 1: " + m.share()));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return this;
    }

    private static void desks(List<InvalidInputException.Violation> v, String field, Integer n) {
        if (n == null || n < 0 || n > 1000) {
            v.add(new InvalidInputException.Violation(field, "Số cán bộ phải từ 0 đến 1000: " + n,
                    "The number of officers must be 0 to 1000: " + n));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static YearMonth month(String field, String value) {
        YearMonth month = Dates.month(field, value);
        if (month == null) {
            throw new InvalidInputException(field, "Tháng phải có dạng yyyy-MM, ví dụ 2026-03: " + value,
                    "The month must read yyyy-MM, e.g. 2026-03: " + value);
        }
        return month;
    }
}
