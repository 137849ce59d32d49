package vn.motcua.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own for a test, on the PostgreSQL server the tests run on ({@link PostgresTestServer}: the one
 * named by MOTCUA_TEST_PG_HOST, else the machine's at 127.0.0.1:5432, else one the build starts).
 *
 * <p>Several test runs share a server (engineers' work trees on one machine, CI): each database is named after
 * its test plus this run's id, so no run drops another's. On a shared server this run holds an advisory lock for as
 * long as its JVM lives, drops its databases when the JVM exits, and drops what runs that died left behind (those
 * whose lock nobody holds any more; the run's id is in each database's comment).
 */
public record PostgresTestDatabase(String url, String user, String password) {

    /** A random id per JVM; also the second key of the run's advisory lock. */
    private static final int RUN = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
    /** The first key of the runs' advisory locks, in the server's maintenance database. */
    private static final int RUNS_LOCK = 0x6d6f7463; // "motc"
    private static final String RUN_COMMENT = "motcua test run ";

    private static final List<String> created = new ArrayList<>();
    private static Connection runLock;

    /** A new, empty database for one test class; {@code name} ({@code motcua_it_…}) gets this run's id appended. */
    public static PostgresTestDatabase fresh(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,50}")) {
            throw new IllegalArgumentException("a test database's name is lower case, digits and _, short: " + name);
        }
        PostgresTestServer server = PostgresTestServer.forTests();
        String database = name + "_" + Integer.toString(RUN, 36);
        synchronized (PostgresTestDatabase.class) {
            try {
                if (!server.embedded() && runLock == null) {
                    startRun(server);
                }
                try (Connection c = server.admin(); Statement s = c.createStatement()) {
                    create(s, database);
                    s.execute("comment on database " + database + " is '" + RUN_COMMENT + RUN + "'");
                }
                created.add(database);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL tests: cannot create database " + database + " on "
                        + server.origin() + ": " + e.getMessage(), e);
            }
        }
        return new PostgresTestDatabase(server.url(database), server.user(), server.password());
    }

    /**
     * The database with exactly this name, dropped if it exists and created empty, and kept when the JVM exits (the
     * load benchmark's, which a later run reuses): on the configured server or the machine's, never an embedded one.
     */
    public static PostgresTestDatabase recreated(String name) {
        PostgresTestServer server = PostgresTestServer.lasting();
        try (Connection c = server.admin(); Statement s = c.createStatement()) {
            create(s, name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + server.origin() + ": "
                    + e.getMessage(), e);
        }
        return existing(name);
    }

    /** The database with exactly this name as it is, on the configured server or the machine's. */
    public static PostgresTestDatabase existing(String name) {
        PostgresTestServer server = PostgresTestServer.lasting();
        return new PostgresTestDatabase(server.url(name), server.user(), server.password());
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::user);
        registry.add("spring.datasource.password", this::password);
    }

    private static void create(Statement s, String database) throws SQLException {
        s.execute("drop database if exists " + database + " with (force)");
        s.execute("create database " + database + " encoding 'UTF8' template template0");
    }

    /** Takes this run's lock (held by one connection until the JVM ends), then clears what dead runs left. */
    private static void startRun(PostgresTestServer server) throws SQLException {
        runLock = server.admin();
        try (Statement s = runLock.createStatement()) {
            s.execute("select pg_advisory_lock(" + RUNS_LOCK + ", " + RUN + ")");
        }
        dropDatabasesOfDeadRuns();
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropThisRunsDatabases,
                "drop-test-databases"));
    }

    private static void dropDatabasesOfDeadRuns() throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (PreparedStatement q = runLock.prepareStatement("select datname, shobj_description(oid, 'pg_database')"
                + " from pg_database where shobj_description(oid, 'pg_database') like ?")) {
            q.setString(1, RUN_COMMENT + "%");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(2).substring(RUN_COMMENT.length());
                    if (!id.matches("[0-9]{1,10}")) {
                        continue;
                    }
                    int run = Integer.parseInt(id);
                    // a run that is alive holds its lock: only the databases of runs that are gone can be taken
                    if (run != RUN && tryLock(run)) {
                        leftovers.add(r.getString(1));
                        unlock(run);
                    }
                }
            }
        }
        try (Statement s = runLock.createStatement()) {
            for (String database : leftovers) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static boolean tryLock(int run) throws SQLException {
        try (Statement s = runLock.createStatement();
             ResultSet r = s.executeQuery("select pg_try_advisory_lock(" + RUNS_LOCK + ", " + run + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static void unlock(int run) throws SQLException {
        try (Statement s = runLock.createStatement()) {
            s.execute("select pg_advisory_unlock(" + RUNS_LOCK + ", " + run + ")");
        }
    }

    /**
     * At JVM exit the test contexts close their pools in their own shutdown hooks, at the same time as this one: wait
     * for them (a little) so they do not log errors about connections cut under them, then drop anyway. A database
     * left here, by a killed JVM for instance, goes at the next run.
     */
    private static void dropThisRunsDatabases() {
        synchronized (PostgresTestDatabase.class) {
            try (Connection c = runLock; Statement s = c.createStatement()) {
                String names = String.join("', '", created);
                PostgresTestServer.awaitNoClients(c, "select count(*) from pg_stat_activity where datname in ('"
                        + names + "')");
                for (String database : created) {
                    s.execute("drop database if exists " + database + " with (force)");
                }
            } catch (SQLException e) {
                // the next run drops what is left
            }
        }
    }
}
