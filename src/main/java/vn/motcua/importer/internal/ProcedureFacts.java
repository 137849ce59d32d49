package vn.motcua.importer.internal;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the importer derives from one catalog row: the facts the generated models carry, and the issues met.
 *
 * @param code        national code
 * @param name        official name, in full
 * @param field       lĩnh vực
 * @param level       who settles it
 * @param agency      the implementing agency as the catalog names it (may be empty, then reported)
 * @param issuingBody the ministry that published it
 * @param decision    the publishing decision (so_quyet_dinh)
 * @param authority   who decides it at each level the source lists: kind of competent body and territory
 * @param limits      time limit per offered channel that has one (enum order)
 * @param unpublished offered channels whose source states no limit: written {@code UNPUBLISHED}, the province's
 *                    default applies
 * @param fees        fee per offered channel (enum order); unknown where the source states no usable amount (reported)
 * @param documents   required documents' names
 * @param documentItems the required documents with original/copy and count, as far as the source says
 * @param documentNotes the document list's items that name no paper to hand in, shown to the applicant as notes
 * @param issues      what could not be taken as written, and the assumptions made
 */
public record ProcedureFacts(String code, String name, String field, ImplementingLevel level, String agency,
                             String issuingBody, String decision, Authority authority,
                             Map<Channel, TimeLimit> limits, Set<Channel> unpublished, Map<Channel, Fee> fees,
                             List<String> documents, List<DocumentListParser.Document> documentItems, List<String> documentNotes,
                             List<Issue> issues) {

    /** Largest name the engine stores (ACT_RE_PROCDEF.NAME_ and ACT_RE_DECISION_DEF.NAME_ are varchar(255)). */
    public static final int MAX_ENGINE_NAME = 255;

    public boolean clean() {
        return issues.stream().allMatch(i -> i.kind().assumption());
    }

    /** {@code name} cut to {@code max} characters at a word boundary with an ellipsis, or unchanged when it fits. */
    public static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int cut = name.lastIndexOf(' ', max - 1);
        return name.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
