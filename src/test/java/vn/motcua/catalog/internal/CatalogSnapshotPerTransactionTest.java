package vn.motcua.catalog.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog is looked up once per transaction (a submission asks it at each of its checks and at each part its process
 * calls): within one transaction every look-up sees the snapshot the first one saw, a change the transaction makes
 * itself is seen at once, and the next transaction sees what another node committed meanwhile.
 */
class CatalogSnapshotPerTransactionTest {

    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    private CatalogTables tables;

    @BeforeEach
    void catalogTablesOfTheirOwn() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:catalog-revision-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(db);
        jdbc.execute("create table catalog_procedure (code varchar(40) primary key, process_key varchar(255), "
                + "definition_id varchar(64), version integer, name varchar(2000), decision_key varchar(255), "
                + "form_key varchar(255), properties text, resource_name varchar(500), recorded_at timestamp)");
        jdbc.execute("create table catalog_form (form_key varchar(255) primary key, version integer, form_schema text, "
                + "resource_name varchar(500), recorded_at timestamp)");
        jdbc.execute("create table catalog_revision (id integer primary key, revision bigint not null)");
        jdbc.update("insert into catalog_revision (id, revision) values (1, 7)");
        tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        tables = new CatalogTables(jdbc, new MockEnvironment(), new DefaultResourceLoader());
    }

    @Test
    void aTransactionKeepsTheRevisionItReadFirstAndTheNextOneSeesAnotherNodesChange() {
        long[] seen = tx.execute(s -> {
            long first = tables.current().revision();
            // another node deploys and commits meanwhile (another connection, another thread)
            CompletableFuture.runAsync(() -> jdbc.update("update catalog_revision set revision = 8 where id = 1")).join();
            return new long[] {first, tables.current().revision()};
        });
        assertThat(seen).containsExactly(7, 7);
        assertThat((long) tx.execute(s -> tables.current().revision())).isEqualTo(8);
        // outside a transaction, each look-up reads the revision
        jdbc.update("update catalog_revision set revision = 9 where id = 1");
        assertThat(tables.current().revision()).isEqualTo(9);
    }

    @Test
    void aTransactionThatChangesTheCatalogSeesItsOwnChangeAtOnce() {
        tx.executeWithoutResult(s -> {
            assertThat(tables.current().forms()).isEmpty();
            tables.recordForm("forms/f.form", "{\"id\":\"Form_Test\",\"components\":[]}".getBytes(StandardCharsets.UTF_8), 1);
            CatalogTables.Snapshot after = tables.current();
            assertThat(after.revision()).isEqualTo(8);
            assertThat(after.forms()).containsKey("Form_Test");
        });
    }

    @Test
    void aTransactionStartedInsideAnotherReadsTheRevisionOfItsOwn() {
        TransactionTemplate inner = new TransactionTemplate(tx.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        long[] seen = tx.execute(s -> {
            long outer = tables.current().revision();
            CompletableFuture.runAsync(() -> jdbc.update("update catalog_revision set revision = 8 where id = 1")).join();
            long inside = inner.execute(s2 -> tables.current().revision());
            return new long[] {outer, inside, tables.current().revision()};
        });
        assertThat(seen).containsExactly(7, 8, 7);
    }
}
