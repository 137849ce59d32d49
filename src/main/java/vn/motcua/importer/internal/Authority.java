package vn.motcua.importer.internal;

import vn.motcua.organisation.BodyKind;
import vn.motcua.organisation.BodyKinds;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who decides a procedure, by the level that settles the dossier, as its authority decision states it: the kind of
 * competent body ({@link BodyKinds}) and the commune whose body it is.
 *
 * @param text    the agency text the kind was read from ({@code co_quan_co_tham_quyen}, else {@code co_quan_thuc_hien},
 *                else those of {@code procedures.csv}); where the source names no agency, the words of its steps that
 *                the per-procedure review ({@link CompetentBodyClassification#BY_PROCEDURE}) quotes; empty when
 *                neither says
 * @param column  which column {@code text} comes from
 * @param byLevel the decision for a dossier settled at each level the source lists ({@code cap_thuc_hien})
 */
record Authority(String text, String column, Map<ImplementingLevel, Decision> byLevel) {

    /** Fields whose procedures concern a piece of land or a building: competence follows where it is. */
    private static final Pattern PROPERTY_FIELDS = Pattern.compile("đất đai|nhà ở|hoạt động xây dựng|biện pháp bảo đảm|đo đạc");

    /**
     * @param kind       the kind of competent body
     * @param territory  which commune decides: the receiving point's, the applicant's or the property's
     * @param reason     the classification's reason, or why it is a default
     * @param classified whether the reviewed classification gave the kind ({@code false}: the level's general body)
     */
    record Decision(String kind, BodyKind.Territory territory, String reason, boolean classified) {
    }

    boolean classified() {
        return byLevel.values().stream().allMatch(Decision::classified);
    }

    /** The source names no agency, and the per-procedure review read the competent body from its steps. */
    boolean fromReviewedSteps() {
        return column.startsWith(STEPS_COLUMN) && classified();
    }

    private static final String STEPS_COLUMN = "trinh_tu_thuc_hien";

    /** Reads who decides from the row: the reviewed classification of its agency text at each of its levels. */
    static Authority of(CatalogRow row, String[] officialTexts, CompetentBodyClassification classification) {
        String text = row.competentBody();
        String column = "co_quan_co_tham_quyen";
        if (text.isBlank()) {
            text = row.agency();
            column = "co_quan_thuc_hien";
        }
        if (text.isBlank() && officialTexts != null) {
            text = officialTexts[0] == null ? "" : officialTexts[0].strip();
            column = "procedures.csv co_quan_co_tham_quyen";
            if (text.isBlank()) {
                text = officialTexts[1] == null ? "" : officialTexts[1].strip();
                column = "procedures.csv co_quan_thuc_hien";
            }
        }
        Map<ImplementingLevel, Decision> byLevel = new EnumMap<>(ImplementingLevel.class);
        if (text.isBlank()) {
            for (ImplementingLevel level : ImplementingLevel.all(row.levels())) {
                var reviewed = classification.classifyProcedure(row.code(), level);
                byLevel.put(level, decide(reviewed.map(CompetentBodyClassification.ProcedureRow::kind),
                        reviewed.map(CompetentBodyClassification.ProcedureRow::reason), level, row));
                if (reviewed.isPresent() && text.isBlank()) {
                    text = reviewed.get().evidence();
                    column = STEPS_COLUMN + ", " + CompetentBodyClassification.BY_PROCEDURE;
                }
            }
        } else {
            for (ImplementingLevel level : ImplementingLevel.all(row.levels())) {
                var found = classification.classify(text, level, row.issuingBody());
                byLevel.put(level, decide(found.map(CompetentBodyClassification.Row::kind),
                        found.map(CompetentBodyClassification.Row::reason), level, row));
            }
        }
        return new Authority(text, text.isBlank() ? "" : column, byLevel);
    }

    private static Decision decide(Optional<String> reviewedKind, Optional<String> reviewedReason,
                                   ImplementingLevel level, CatalogRow row) {
        String kind;
        String reason;
        boolean classified = reviewedKind.isPresent();
        if (classified) {
            kind = reviewedKind.get();
            reason = reviewedReason.orElseThrow();
        } else {
            kind = level == ImplementingLevel.COMMUNE ? "COMMUNE_PEOPLES_COMMITTEE" : "PROVINCIAL_PEOPLES_COMMITTEE";
            reason = "chưa phân loại được cơ quan; giao Ủy ban nhân dân " + level.labelVi()
                    + " (cơ quan hành chính chung của cấp này) cho đến khi chuyên viên xác định / unclassified agency: the level's People's Committee until an analyst decides";
        }
        BodyKind body = BodyKinds.get(kind);
        BodyKind.Territory territory = body.territory();
        if (territory == BodyKind.Territory.APPLICANT && PROPERTY_FIELDS.matcher(key(row.field())).find()) {
            territory = BodyKind.Territory.PROPERTY;
        }
        return new Decision(kind, territory, reason, classified);
    }

    private static String key(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
