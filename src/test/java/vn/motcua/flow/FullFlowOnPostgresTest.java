package vn.motcua.flow;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.support.PostgresTestDatabase;

/**
 * The same flow on a real PostgreSQL (the machine's server; see README "Tests"), in a database of its own
 * created fresh for the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class FullFlowOnPostgresTest extends FullFlowScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.fresh("motcua_it_flow").register(registry);
    }
}
