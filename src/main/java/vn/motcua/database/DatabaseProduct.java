package vn.motcua.database;

import org.springframework.boot.jdbc.DatabaseDriver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database the application runs on: PostgreSQL in production, the embedded H2 on a first run and in most
 * tests. The few places whose SQL differs between the two (upserts, advisory locks, statement timeouts, statistics)
 * ask here, so that they all tell the products apart the same way (Spring Boot's {@link DatabaseDriver}, from the
 * driver's product name).
 */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Whether {@code connection} is to PostgreSQL; the connection stays open. */
    public static boolean isPostgreSql(Connection connection) throws SQLException {
        return DatabaseDriver.fromProductName(connection.getMetaData().getDatabaseProductName()) == DatabaseDriver.POSTGRESQL;
    }

    /**
     * Whether {@code dataSource} is PostgreSQL; borrows one connection to ask.
     *
     * @throws IllegalStateException when no connection can be had (the database is down at start-up): the message
     *                               names what was being decided
     */
    public static boolean isPostgreSql(DataSource dataSource, String deciding) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgreSql(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(deciding + ": cannot tell which database this is", e);
        }
    }
}
