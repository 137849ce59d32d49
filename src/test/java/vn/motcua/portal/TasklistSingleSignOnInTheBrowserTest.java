package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.support.Dossiers;
import vn.motcua.support.FakeOpenIdProvider;
import vn.motcua.support.Officers;
import vn.motcua.support.TestTokens;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on as an officer sees it, in headless Chromium: Tasklist sends them to the identity provider
 * ({@link FakeOpenIdProvider}), they come back logged in with their unit's filter and task, with no account in the
 * engine's identity store, and claim the task as themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestTokens.Decoder.class)
class TasklistSingleSignOnInTheBrowserTest {

    private static final FakeOpenIdProvider PROVIDER = FakeOpenIdProvider.start();

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TaskService tasks;
    @Autowired ObjectMapper json;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void anOfficerOfTheProviderOpensTasklistWithoutALoginFormAndClaimsTheirUnitsTask() throws IOException {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers",
                Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), String.class);
        String code = json.readTree(created.getBody()).get("code").asText();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_CheckDossier").singleResult();
        assertThat(task).as("the check task of %s", code).isNotNull();

        PROVIDER.nextLogin("sso.tiepnhan", List.of(Officers.XUANHUONG + ":receiver"));
        try (Browser officer = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            officer.go("/camunda/app/tasklist/");
            officer.waitForText(".task-filter.active", "Việc của đơn vị tôi");
            assertThat(officer.all("form[name=signinForm]")).isEmpty();
            assertThat(officer.driver.getCurrentUrl()).startsWith("http://localhost:" + port + "/camunda/app/tasklist/default/");

            officer.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
            officer.waitForText(".task-details", "Kiểm tra, tiếp nhận hồ sơ");
            officer.waitForText("button.claim", "Nhận việc");
            officer.click("button.claim");
            officer.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty(), "the claim");
            officer.screenshotOfWindow("30-tasklist-dang-nhap-mot-lan");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sso.tiepnhan");
        }
        assertThat(PROVIDER.lastAuthorization()).containsEntry("code_challenge_method", "S256");
    }
}
