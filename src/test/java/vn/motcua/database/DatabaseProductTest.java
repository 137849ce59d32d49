package vn.motcua.database;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The one test of which database the application runs on, on both products the suite runs against. */
class DatabaseProductTest {

    @Test
    void thePostgreSqlServerTheTestsRunOnIsPostgreSql() throws SQLException {
        PostgresTestDatabase database = PostgresTestDatabase.fresh("motcua_it_product");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.url());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());

        assertThat(DatabaseProduct.isPostgreSql(dataSource, "test")).isTrue();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(DatabaseProduct.isPostgreSql(connection)).isTrue();
            assertThat(connection.isClosed()).as("the caller's connection stays open").isFalse();
        }
    }

    @Test
    void theEmbeddedH2IsNot() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:product;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");

        assertThat(DatabaseProduct.isPostgreSql(dataSource, "test"))
                .as("H2, even in its PostgreSQL compatibility mode").isFalse();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(DatabaseProduct.isPostgreSql(connection)).isFalse();
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedInTheError() throws SQLException {
        DataSource down = mock(DataSource.class);
        when(down.getConnection()).thenThrow(new SQLException("Connection refused"));

        assertThatThrownBy(() -> DatabaseProduct.isPostgreSql(down, "Rate limits"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Rate limits: cannot tell which database this is")
                .hasRootCauseMessage("Connection refused");
    }
}
