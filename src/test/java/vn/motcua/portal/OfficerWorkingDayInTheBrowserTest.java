package vn.motcua.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.SampleFiles;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's working day in Vietnamese Tasklist, in headless Chromium: a dossier submitted online goes through the
 * receiver, the specialist and the leader of Xuân Hương. Each list row says which dossier it is (code, applicant,
 * procedure, the step's deadline, the dossier's due date), the list is sorted by the step's deadline, one field finds a
 * dossier by the applicant's ID number, the attached PDF opens from the task form with the officer's Tasklist login
 * (and the opening is audited), the forms show the procedure's name, no English word shows, and a step whose deadline
 * has passed is marked overdue. Screenshots: {@code <build dir>/screenshots/3x-*.png} (README officer walkthrough).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficerWorkingDayInTheBrowserTest {

    private static final String SCAN = "giay-chung-sinh.pdf";
    private static final String APPLICANT = "Nguyễn Thị Hạnh";
    private static final String PROCEDURE = "Thủ tục đăng ký khai sinh";
    /** English words of Camunda's own interface that must not show in the Vietnamese one (checked on the page text). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(ago|in a few|in an? (minute|hour|day)|Claim|Unclaim|Complete|"
            + "Save|Due|Follow[- ]up|Created|Priority|Filter|Tasks?|Process|Start|Create|Search|Sign out|Add|Reset|"
            + "Assignee|Form|History|Diagram|Description|Loading|Set|Sort|Welcome)\\b");

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    private final List<String> englishWords = new java.util.ArrayList<>();

    @Test
    void aDossierGoesThroughReceiverSpecialistAndLeaderWithItsCodeApplicantDeadlineAndPapersInTasklist() throws Exception {
        String code = submitOnlineWithAPdf();

        try (Browser receiver = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            logIn(receiver, Officers.XUANHUONG_RECEIVER);
            // the list says which dossier each task is, soonest deadline first
            WebElement row = row(receiver, code);
            assertThat(text(row)).contains("Kiểm tra, tiếp nhận hồ sơ", "Mã hồ sơ", code, "Người nộp", APPLICANT,
                    "Thủ tục", PROCEDURE, "Hạn trả hồ sơ", "Hạn");
            assertThat(receiver.driver.getCurrentUrl()).as("sorted by the step's deadline by default")
                    .contains("dueDate").contains("asc");
            assertNoEnglish(receiver);
            receiver.screenshotOfWindow("31-danh-sach-viec-tiep-nhan");

            // one field finds the dossier by the applicant's ID number
            receiver.type("#motcua-search-input", Officers.APPLICANT_ID);
            receiver.find("#motcua-search-input").submit();
            receiver.waitUntil(d -> d.getCurrentUrl().contains("searchQuery") && d.getCurrentUrl().contains("dossierSearch"),
                    "the search in the URL");
            assertThat(text(row(receiver, code))).contains(APPLICANT);
            receiver.screenshotOfWindow("32-tim-theo-so-cccd");

            // the task: the procedure's name, the papers as links that open with this login
            openTask(receiver, code, "Task_CheckDossier", "Kiểm tra, tiếp nhận hồ sơ");
            assertThat(receiver.find("input[id$='Field_ProcedureName']").getDomProperty("value")).isEqualTo(PROCEDURE);
            WebElement link = receiver.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form a[href*='/attachments/']"))
                    .stream().findFirst().orElse(null), "the link to the attached PDF");
            assertThat(link.getText()).isEqualTo(SCAN);
            String href = link.getDomAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> opened = (Map<String, Object>) ((JavascriptExecutor) receiver.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(body => done({status: r.status,"
                            + " type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'), body})))"
                            + ".catch(e => done({status: -1, type: String(e)}));", href);
            assertThat(opened.get("status")).as("the PDF opens with the Tasklist login").isEqualTo(200L);
            assertThat((String) opened.get("type")).startsWith("application/pdf");
            assertThat((String) opened.get("disposition")).as("shown in the browser, not downloaded").startsWith("inline");
            assertThat((String) opened.get("body")).startsWith("%PDF-");
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'ATTACHMENT_READ' and target_id = ? and actor = ?")
                    .params(code, Officers.XUANHUONG_RECEIVER).query(Long.class).single()).as("the opening is audited").isEqualTo(1L);
            assertThat(http.getForEntity(href, String.class).getStatusCode()).as("without the session: no access")
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertNoEnglish(receiver);
            receiver.screenshotOfWindow("33-ho-so-va-giay-to");
            claimAndComplete(receiver, () -> receiver.click("input[id$='Field_ReceiveDecision-0']"), code, "Task_CheckDossier");
        }

        try (Browser specialist = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            logIn(specialist, Officers.XUANHUONG_SPECIALIST);
            assertThat(text(row(specialist, code))).contains("Thẩm định hồ sơ, đề xuất kết quả", code, APPLICANT, PROCEDURE);
            specialist.screenshotOfWindow("34-danh-sach-viec-chuyen-vien");
            openTask(specialist, code, "Task_ReviewDossier", "Thẩm định hồ sơ, đề xuất kết quả");
            // the clock moves on: the dossier was received three days ago, so the leader's step is already late
            jdbc.sql("update dossier set received_at = ?, due_at = ? where code = ?")
                    .params(LocalDateTime.now().minusDays(3), LocalDateTime.now().minusDays(2), code).update();
            claimAndComplete(specialist, () -> {
                specialist.click("input[id$='Field_Proposal-0']");
                specialist.type("textarea[id$='Field_Opinion'], input[id$='Field_Opinion']", "Đủ điều kiện đăng ký khai sinh");
            }, code, "Task_ReviewDossier");
        }

        try (Browser leader = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            logIn(leader, Officers.XUANHUONG_LEADER);
            WebElement row = row(leader, code);
            assertThat(text(row)).contains("Phê duyệt, ký kết quả", code, APPLICANT, PROCEDURE);
            assertThat(row.findElements(By.cssSelector(".due-date.overdue"))).as("the step's deadline has passed").isNotEmpty();
            assertNoEnglish(leader);
            leader.screenshotOfWindow("35-lanh-dao-viec-qua-han");
            openTask(leader, code, "Task_ApproveResult", "Phê duyệt, ký kết quả");
            claimAndComplete(leader, () -> leader.click("input[id$='Field_Approval-0']"), code, "Task_ApproveResult");
            leader.screenshotOfWindow("36-lanh-dao-da-phe-duyet");
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_ReturnResult").count())
                .as("back to the receiver to return the result").isEqualTo(1);
        assertThat(englishWords).as("English words in the Vietnamese Tasklist").isEmpty();
    }

    private String submitOnlineWithAPdf() throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("dossier", new HttpEntity<>(json.writeValueAsString(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")),
                jsonPart));
        parts.add("attachments", new ByteArrayResource(SampleFiles.PDF) {
            @Override
            public String getFilename() {
                return SCAN;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers", new HttpEntity<>(parts, headers), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getBody());
        return body.get("code").asText();
    }

    private static void logIn(Browser browser, String user) {
        browser.go("/camunda/app/tasklist/");
        browser.type("form[name=signinForm] input[type=text]", user);
        browser.type("form[name=signinForm] input[type=password]", Officers.PASSWORD);
        browser.click("form[name=signinForm] button[type=submit]");
        browser.waitForText(".task-filter.active", "Việc của đơn vị tôi");
    }

    /** The list row of the dossier's task, once the list shows it. */
    private static WebElement row(Browser browser, String code) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector(".tasks-list li.task")).stream()
                .filter(e -> text(e).contains(code)).findFirst().orElse(null), "the row of " + code);
    }

    /** The row's rendered text (textContent: the card's variables are laid out below the fold of a 900 px window). */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent").replaceAll("\\s+", " ");
    }

    private void openTask(Browser browser, String code, String taskKey, String name) {
        Task task = browser.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey)
                .singleResult(), "the task " + taskKey);
        row(browser, code).findElement(By.cssSelector("h4.task a")).click();
        browser.waitForText(".task-details", name);
        browser.waitUntil(d -> d.getCurrentUrl().contains(task.getId()), "the task " + taskKey + " opened");
        browser.find(".fjs-form");
    }

    private void claimAndComplete(Browser browser, Runnable decide, String code, String taskKey) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).singleResult().getId();
        browser.click("button.claim");
        browser.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty(), "the claim");
        decide.run();
        browser.click("button.btn-primary[ng-click='complete()']");
        browser.waitUntil(d -> tasks.createTaskQuery().taskId(id).count() == 0, "the task to be completed");
    }

    /** Collects the English words of the page; asserted at the end, so that one word does not hide the rest of the walk. */
    private void assertNoEnglish(Browser browser) {
        String text = browser.find("body").getText();
        Matcher english = ENGLISH.matcher(text);
        english.results().map(m -> m.group() + " (" + browser.driver.getCurrentUrl() + ")").forEach(englishWords::add);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
