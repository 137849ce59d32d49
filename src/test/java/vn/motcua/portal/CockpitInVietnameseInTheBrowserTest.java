package vn.motcua.portal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.support.Dossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.support.Officers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator whose browser asks for Vietnamese reads Cockpit in Vietnamese beyond its dashboard: a procedure's
 * process definition page with its job definitions tab, in headless Chromium; and the webapps' pages call nothing the
 * engine API's allow-list refuses. Screenshots in
 * {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CockpitInVietnameseInTheBrowserTest {

    @LocalServerPort int port;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TestRestTemplate http;

    /**
     * The engine API's allow-list holds every call Cockpit, Admin and Tasklist make on their pages: an administrator
     * walks the pages of the three webapps (dashboards, lists, a procedure with each tab, a dossier's process, users,
     * groups, grants, the system page) and the door refuses none of their calls (its debug log, captured here, names
     * each refusal). Found this way: Cockpit's "called process definitions" tab and its dashboard's case count.
     */
    @Test
    void theWebappsPagesMakeNoCallOffTheAllowList() throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers",
                Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("tthc-1.001193").list().get(0).getId();
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("tthc-1.001193")
                .latestVersion().singleResult().getId();
        Logger gate = (Logger) LoggerFactory.getLogger("vn.motcua.workflow.internal.EngineRestGate");
        Level level = gate.getLevel();
        ListAppender<ILoggingEvent> refusals = new ListAppender<>();
        refusals.start();
        gate.addAppender(refusals);
        gate.setLevel(Level.DEBUG);
        try (Browser admin = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            signInToCockpit(admin);
            String cockpit = "/camunda/app/cockpit/default/#";
            String admins = "/camunda/app/admin/default/#";
            for (String page : java.util.List.of(cockpit + "/dashboard", cockpit + "/processes", cockpit + "/decisions",
                    cockpit + "/tasks", cockpit + "/repository", cockpit + "/batch",
                    cockpit + "/process-definition/" + definition + "/runtime",
                    cockpit + "/process-definition/" + definition + "/runtime?detailsTab=incidents-tab",
                    cockpit + "/process-definition/" + definition + "/runtime?detailsTab=called-process-definitions",
                    cockpit + "/process-definition/" + definition + "/runtime?detailsTab=job-definition-table",
                    cockpit + "/process-instance/" + instance + "/runtime",
                    cockpit + "/process-instance/" + instance + "/runtime?detailsTab=called-process-instances-tab",
                    cockpit + "/process-instance/" + instance + "/runtime?detailsTab=user-tasks-tab",
                    admins + "/users", admins + "/users/" + Officers.ADMIN + "?tab=profile", admins + "/groups",
                    admins + "/authorization?resource=0", admins + "/system?section=system-settings-general",
                    "/camunda/app/tasklist/default/")) {
                admin.go(page);
                admin.waitUntil(d -> admin.find("body").getText().length() > 100 ? true : null, page);
                Thread.sleep(1_500); // the page's calls after its first paint
            }
            admin.screenshotOfWindow("webapps-khong-goi-ngoai-danh-sach");
            // the capture itself works: a call off the list, made on purpose last, is the one refusal seen
            admin.go("/camunda/api/engine/engine/default/message");
            admin.waitUntil(d -> refusals.list.isEmpty() ? null : true, "the gate's log of a refused call");
        } finally {
            gate.detachAppender(refusals);
            gate.setLevel(level);
        }
        assertThat(refusals.list).extracting(ILoggingEvent::getFormattedMessage)
                .as("webapp calls refused by the allow-list")
                .containsExactly("Not on the engine API allow-list: GET /camunda/api/engine/engine/default/message");
    }

    /** Signs the administrator in on Cockpit's login form and waits for its dashboard. */
    private static void signInToCockpit(Browser admin) {
        admin.go("/camunda/app/cockpit/");
        admin.type("form[name=signinForm] input[type=text]", Officers.ADMIN);
        admin.type("form[name=signinForm] input[type=password]", Officers.PASSWORD);
        admin.click("form[name=signinForm] button[type=submit]");
        admin.waitForText("body", "Sự cố đang mở");
    }

    @Test
    void anAdministratorReadsAProcessDefinitionsJobDefinitionsInVietnamese() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("tthc-1.001193")
                .latestVersion().singleResult().getId();
        try (Browser admin = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            signInToCockpit(admin);

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
