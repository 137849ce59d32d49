package vn.motcua.notification.internal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.support.PostgresTestDatabase;

/** The same on a real PostgreSQL (see README "Tests"): the migration, the claims under concurrency, the leases. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
class NotificationOutboxOnPostgresTest extends NotificationOutboxScenario {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.fresh("motcua_it_notification").register(registry);
        notificationProperties(registry);
    }
}
