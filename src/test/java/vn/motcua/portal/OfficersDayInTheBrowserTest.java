package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import vn.motcua.organisation.OfficerDirectory;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An officer's working day in Tasklist, in headless Chromium, as the receiver, the specialist and the leader of
 * Xuân Hương see it (README "An officer's working day in Tasklist"): each list row says which dossier (code,
 * applicant, procedure, due date); the citizen's PDF opens inside the task; the form reads in labels, not codes; no
 * English word on the Vietnamese pages; the leader sees the unit's work with who holds it, hands a task to another
 * officer of the unit (audited) and cannot hand it outside the role; a task whose step deadline has passed is
 * marked overdue once the (browser's) clock has moved past it. Screenshots {@code 40-…} to {@code 49-…} in
 * {@code <build dir>/screenshots/}. Same context configuration as the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficersDayInTheBrowserTest {

    private static final String APPLICANT = "Nguyễn Thị Hạnh";
    private static final String PROCEDURE = "Thủ tục đăng ký khai sinh";
    /** Words of Tasklist's English interface that must not show in the Vietnamese one. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Filter|Filters|Created|Create|ago|Claim|Unclaim|Due|Add|Follow-up|"
            + "Follow up|Assignee|Sort|Sorting|Search|Tasks?|Process|Complete|Save|Groups|minutes?|hours?|days?|Set|"
            + "Reset|Loading|No tasks|Logout|Forbidden|Error|Details|History|Form|Diagram|Description)\\b");
    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(60);
    private static final String SECOND_RECEIVER = "xuanhuong.tiepnhan.2";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ObjectMapper json;
    @Autowired OfficerDirectory officers;

    @Test
    void receiverSpecialistAndLeaderWorkADossierFromTheirListsInVietnamese() throws Exception {
        String code = submitWithPdf();
        String other = submitWithPdf();
        secondReceiver();

        // the receiver: the list says which dossier; the search field finds it; the paper opens inside the task
        try (Browser officer = Browser.open(baseUrl(), "vi", Browser.DESKTOP).patient(PATIENCE)) {
            logIn(officer, Officers.XUANHUONG_RECEIVER);
            officer.waitForText(".task-filter.active", "Việc của đơn vị tôi");
            String row = rowOf(officer, code);
            assertThat(row).contains(code, APPLICANT, PROCEDURE, "Hạn trả hồ sơ", "Hạn");
            officer.screenshotOfWindow("40-tiep-nhan-danh-sach");
            noEnglish(officer, "the receiver's list");

            officer.type("#motcua-search-input", code);
            officer.find("#motcua-search-input").sendKeys(Keys.ENTER);
            officer.waitUntil(d -> rowElementOrNull(officer, code) != null && rowElementOrNull(officer, other) == null,
                    "the search to find " + code + " and not " + other);
            officer.screenshotOfWindow("41-tiep-nhan-tim-ho-so");

            openTask(officer, code);
            WebElement data = officer.find("textarea[id$='Field_DossierData']");
            officer.waitUntil(d -> data.getDomProperty("value").contains("Giới tính: Nam"), "labels in the dossier data");
            assertThat(data.getDomProperty("value")).contains("Quan hệ của người đi đăng ký với người được khai sinh: Mẹ", "20/11/2026")
                    .doesNotContain(": nam", ": me\n");
            assertThat(officer.find("input[id$='Field_ProcedureName']").getDomProperty("value")).isEqualTo(PROCEDURE);
            long readsBefore = attachmentReads(code);
            officer.click(".task-details a[href*='/attachments/']");
            WebElement preview = officer.find("#motcua-preview iframe");
            String src = preview.getDomAttribute("src");
            assertThat(src).contains("/api/v1/dossiers/" + code + "/attachments/").contains("inline=true");
            Object type = officer.fetchWithSession(src);
            assertThat(String.valueOf(type)).isEqualTo("200 application/pdf %PDF-");
            // the browser's PDF viewer shows it in the frame: a frame the browser blocked (Tasklist's page was
            // sandboxed by its Content-Security-Policy, and Chromium shows no PDF in a sandboxed frame) holds an
            // error page of no origin, whose document the task's page cannot read
            officer.waitUntil(d -> "application/pdf".equals(officer.script("""
                    const f = document.querySelector('#motcua-preview iframe');
                    try { return f.contentDocument && f.contentDocument.readyState === 'complete' && f.contentDocument.contentType; }
                    catch (e) { return String(e); }""")), "the PDF shown in the task's frame");
            officer.waitUntil(d -> attachmentReads(code) >= readsBefore + 1, "the preview's read in the audit trail");
            // the viewer draws the page in its own process, out of the page's sight: a moment for the screenshot
            Thread.sleep(3000);
            officer.screenshotOfWindow("42-tiep-nhan-xem-giay-to");
            noEnglish(officer, "the receiver's task");

            officer.click("button.claim");
            officer.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty(), "the claim");
            officer.click("input[id$='Field_ReceiveDecision-0']");
            officer.click("button.btn-primary[ng-click='complete()']");
            officer.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey("Task_CheckDossier").count() == 0, "the check to be completed");
        }

        // the specialist: the dossier is in their list with the step's deadline; they propose to grant
        try (Browser officer = Browser.open(baseUrl(), "vi", Browser.DESKTOP).patient(PATIENCE)) {
            logIn(officer, Officers.XUANHUONG_SPECIALIST);
            officer.waitForText(".task-filter.active", "Việc của đơn vị tôi");
            assertThat(rowOf(officer, code)).contains(code, APPLICANT, PROCEDURE, "Hạn");
            openTask(officer, code);
            officer.waitForText(".task-details", "Thẩm định hồ sơ");
            officer.click("button.claim");
            officer.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty(), "the claim");
            officer.click("input[id$='Field_Proposal-0']");
            officer.screenshotOfWindow("43-chuyen-vien-tham-dinh");
            noEnglish(officer, "the specialist's task");
            officer.click("button.btn-primary[ng-click='complete()']");
            officer.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey("Task_ReviewDossier").count() == 0, "the review to be completed");
        }

        // the other dossier's check is held by the receiver when the leader looks at the unit's work
        Task held = tasks.createTaskQuery().processInstanceBusinessKey(other).taskDefinitionKey("Task_CheckDossier").singleResult();
        tasks.setAssignee(held.getId(), Officers.XUANHUONG_RECEIVER);

        // the leader, a week later (the browser's clock moved): the unit's work with who holds it, overdue marked
        try (Browser leader = Browser.open(baseUrl(), "vi", Browser.DESKTOP).patient(PATIENCE)) {
            moveBrowserClock(leader, 7);
            logIn(leader, Officers.XUANHUONG_LEADER);
            leader.waitForText(".task-filter.active", "Việc của đơn vị tôi");
            String approve = rowOf(leader, code);
            assertThat(approve).contains(code, APPLICANT, PROCEDURE, "Phê duyệt");
            leader.waitUntil(d -> !rowElement(leader, code).findElements(By.cssSelector(".due-date.overdue")).isEmpty(),
                    "the overdue marker on " + code);
            leader.screenshotOfWindow("44-lanh-dao-qua-han");
            noEnglish(leader, "the leader's list");

            // the filter's name (its link also holds the hidden count of the active filter)
            leader.driver.findElement(By.xpath("//*[contains(@class,'task-filter')]//h4//a[contains(normalize-space(),"
                    + " 'Việc đang xử lý của đơn vị')]")).click();
            leader.waitForText(".task-filter.active", "Việc đang xử lý của đơn vị");
            String heldRow = rowOf(leader, other);
            assertThat(heldRow).contains(other, APPLICANT, "Kiểm tra, tiếp nhận hồ sơ", "Lan Nguyễn Thị");
            leader.screenshotOfWindow("45-lanh-dao-viec-cua-don-vi");
            noEnglish(leader, "the leader's unit list");

            // hand it to a specialist: refused, not their role; to the unit's other receiver: done, audited
            openTask(leader, other);
            reassign(leader, Officers.XUANHUONG_SPECIALIST);
            leader.waitForText(".page-notifications", "Chỉ giao được việc cho cán bộ cùng đơn vị");
            leader.screenshotOfWindow("46-lanh-dao-giao-sai-vai-tro");
            assertThat(tasks.createTaskQuery().taskId(held.getId()).singleResult().getAssignee()).isEqualTo(Officers.XUANHUONG_RECEIVER);
            // the task still shows its holder by name; the message is closed
            leader.waitForText(".task-details .assignee", "Lan Nguyễn Thị");
            leader.script("document.querySelectorAll('.notifications .alert .close').forEach(b => b.click())");
            leader.waitUntil(d -> d.findElements(By.cssSelector(".notifications .alert")).stream().noneMatch(WebElement::isDisplayed),
                    "the message closed");
            reassign(leader, SECOND_RECEIVER);
            leader.waitUntil(d -> SECOND_RECEIVER.equals(tasks.createTaskQuery().taskId(held.getId()).singleResult().getAssignee()),
                    "the reassignment");
            leader.waitForText(".task-details .assignee", "Mai Phạm Thị");
            leader.screenshotOfWindow("47-lanh-dao-giao-lai");
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'TASK_ASSIGNED' and actor = :leader "
                            + "and target_id = :task and detail like :to")
                    .param("leader", Officers.XUANHUONG_LEADER).param("task", held.getId())
                    .param("to", "%" + SECOND_RECEIVER + "%").query(Long.class).single()).isEqualTo(1L);

            // the leader approves the first dossier from the unit's list: the form says what was proposed, in words
            openTask(leader, code);
            leader.waitForText(".task-details", "Phê duyệt, ký kết quả");
            assertThat(leader.find("input[id$='Field_ProcedureName']").getDomProperty("value")).isEqualTo(PROCEDURE);
            leader.click("button.claim");
            leader.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty(), "the claim");
            // the specialist's proposal, read-only, in words (a select showing its label)
            leader.waitForText(".task-details", "Giải quyết, cấp kết quả");
            leader.click("input[id$='Field_Approval-0']");
            leader.screenshotOfWindow("48-lanh-dao-phe-duyet");
            noEnglish(leader, "the leader's approval");
            leader.click("button.btn-primary[ng-click='complete()']");
            leader.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey("Task_ApproveResult").count() == 0, "the approval to be completed");
        }

        // back at the receiving point: the result is to be handed to the applicant, the next row of the receiver's list
        try (Browser officer = Browser.open(baseUrl(), "vi", Browser.DESKTOP).patient(PATIENCE)) {
            logIn(officer, Officers.XUANHUONG_RECEIVER);
            officer.waitForText(".task-filter.active", "Việc của đơn vị tôi");
            assertThat(rowOf(officer, code)).contains(code, APPLICANT, PROCEDURE, "Trả kết quả cho người nộp", "Hạn");
            officer.screenshotOfWindow("49-tiep-nhan-tra-ket-qua");
            noEnglish(officer, "the receiver's list with the result to return");
        }
    }

    @Test
    void administratorsOperateProcessesWithoutTheApplicantsDataWhichAuditorsRead() throws Exception {
        String code = submitWithPdf();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-1.001193").singleResult().getId();
        identity.setAuthentication(Officers.ADMIN, List.of("camunda-admin"));
        try {
            assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance).count()).isZero();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThatThrownBy(() -> runtime.getVariables(instance)).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtime.setVariable(instance, "applicantName", "Người khác"))
                    .isInstanceOf(AuthorizationException.class);
            // operating stays possible: the instance, its activities, suspending it
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
            runtime.suspendProcessInstanceById(instance);
            runtime.activateProcessInstanceById(instance);
        } finally {
            identity.clearAuthentication();
        }
        identity.setAuthentication(Officers.AUDITOR, List.of("motcua:auditor"));
        try {
            assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("applicantName")
                    .singleResult().getValue()).isEqualTo(APPLICANT);
        } finally {
            identity.clearAuthentication();
        }

    }

    /**
     * Types the new assignee into the task's assignee field (the leader's TASK_ASSIGN grant) and confirms with Enter.
     * Tasklist first looks the user up (a user query the leader may make for the unit's officers) and ignores Enter
     * while that runs, so Enter is pressed again until the field has closed.
     */
    private static void reassign(Browser leader, String userId) {
        leader.click(".task-details .assignee [cam-widget-inline-field]");
        WebElement input = leader.find(".task-details .assignee input");
        input.clear();
        input.sendKeys(userId);
        leader.waitUntil(d -> {
            List<WebElement> open = d.findElements(By.cssSelector(".task-details .assignee input"));
            try {
                if (open.isEmpty() || !open.get(0).isDisplayed()) {
                    return true;
                }
                open.get(0).sendKeys(Keys.ENTER);
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException closed) {
                return true;
            }
        }, "the assignee field to take " + userId);
    }

    private void secondReceiver() {
        // as the province's administrator adds an officer (the unit's leaders then see the officer by name)
        if (identity.createUserQuery().userId(SECOND_RECEIVER).count() == 0) {
            officers.create(SECOND_RECEIVER, "Mai", "Phạm Thị", null, Officers.PASSWORD);
        }
        officers.grant(SECOND_RECEIVER, new RoleGrant(Officers.XUANHUONG, Role.RECEIVER), "Phường Xuân Hương");
    }

    /** Tasklist's own clock (its "now" marks what is overdue) moved some days ahead, before any page loads. */
    private static void moveBrowserClock(Browser browser, int days) {
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (() => {
                  const shift = %d * 86400000, Real = Date;
                  class Moved extends Real {
                    constructor(...a) { if (a.length === 0) { super(Real.now() + shift); } else { super(...a); } }
                    static now() { return Real.now() + shift; }
                  }
                  window.Date = Moved;
                })();""".formatted(days)));
    }

    static void logIn(Browser browser, String user) {
        browser.go("/camunda/app/tasklist/");
        browser.type("form[name=signinForm] input[type=text]", user);
        browser.type("form[name=signinForm] input[type=password]", Officers.PASSWORD);
        browser.click("form[name=signinForm] button[type=submit]");
    }

    /**
     * The text of the list row of the dossier, found as an officer finds it: by its code in the search field (the list
     * shows 15 tasks, soonest step deadline first, and the suite's other tests leave older dossiers in the unit).
     */
    private static String rowOf(Browser browser, String code) {
        browser.type("#motcua-search-input", code);
        browser.find("#motcua-search-input").sendKeys(Keys.ENTER);
        return browser.waitUntil(d -> {
            WebElement row = rowElementOrNull(browser, code);
            try {
                return row == null ? null : row.getText();
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                return null; // Tasklist re-rendered the list between finding the row and reading it
            }
        }, "a list row with " + code);
    }

    private static WebElement rowElement(Browser browser, String code) {
        WebElement row = rowElementOrNull(browser, code);
        assertThat(row).as("the row of %s", code).isNotNull();
        return row;
    }

    private static WebElement rowElementOrNull(Browser browser, String code) {
        try {
            return browser.all(".tasks-list .task").stream().filter(t -> t.getText().contains(code)).findFirst().orElse(null);
        } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
            return null; // the list re-rendered while it was read: the caller's wait tries again
        }
    }

    static void openTask(Browser browser, String code) {
        if (rowElementOrNull(browser, code) == null) {
            rowOf(browser, code);   // not on the list as it stands (another search): look it up
        }
        // the list may re-render under the click (a search just answered): found and clicked again until it holds
        browser.waitUntil(d -> {
            WebElement row = rowElementOrNull(browser, code);
            if (row == null) {
                return null;
            }
            row.findElement(By.cssSelector("a")).click();
            return true;
        }, "a click on the row of " + code);
        browser.waitUntil(d -> code.equals(browser.script(
                "const f = document.querySelector(\".task-details input[id$='Field_DossierCode']\"); return f && f.value;")),
                "the task of " + code);
    }

    private static void noEnglish(Browser browser, String where) {
        String text = browser.find("body").getText();
        List<String> found = new ArrayList<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            found.add(m.group() + " in «" + text.substring(from, Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "»");
        }
        assertThat(found).as("English words on %s", where).isEmpty();
    }

    private long attachmentReads(String code) {
        return jdbc.sql("select count(*) from audit_event where action = 'ATTACHMENT_READ' and target_id = :code")
                .param("code", code).query(Long.class).single();
    }

    /** A birth registration with the birth certificate as PDF, through the public API (as the portal sends it). */
    private String submitWithPdf() throws Exception {
        Map<String, Object> body = new HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        Map<String, Object> form = new HashMap<>(Dossiers.birthForm());
        form.put("relationshipToChild", "me");
        body.put("formData", form);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("dossier", new HttpEntity<>(json.writeValueAsString(body), jsonPart));
        parts.add("attachments", new ByteArrayResource(birthCertificatePdf()) {
            @Override
            public String getFilename() {
                return "giay-chung-sinh.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers", new HttpEntity<>(parts, headers), String.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("code").asText();
    }

    /** A one-page birth certificate, so that the preview shows a page an officer can read (DejaVu Sans, the slips' font). */
    private static byte[] birthCertificatePdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.InputStream font = OfficersDayInTheBrowserTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            pdf.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDType0Font dejaVu = org.apache.pdfbox.pdmodel.font.PDType0Font.load(pdf, font);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream text = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(dejaVu, 22);
                text.newLineAtOffset(150, 760);
                text.showText("GIẤY CHỨNG SINH");
                text.setFont(dejaVu, 13);
                text.newLineAtOffset(-80, -50);
                text.showText("Họ và tên mẹ: " + APPLICANT);
                text.newLineAtOffset(0, -24);
                text.showText("Sinh con lúc 08:30 ngày 20/11/2026 tại Trạm Y tế phường Xuân Hương");
                text.newLineAtOffset(0, -24);
                text.showText("Giới tính của con: Nam");
                text.endText();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
