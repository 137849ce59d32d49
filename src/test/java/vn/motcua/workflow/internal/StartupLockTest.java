package vn.motcua.workflow.internal;


import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StartupLockTest {

    @Test
    void onPostgresASecondNodeStartsOnlyWhenTheFirstIsReady() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.fresh("motcua_it_startup_lock");
        DataSource dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        StartupLock first = new StartupLock(dataSource);
        StartupLock second = new StartupLock(dataSource);

        first.acquire();
        AtomicBoolean secondStarted = new AtomicBoolean();
        Thread secondNode = new Thread(() -> {
            second.acquire();
            secondStarted.set(true);
        });
        secondNode.start();
        // the second node asks again and again, holding no snapshot meanwhile: the first node's concurrent index
        // builds (EngineIndexes) wait for every older snapshot, so a second node waiting inside one statement would
        // hold the first up while the first holds it up (TwoNodesOnPostgresTest never came up)
        await("the second node has found the lock taken").atMost(Duration.ofSeconds(30)).until(() -> second.waits() >= 2);
        for (int i = 0; i < 15; i++) {
            Thread.sleep(StartupLock.POLL_MILLIS / 2);
            assertThat(secondStarted).as("the second node goes on while the first is starting").isFalse();
            assertThat(advisoryLocks(dataSource, false))
                    .as("a session waiting inside a statement (with its snapshot) for the lock").isZero();
        }

        first.release();
        await("second node goes on").atMost(Duration.ofSeconds(30)).untilTrue(secondStarted);
        assertThat(advisoryLocks(dataSource, true)).isEqualTo(1);
        second.release();
        assertThat(advisoryLocks(dataSource, true)).as("released").isZero();
        secondNode.join();
    }

    @Test
    void onTheEmbeddedDatabaseThereIsOneNodeAndNothingToWaitFor() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:startup-lock;DB_CLOSE_DELAY=-1", "sa", "");
        StartupLock first = new StartupLock(h2);
        StartupLock second = new StartupLock(h2);

        first.acquire();
        second.acquire();

        assertThat(first.holdsLock()).isFalse();
        assertThat(second.holdsLock()).isFalse();
    }

    private static int advisoryLocks(DataSource dataSource, boolean granted) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and granted = "
                     + granted + " and database = (select oid from pg_database where datname = current_database())")) {
            r.next();
            return r.getInt(1);
        }
    }
}
