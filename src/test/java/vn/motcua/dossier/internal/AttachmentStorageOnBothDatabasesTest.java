package vn.motcua.dossier.internal;

import vn.motcua.support.SampleFiles;


import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attachment table of V20 holds a 10 MB file on both databases the app runs on (its binary column is
 * {@code bytea}: PostgreSQL's own type, an alias of BINARY VARYING on H2), migrated by the same Flyway scripts.
 */
class AttachmentStorageOnBothDatabasesTest {

    @Test
    void aTenMegabyteScanRoundTripsOnTheEmbeddedDatabase() {
        roundTrip(new DriverManagerDataSource("jdbc:h2:mem:attachments-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void aTenMegabyteScanRoundTripsOnPostgres() {
        PostgresTestDatabase db = PostgresTestDatabase.fresh("motcua_it_attachments");
        roundTrip(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    }

    private static void roundTrip(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID dossier = UUID.randomUUID();
        LocalDateTime now = LocalDateTime.of(2026, 11, 27, 9, 30);
        jdbc.sql("""
                insert into dossier (id, code, procedure_code, procedure_name, receiving_unit_code, handling_unit_code,
                  channel, applicant_id_number, applicant_name, status, received_at, due_at, form_data)
                values (?, 'H36.24781-261127-0001', '1.001193', 'Đăng ký khai sinh', 'H36.24781', 'H36.24781', 'ONLINE',
                  '068203001234', 'Nguyễn Thị Hạnh', 1, ?, ?, '{}')""")
                .params(dossier, now, now.plusDays(1)).update();
        byte[] scan = new byte[(int) AttachmentRules.MAX_FILE_BYTES];
        System.arraycopy(SampleFiles.PDF, 0, scan, 0, SampleFiles.PDF.length);
        scan[scan.length - 1] = 42;

        AttachmentRepository repository = new AttachmentRepository(jdbc);
        DossierAttachment stored = new DossierAttachment(UUID.randomUUID(), "giấy chứng sinh.pdf", "application/pdf",
                scan.length, "0".repeat(64), now);
        repository.insert(dossier, 0, stored, scan);

        assertThat(repository.list(dossier)).containsExactly(stored);
        assertThat(repository.find(dossier, stored.id())).contains(stored);
        assertThat(repository.find(UUID.randomUUID(), stored.id())).as("only through its own dossier").isEmpty();
        assertThat(repository.content(stored.id())).isEqualTo(scan);
    }
}
