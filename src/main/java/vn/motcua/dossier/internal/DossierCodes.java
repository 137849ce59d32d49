package vn.motcua.dossier.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dossier codes in the official format: receiving agency code + "-" + yyMMdd + "-" + daily sequence of 4
 * digits, e.g. {@code <unit code>-250701-0001} (Circular 01/2018/TT-VPCP, kept by Circular 03/2025/TT-VPCP).
 *
 * <p>The sequence row of a unit and day is locked by an UPDATE in its own short transaction, so codes are
 * unique under any concurrency and across nodes, while the submission's longer transaction never holds the
 * lock. A submission that fails after taking a number leaves a gap, which the format allows. Beyond 9,999
 * dossiers a day at one unit the sequence grows to five digits rather than repeat.
 */
@Component
public class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String unitCode, LocalDate day) {
        Integer value = ownTransaction.execute(tx -> incrementAndGet(unitCode, day));
        if (value == null) {
            try {
                value = ownTransaction.execute(tx -> {
                    jdbc.sql("insert into dossier_sequence (unit_code, seq_day, last_value) values (:unit, :day, 1)")
                            .param("unit", unitCode).param("day", day).update();
                    return 1;
                });
            } catch (DuplicateKeyException raced) {
                // another request or node opened the day first: take the next number after theirs
                value = ownTransaction.execute(tx -> incrementAndGet(unitCode, day));
            }
        }
        return "%s-%s-%04d".formatted(unitCode, DAY.format(day), value);
    }

    /** The next number of an open day, or null if nobody has opened the day yet. */
    private Integer incrementAndGet(String unitCode, LocalDate day) {
        if (increment(unitCode, day) == 0) {
            return null;
        }
        return jdbc.sql("select last_value from dossier_sequence where unit_code = :unit and seq_day = :day")
                .param("unit", unitCode).param("day", day).query(Integer.class).single();
    }

    private int increment(String unitCode, LocalDate day) {
        return jdbc.sql("update dossier_sequence set last_value = last_value + 1 where unit_code = :unit and seq_day = :day")
                .param("unit", unitCode).param("day", day).update();
    }
}
