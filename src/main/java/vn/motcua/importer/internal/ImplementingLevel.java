package vn.motcua.importer.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The level that settles a procedure in the province ({@code motcua.level}), read from the export's
 * {@code cap_thuc_hien} ("Cấp bộ, Cấp tỉnh, Cấp xã", …; post-reform levels, no district).
 *
 * <p>A procedure that the commune can settle ({@code "Cấp xã"} among the levels) is a {@link #COMMUNE} procedure even
 * when the province can settle it too: the commune is the nearest competent level, and routing it elsewhere is a
 * decision an analyst makes in its DMN. Otherwise {@code "Cấp tỉnh"} makes it a {@link #PROVINCE} procedure. A
 * procedure of neither level (only "Cấp bộ" / "Cơ quan khác") is not in the province's catalog.
 */
public enum ImplementingLevel {
    COMMUNE,
    PROVINCE;

    public static Optional<ImplementingLevel> of(String capThucHien) {
        if (capThucHien == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(capThucHien, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (t.contains("cấp xã")) {
            return Optional.of(COMMUNE);
        }
        if (t.contains("cấp tỉnh")) {
            return Optional.of(PROVINCE);
        }
        return Optional.empty();
    }

    /** Every level of the province the row lists ("Cấp tỉnh" → PROVINCE, "Cấp xã" → COMMUNE), in enum order. */
    public static java.util.Set<ImplementingLevel> all(String capThucHien) {
        java.util.Set<ImplementingLevel> levels = java.util.EnumSet.noneOf(ImplementingLevel.class);
        String t = Normalizer.normalize(capThucHien == null ? "" : capThucHien, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (t.contains("cấp xã")) {
            levels.add(COMMUNE);
        }
        if (t.contains("cấp tỉnh")) {
            levels.add(PROVINCE);
        }
        return levels;
    }

    /** Vietnamese wording for documentation: "cấp xã" / "cấp tỉnh". */
    public String labelVi() {
        return this == COMMUNE ? "cấp xã" : "cấp tỉnh";
    }
}
