package vn.motcua.importer.internal;

/**
 * Something of a catalog row that the importer could not take as written, or took under an assumption: what, why,
 * and what it did instead. Listed in {@code catalog-import-report.md}.
 *
 * @param kind    the reason, for counting
 * @param subject what part of the row, e.g. "Thời hạn Trực tuyến / ONLINE limit"
 * @param source  the text as the export writes it (shortened for the report)
 * @param problem why it could not be taken as written, Vietnamese / English
 * @param action  what the importer did instead, Vietnamese / English
 */
public record Issue(Kind kind, String subject, String source, String problem, String action) {

    /** The reasons, in the order the report counts them. */
    public enum Kind {
        NO_LIMIT_AT_ALL("no channel states a time limit: the province's default applies, shown as not published", false),
        LIMIT_UNPARSED("time limit not parseable (hours, months, free text): another channel's limit used", false),
        LIMIT_EMPTY("channel listed without a time limit: another channel's limit used", false),
        LIMIT_CONFLICTING("several different time limits for one channel", false),
        LIMIT_FROM_FEE_COLUMN("time limit found in the fee column (shifted table)", false),
        FEE_UNPARSED("fee not parseable (no information, free text, foreign currency, implausible amount): unknown, not free", false),
        FEE_PROVINCIAL("fee set by the provincial People's Council: from the province's fee table", true),
        FEE_CONFLICTING("several different fees for one channel", false),
        UNKNOWN_CHANNEL("unknown submission channel", false),
        NO_CHANNEL("no submission channel", false),
        NO_DOCUMENTS("no required documents found", false),
        DOCUMENT_NOTES("items of the document list that name no paper (notes, exemptions): shown as notes, not upload fields", true),
        DOCUMENTS_NOT_SPLIT("document text could not be split into documents (one upload field for it)", false),
        TEMPLATE_FILE_NOT_CUT("template file glued to a document's name without a clear seam: only its last word cut", false),
        NO_AGENCY("no implementing agency", false),
        AGENCY_FROM_OFFICIAL_LIST("implementing agency taken from procedures.csv", true),
        AGENCY_FROM_STEPS("no agency named: the competent body the procedure's steps name, reviewed per procedure", true),
        NAME_TOO_LONG("name longer than the engine's 255-character name column", false),
        DUPLICATE_CODE("duplicate code (later row skipped)", false),
        HAND_MADE_MODEL("hand-made model exists (not generated)", false),
        NOT_PROVINCE_OR_COMMUNE("not a province- or commune-level procedure (not generated)", false),
        INVALID_CODE("code unusable as a model id (not generated)", false),
        BARE_NUMBER("bare number read as calendar days", true),
        LIMIT_FROM_TEXT("time limit read from the procedure's own text (description, steps, result)", true),
        LIMIT_STAGES_SUMMED("stages of one channel summed into one limit", true),
        SAME_DAY_ZERO("0 read as same day", true),
        UNCLASSIFIED_AGENCY("agency text not in the reviewed classification: routed to the level's People's Committee", false);

        private final String label;
        private final boolean assumption;

        Kind(String label, boolean assumption) {
            this.label = label;
            this.assumption = assumption;
        }

        public String label() {
            return label;
        }

        /** An assumption (listed in the report's assumptions), not a row that failed to parse cleanly. */
        public boolean assumption() {
            return assumption;
        }
    }
}
