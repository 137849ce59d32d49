package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dossier's clock as every task's deadlines read it: when it was received and when it is due now, from its row,
 * a moved due date included; a process that names a dossier without a row is told so.
 */
@SpringBootTest
@ActiveProfiles("test")
class DossierClockTest {

    @Autowired DossierProgress progress;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void theClockIsTheDossiersReceiptAndItsCurrentDueDate() {
        UUID id = UUID.randomUUID();
        LocalDateTime received = LocalDateTime.of(2026, 12, 1, 8, 30);
        LocalDateTime due = LocalDateTime.of(2026, 12, 8, 17, 0);
        jdbc.sql("""
                        insert into dossier (id, code, procedure_code, procedure_name, receiving_unit_code, handling_unit_code,
                          channel, applicant_id_number, applicant_name, status, received_at, due_at, form_data)
                        values (:id, :code, '1.001193', 'Đăng ký khai sinh', 'H36.24781', 'H36.24781', 'ONLINE',
                          '068204000001', 'Nguyễn Thị Hạnh', 1, :received, :due, '{}')""")
                .param("id", id).param("code", "CLOCK-" + id).param("received", Timestamp.valueOf(received))
                .param("due", Timestamp.valueOf(due)).update();

        DossierProgress.DossierClock clock = tx.execute(s -> progress.clock(id));
        LocalDateTime dueAt = tx.execute(s -> progress.dueAt(id));
        assertThat(clock).isEqualTo(new DossierProgress.DossierClock(received, due));
        assertThat(dueAt).isEqualTo(due);

        LocalDateTime moved = due.plusDays(3);
        jdbc.sql("update dossier set due_at = :due where id = :id").param("due", Timestamp.valueOf(moved)).param("id", id).update();
        DossierProgress.DossierClock after = tx.execute(s -> progress.clock(id));
        assertThat(after).isEqualTo(new DossierProgress.DossierClock(received, moved));
    }

    @Test
    void aDossierWithoutARowIsNamed() {
        UUID none = UUID.randomUUID();
        assertThatThrownBy(() -> tx.execute(s -> progress.clock(none)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The process refers to dossier " + none + " which does not exist");
    }
}
