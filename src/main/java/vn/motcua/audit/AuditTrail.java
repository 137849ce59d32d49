package vn.motcua.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Writes the audit trail. Joins the caller's transaction, so the row commits or rolls back with the change it
 * records; called outside one (a read), it writes in a transaction of its own. There is deliberately no method
 * to change or delete a row.
 */
@Service
public class AuditTrail {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";
    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the officer making the current request (or {@code anonymous}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String targetType, String targetId, String unitCode, String detail) {
        record(currentActor(), action, targetType, targetId, unitCode, detail);
    }

    /** Records an action of a named actor (the engine's authenticated user, {@code applicant}, {@code system}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String targetType, String targetId, String unitCode, String detail) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, target_type, target_id, unit_code, detail, client_address)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)),
                        cut(actor == null || actor.isBlank() ? ANONYMOUS : actor, 100), cut(action, 40),
                        cut(targetType, 20), cut(targetId, 100), unitCode == null ? null : cut(unitCode, 35),
                        detail == null ? null : cut(detail, MAX_DETAIL), ClientAddress.current().map(a -> cut(a, 64)).orElse(null))
                .update();
    }

    /** The user of the current request (an officer's user id), or {@code anonymous}. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? ANONYMOUS : auth.getName();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
