package vn.motcua.portal;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.support.Officers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator whose browser asks for Vietnamese reads Cockpit in Vietnamese beyond its dashboard: a procedure's
 * process definition page with its job definitions tab, in headless Chromium. Screenshots in
 * {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CockpitInVietnameseInTheBrowserTest {

    @LocalServerPort int port;
    @Autowired RepositoryService repository;

    @Test
    void anAdministratorReadsAProcessDefinitionsJobDefinitionsInVietnamese() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("tthc-1.001193")
                .latestVersion().singleResult().getId();
        try (Browser admin = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            admin.go("/camunda/app/cockpit/");
            admin.type("form[name=signinForm] input[type=text]", Officers.ADMIN);
            admin.type("form[name=signinForm] input[type=password]", Officers.PASSWORD);
            admin.click("form[name=signinForm] button[type=submit]");
            admin.waitForText("body", "Sự cố đang mở");

            // the job definitions tab: its column headers and its empty-list text were English before
            admin.go("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime?detailsTab=job-definition-table");
            String tab = admin.waitUntil(d -> {
                String shown = admin.find("body").getText();
                return shown.contains("Độ ưu tiên ghi đè của tác vụ") || shown.contains("Không có định nghĩa tác vụ nào")
                        ? shown : null;
            }, "the job definitions tab in Vietnamese");
            assertThat(tab).doesNotContain("Overriding Job Priority", "No job definitions matched");
            admin.screenshotOfWindow("cockpit-vi-dinh-nghia-tac-vu");
        }
    }
}
