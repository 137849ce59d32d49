package vn.motcua.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an officer does. Unit roles (receiver, specialist, leader) are held in one unit and map to the engine
 * group {@code <unit code>:<role>}; province-wide roles (analyst, administrator, auditor) are held for the whole
 * province and map to one engine group each ({@code motcua:analyst}, {@code camunda-admin}, {@code motcua:auditor}).
 */
public enum Role {
    /** Receives dossiers at the counter, checks them, returns results. */
    RECEIVER(null, "Tiếp nhận", "Receiver"),
    /** Reviews dossiers of their unit. */
    SPECIALIST(null, "Chuyên viên", "Specialist"),
    /** Approves results, stops processing, sees every task of their unit and may reassign it within the unit. */
    LEADER(null, "Lãnh đạo", "Leader"),
    /** Procedure analyst: deploys models; sees no dossier, task, variable or history data. */
    ANALYST("motcua:analyst", "Phân tích nghiệp vụ", "Analyst"),
    /** Manages units, officers, roles and the calendar; Camunda's own administrator group. */
    ADMINISTRATOR("camunda-admin", "Quản trị hệ thống", "Administrator"),
    /** Reads everything, the audit trail included; changes nothing. */
    AUDITOR("motcua:auditor", "Kiểm tra, giám sát", "Auditor");

    private final String provinceGroupId;
    private final String labelVi;
    private final String labelEn;

    Role(String provinceGroupId, String labelVi, String labelEn) {
        this.provinceGroupId = provinceGroupId;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** True for receiver, specialist and leader, which are always held in one unit. */
    public boolean unitScoped() {
        return provinceGroupId == null;
    }

    public String groupSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The engine group of a province-wide role. */
    public String provinceGroupId() {
        if (unitScoped()) {
            throw new IllegalStateException(this + " is held in a unit: use UnitRole.groupId()");
        }
        return provinceGroupId;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The province-wide role of an engine group id; empty for unit roles and other groups. */
    public static Optional<Role> fromProvinceGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> !r.unitScoped() && r.provinceGroupId.equals(groupId)).findFirst();
    }
}
