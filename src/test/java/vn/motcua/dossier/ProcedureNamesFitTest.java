package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** A dossier stores its procedure's official name: the longest name of the whole catalog must fit. */
@SpringBootTest
@ActiveProfiles("test")
class ProcedureNamesFitTest {

    @Autowired ProcedureCatalog catalog;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theLongestProcedureNameOfTheCatalogFitsInADossier() {
        Procedure longest = catalog.all().stream().max(Comparator.comparingInt(p -> p.name().length())).orElseThrow();
        Integer width = jdbc.queryForObject("""
                select character_maximum_length from information_schema.columns
                where lower(table_name) = 'dossier' and lower(column_name) = 'procedure_name'""", Integer.class);

        assertThat(longest.name().length()).as("the catalog holds names over 500 characters").isGreaterThan(500);
        assertThat(width).as("dossier.procedure_name for %s", longest.code()).isGreaterThanOrEqualTo(longest.name().length());
    }
}
