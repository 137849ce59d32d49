package vn.motcua.reporting.internal;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityVerification;
import vn.motcua.dossier.TimelineEntry;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a dossier's {@link DossierFacts} from its row and its timeline, the way the NPSP reads the progress it was
 * sent (CapNhatTienDoHoSoMC): the status steps in order. Pure.
 */
public final class TimelineFacts {

    /** Statuses that show the dossier was accepted (2.1 judges accepted dossiers only). */
    private static final Set<DossierStatus> ACCEPTED = EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.PROCESSING,
            DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.FINISHED, DossierStatus.RETURNED);

    private TimelineFacts() {
    }

    public static DossierFacts of(Dossier d, List<TimelineEntry> timeline, IdentityVerification identity, String fieldCode) {
        boolean accepted = false;
        LocalDateTime appointment = null;
        List<DossierFacts.Supplement> supplements = new ArrayList<>();
        LocalDateTime openRequest = null;
        Map<DossierFacts.Kind, LocalDateTime> ends = new EnumMap<>(DossierFacts.Kind.class);
        for (TimelineEntry e : timeline) {
            if (appointment == null && e.dueAt() != null && !"APOLOGY".equals(e.action())) {
                appointment = e.dueAt();
            }
            if (!"STATUS".equals(e.action())) {
                continue;
            }
            DossierStatus s = e.status();
            if (s == DossierStatus.ACCEPTED && !accepted && e.dueAt() != null) {
                // the appointment given with the receipt (form 01) is kept on the acceptance step
                appointment = e.dueAt();
            }
            if (openRequest != null && s != DossierStatus.SUPPLEMENT_REQUESTED) {
                supplements.add(new DossierFacts.Supplement(openRequest, e.occurredAt()));
                openRequest = null;
            }
            if (s == DossierStatus.SUPPLEMENT_REQUESTED && accepted && openRequest == null) {
                openRequest = e.occurredAt();
            }
            accepted |= ACCEPTED.contains(s);
            DossierFacts.Kind kind = switch (s) {
                case FINISHED -> DossierFacts.Kind.FINISHED;
                case RETURNED -> DossierFacts.Kind.RETURNED;
                case STOPPED -> DossierFacts.Kind.STOPPED;
                case WITHDRAWAL_REQUESTED -> DossierFacts.Kind.WITHDRAWN;
                case NOT_ACCEPTED -> DossierFacts.Kind.NOT_ACCEPTED;
                default -> null;
            };
            if (kind != null) {
                ends.putIfAbsent(kind, e.occurredAt());
            }
        }
        if (openRequest != null) {
            supplements.add(new DossierFacts.Supplement(openRequest, null));
        }
        return new DossierFacts(d.id(), d.handlingUnitCode(), d.procedureCode(), fieldCode, d.channel(), d.receivedAt(),
                appointment != null ? appointment : d.dueAt(), accepted, supplements, ending(ends, accepted),
                identity != null && identity.status() == IdentityVerification.Status.VERIFIED);
    }

    /** The NPSP's precedence: finished, else returned, else stopped / withdrawn; a refusal only if never accepted. */
    private static DossierFacts.Ending ending(Map<DossierFacts.Kind, LocalDateTime> ends, boolean accepted) {
        for (DossierFacts.Kind k : List.of(DossierFacts.Kind.FINISHED, DossierFacts.Kind.RETURNED,
                DossierFacts.Kind.STOPPED, DossierFacts.Kind.WITHDRAWN)) {
            if (ends.containsKey(k)) {
                LocalDateTime at = k.ordinal() >= DossierFacts.Kind.STOPPED.ordinal()
                        ? earliest(ends.get(DossierFacts.Kind.STOPPED), ends.get(DossierFacts.Kind.WITHDRAWN)) : ends.get(k);
                return new DossierFacts.Ending(k, at);
            }
        }
        if (!accepted && ends.containsKey(DossierFacts.Kind.NOT_ACCEPTED)) {
            return new DossierFacts.Ending(DossierFacts.Kind.NOT_ACCEPTED, ends.get(DossierFacts.Kind.NOT_ACCEPTED));
        }
        return null;
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
