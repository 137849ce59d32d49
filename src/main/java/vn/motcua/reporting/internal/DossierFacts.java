package vn.motcua.reporting.internal;

import vn.motcua.catalog.Channel;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the 766 index needs to know of one dossier, read from its row and its timeline (see {@link TimelineFacts}).
 *
 * @param appointmentAt the appointment date given on the receipt (form 01, NgayHenTra): supplement time is subtracted
 *                      from the end instead of being added to this date (formula 2.1), and an apology's new date
 *                      (form 04) does not make a late dossier on time
 * @param accepted      the dossier was accepted (status 2 or later processing): only accepted dossiers are judged
 * @param supplements   supplement requests made after acceptance, in order
 * @param ending        how processing ended, null while it runs
 */
public record DossierFacts(UUID id, String unitCode, String procedureCode, String fieldCode, Channel channel,
                           LocalDateTime receivedAt, LocalDateTime appointmentAt, boolean accepted,
                           List<Supplement> supplements, Ending ending, boolean identityVerified) {

    public DossierFacts {
        supplements = List.copyOf(supplements);
    }

    /** A supplement request and, once the applicant brought it, when processing resumed. */
    public record Supplement(LocalDateTime requestedAt, LocalDateTime resumedAt) {

        boolean pendingAt(LocalDateTime t) {
            return !requestedAt.isAfter(t) && (resumedAt == null || resumedAt.isAfter(t));
        }

        Duration applicantTime() {
            return Duration.between(requestedAt, resumedAt);
        }
    }

    /** The end of processing (formula 2.1: "thời gian kết thúc xử lý"), by kind. */
    public record Ending(Kind kind, LocalDateTime at) {
    }

    /**
     * Kinds of end, in the NPSP's order of precedence: processing finished, else result returned, else stopped /
     * withdrawn ("Đã xử lý xong" &gt; "Đã trả kết quả" &gt; "Dừng xử lý/Từ chối"). NOT_ACCEPTED is a refusal at
     * reception (form 03): never accepted, so never judged.
     */
    public enum Kind {
        FINISHED, RETURNED, STOPPED, WITHDRAWN, NOT_ACCEPTED
    }
}
