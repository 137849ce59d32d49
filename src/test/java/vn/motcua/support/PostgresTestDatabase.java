package vn.motcua.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database on the PostgreSQL server the tests run against: 127.0.0.1:5432, user postgres, trust
 * authentication, as on the project's machines and in CI (.ci/run starts the server). Override with
 * MOTCUA_TEST_PG_HOST, MOTCUA_TEST_PG_PORT, MOTCUA_TEST_PG_USER, MOTCUA_TEST_PG_PASSWORD.
 */
public record PostgresTestDatabase(String url, String user, String password) {

    public static PostgresTestDatabase fresh(String name) {
        String host = env("MOTCUA_TEST_PG_HOST", "127.0.0.1");
        String port = env("MOTCUA_TEST_PG_PORT", "5432");
        String user = env("MOTCUA_TEST_PG_USER", "postgres");
        String password = env("MOTCUA_TEST_PG_PASSWORD", "");
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests need a server at " + host + ":" + port
                    + " (start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start): " + e.getMessage(), e);
        }
        return new PostgresTestDatabase("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::user);
        registry.add("spring.datasource.password", this::password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
