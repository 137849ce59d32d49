package vn.motcua.dossier.internal;

import vn.motcua.dossier.IdentityVerification;
import vn.motcua.dossier.PopulationRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Checks again the applicants of dossiers received while the National Population Database did not answer (status
 * {@code NOT_CHECKED}): when it answers, the dossier becomes VERIFIED (counted by the 766 index from then on) or
 * MISMATCH (the officer checks the identity papers); while it does not, the next check waits longer, up to
 * {@code motcua.identity.recheck-max-delay}. Runs on every node: a dossier is claimed by a conditional UPDATE that
 * moves its next check past a lease, so two nodes never ask for the same dossier at once. Not
 * {@code @Transactional}: no transaction stays open while the database is asked.
 */
@Component
class IdentityRecheck {

    private static final Logger log = LoggerFactory.getLogger(IdentityRecheck.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final PopulationRegistry registry;
    private final Clock clock;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final int batchSize;

    IdentityRecheck(JdbcClient jdbc, PopulationRegistry registry, Clock clock,
                    @Value("${motcua.identity.recheck-initial-delay:PT5M}") Duration initialDelay,
                    @Value("${motcua.identity.recheck-max-delay:PT6H}") Duration maxDelay,
                    @Value("${motcua.identity.recheck-batch-size:50}") int batchSize) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.batchSize = batchSize;
    }

    /** When a dossier received unchecked is first checked again. */
    LocalDateTime firstRecheckAt(LocalDateTime receivedAt) {
        return receivedAt.plus(initialDelay);
    }

    @Scheduled(fixedDelayString = "${motcua.identity.recheck-interval:PT1M}",
            initialDelayString = "${motcua.identity.recheck-interval:PT1M}")
    void scheduled() {
        try {
            recheckDue();
        } catch (RuntimeException e) {
            log.warn("Identity re-check run failed, retried at the next run: {}", e.toString());
        }
    }

    /** Checks every dossier whose next check is due; returns how many got an answer (verified or mismatch). */
    int recheckDue() {
        int answered = 0;
        LocalDateTime now = now();
        List<UUID> due = jdbc.sql("""
                        select id from dossier where identity_status = 'NOT_CHECKED' and identity_next_check_at <= :now
                        order by identity_next_check_at fetch first :limit rows only""")
                .param("now", Timestamp.valueOf(now)).param("limit", batchSize).query(UUID.class).list();
        for (UUID id : due) {
            if (recheck(id)) {
                answered++;
            }
        }
        return answered;
    }

    private boolean recheck(UUID id) {
        LocalDateTime now = now();
        int claimed = jdbc.sql("""
                        update dossier set identity_next_check_at = :lease, identity_attempts = identity_attempts + 1
                        where id = :id and identity_status = 'NOT_CHECKED' and identity_next_check_at <= :now""")
                .param("lease", Timestamp.valueOf(now.plus(LEASE))).param("id", id).param("now", Timestamp.valueOf(now))
                .update();
        if (claimed != 1) {
            return false; // another node took it
        }
        Applicant a = jdbc.sql("""
                        select applicant_id_number, applicant_name, applicant_birth_date, identity_attempts
                        from dossier where id = :id""").param("id", id)
                .query((rs, n) -> new Applicant(rs.getString(1), rs.getString(2), toLocal(rs.getDate(3)), rs.getInt(4)))
                .single();
        PopulationRegistry.Result result;
        try {
            result = registry.verify(a.idNumber, a.name, a.birthDate);
        } catch (RuntimeException e) {
            result = PopulationRegistry.Result.UNAVAILABLE;
        }
        LocalDateTime answeredAt = now();
        switch (result) {
            case FOUND -> jdbc.sql("""
                            update dossier set identity_status = 'VERIFIED', identity_checked_at = :at,
                                identity_next_check_at = null where id = :id""")
                    .param("at", Timestamp.valueOf(answeredAt)).param("id", id).update();
            case NOT_FOUND -> {
                jdbc.sql("update dossier set identity_status = 'MISMATCH', identity_next_check_at = null where id = :id")
                        .param("id", id).update();
                log.warn("Dossier {}: the population database knows no citizen with the applicant's number, name and "
                        + "date of birth; the officers see it marked {}", id, IdentityVerification.Status.MISMATCH);
            }
            case UNAVAILABLE -> jdbc.sql("update dossier set identity_next_check_at = :next where id = :id")
                    .param("next", Timestamp.valueOf(answeredAt.plus(delayAfter(a.attempts)))).param("id", id).update();
        }
        return result != PopulationRegistry.Result.UNAVAILABLE;
    }

    /** Doubles from the initial delay after each unanswered check, never beyond the maximum. */
    Duration delayAfter(int attempts) {
        Duration delay = initialDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private record Applicant(String idNumber, String name, LocalDate birthDate, int attempts) {
    }
}
