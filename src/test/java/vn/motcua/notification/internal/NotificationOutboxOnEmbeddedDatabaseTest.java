package vn.motcua.notification.internal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox on the embedded H2 database, in a database of its own so no other test's sender touches its rows. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationOutboxOnEmbeddedDatabaseTest extends NotificationOutboxScenario {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:motcua-notification;DB_CLOSE_DELAY=-1");
        notificationProperties(registry);
    }
}
