package vn.motcua.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The database is away or too busy to answer in time (connection refused or lost, no pooled connection within the
 * pool's timeout, a statement or lock timeout, a server that accepts no writes during a failover): the request's transaction did not commit, so it is answered {@code 503}
 * with {@code Retry-After}, as problem+json, instead of an error page or a request left waiting. (Only a connection
 * lost during the commit itself leaves the outcome unknown: that is what a submission's {@code Idempotency-Key} is
 * for.) Recognised anywhere in an exception's causes, so the engine's and the drivers' wrappers are seen through.
 */
public final class DatabaseUnavailable {

    public static final URI TYPE = URI.create("urn:motcua:problem:service-unavailable");
    /** Seconds a client should wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATE of the errors that mean "away or busy" (PostgreSQL's codes), besides a connection exception (class 08)
     * and insufficient resources (class 53: too many connections, disk full, out of memory): the server shutting down
     * or starting (57P01–57P03), a statement cancelled by {@code statement_timeout} (57014), a lock not granted within
     * {@code lock_timeout} (55P03), and a write refused because the server accepts none (25006 "read-only
     * transaction": a replica, or a primary being demoted, reached during a failover).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "55P03", "25006");
    private static final Set<String> CLASSES = Set.of("08", "53");

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or any of its causes, is the database being away or too slow. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof PessimisticLockingFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().length() == 5 && CLASSES.contains(sql.getSQLState().substring(0, 2))
                    || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The 503 answer, in Vietnamese and English. */
    public static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Hệ thống tạm thời không xử lý được yêu cầu; hãy thử lại sau " + RETRY_AFTER_SECONDS
                        + " giây (gửi lại với cùng khóa Idempotency-Key thì không tạo hồ sơ trùng) / The service cannot "
                        + "handle the request right now; try again in " + RETRY_AFTER_SECONDS + " seconds (sent again "
                        + "with the same Idempotency-Key, it makes no duplicate dossier)");
        problem.setType(TYPE);
        problem.setTitle("Tạm thời gián đoạn / Service temporarily unavailable");
        return problem;
    }

    /** {@link #problem()} with its status, content type and {@code Retry-After}. */
    public static ResponseEntity<ProblemDetail> response() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem());
    }
}
