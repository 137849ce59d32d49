package vn.motcua.reporting.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.organisation.UnitRole;
import vn.motcua.security.Officer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which units' figures an officer may see, following the organisation: a leader sees their unit and every unit under
 * it (a commune leader the commune, a department leader the department and its offices); the leaders of the
 * provincial People's Committee (by the unit's kind of body, data) and the auditors see the whole province.
 */
@Component
class ReportingScope {

    /** The body kind (see vn.motcua.organisation.BodyKinds) whose leaders are the provincial leaders. */
    static final String PROVINCIAL_LEADERSHIP = "PROVINCIAL_PEOPLES_COMMITTEE";

    private final UnitDirectory units;

    ReportingScope(UnitDirectory units) {
        this.units = units;
    }

    /** @param units null for the whole province */
    record Scope(boolean province, Set<String> units) {

        boolean covers(String unitCode) {
            return province || units.contains(unitCode);
        }
    }

    Scope of(Officer officer) {
        if (officer.auditor()) {
            return new Scope(true, null);
        }
        List<String> led = officer.unitRoles().stream().filter(r -> r.role() == Role.LEADER).map(UnitRole::unitCode).toList();
        if (led.isEmpty()) {
            throw new AccessDeniedException("Only leaders and auditors read the dashboards");
        }
        if (led.stream().anyMatch(c -> units.find(c).map(u -> PROVINCIAL_LEADERSHIP.equals(u.bodyKind())).orElse(false))) {
            return new Scope(true, null);
        }
        Set<String> scope = new TreeSet<>();
        List<Unit> all = units.all();
        Deque<String> todo = new ArrayDeque<>(led);
        while (!todo.isEmpty()) {
            String code = todo.pop();
            if (scope.add(code)) {
                all.stream().filter(u -> code.equals(u.parentCode())).map(Unit::code).forEach(todo::push);
            }
        }
        return new Scope(false, scope);
    }

    String unitName(String code) {
        return units.find(code).map(Unit::name).orElse(code);
    }
}
