package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.result.ResultDocuments;
import vn.motcua.support.Officers;
import vn.motcua.support.TestNodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's journey in headless Chromium: a citizen pays their dossier's fee online on the national payment
 * platform's (simulated) page from the tracking page; the specialist proposes to grant and the leader approves in
 * Vietnamese Tasklist, which has the system sign the electronic result; the citizen downloads the signed PDF from
 * tracking (it verifies on the server and with poppler's {@code pdfsig} when installed) and rates the service.
 * Screenshots under {@code <build dir>/screenshots/}. Same context as {@link PortalInTheBrowserTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PayIssueSignAndRateInTheBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Household business registration: 150,000 đồng online, asked at receipt. */
    private static final String FEE_CHARGING = "1.001612";

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired TestRestTemplate http;
    @Autowired ResultDocuments results;
    @Autowired JdbcClient jdbc;

    @Test
    void aCitizenPaysOnlineTheOfficersIssueAndSignAndTheCitizenDownloadsTheSignedResultAndRatesIt() throws Exception {
        String code = acceptedDossierWaitingForItsFee();

        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            track(citizen, code);
            assertThat(citizen.waitForText("#tracking-fee-text", "150.000 đồng")).contains("Chờ nộp phí, lệ phí");
            citizen.screenshot("40-tra-cuu-cho-nop-phi");
            citizen.click("#tracking-pay");
            citizen.waitUntil(d -> d.getCurrentUrl().contains("/paygov/pay/"), "the payment platform's page");
            citizen.waitForText("h1", "Cổng thanh toán quốc gia");
            citizen.screenshot("41-cong-thanh-toan");
            citizen.click("#pay");
            // back on tracking with the dossier's code filled in; the ID number is asked again, never carried
            citizen.waitUntil(d -> d.getCurrentUrl().contains("/tra-cuu?orderId="), "the way back to tracking");
            assertThat(citizen.find("#dossierCode").getDomProperty("value")).isEqualTo(code);
            citizen.type("#idNumber", Officers.APPLICANT_ID);
            citizen.find("#idNumber").sendKeys(Keys.ENTER);
            assertThat(citizen.waitForText("#tracking-fee-text", "Đã nộp trực tuyến")).containsPattern("Biên lai số BL-\\d{4}-\\d{6}");
            assertThat(citizen.find("#tracking-badge").getText()).contains("Đang xử lý");
            assertThat(citizen.all("#tracking-pay").get(0).isDisplayed()).isFalse();
            // the receipt (biên lai) once paid: a download of its own in the fee's section
            citizen.click("#tracking-fee-receipt");
            citizen.waitForText("#tracking-fee-receipt-status", "Đã tải tệp");
            byte[] receipt = Files.readAllBytes(citizen.downloaded(code + "-bien-lai.pdf"));
            assertThat(new String(receipt, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            citizen.screenshot("42-tra-cuu-da-nop-phi");
        }

        try (Browser specialist = Browser.open(officerUrl(), "vi", Browser.DESKTOP)) {
            specialist.go("/camunda/app/tasklist/");
            logIn(specialist, Officers.XUANHUONG_SPECIALIST);
            openAndClaim(specialist, code, "Task_ReviewDossier", "Thẩm định hồ sơ");
            specialist.click("input[id$='Field_Proposal-0']"); // GRANT
            specialist.type("textarea[id$='Field_Opinion']", "Đủ điều kiện đăng ký hộ kinh doanh");
            specialist.screenshotOfWindow("43-tasklist-chuyen-vien-de-xuat");
            complete(specialist, code, "Task_ReviewDossier");
        }
        assertThat(results.current(dossierId(code)).orElseThrow().state()).as("the draft issued from the template")
                .isEqualTo("DRAFT");

        try (Browser leader = Browser.open(officerUrl(), "vi", Browser.DESKTOP)) {
            leader.go("/camunda/app/tasklist/");
            logIn(leader, Officers.XUANHUONG_LEADER);
            openAndClaim(leader, code, "Task_ApproveResult", "Phê duyệt, ký kết quả");
            leader.click("input[id$='Field_Approval-0']"); // APPROVE: the system signs
            leader.screenshotOfWindow("44-tasklist-lanh-dao-phe-duyet-ky");
            complete(leader, code, "Task_ApproveResult");
        }

        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            track(citizen, code);
            citizen.waitForText("#tracking-badge", "Đã xử lý xong");
            assertThat(citizen.waitForText("#tracking-eresult-text", "Kết quả giải quyết"))
                    .containsPattern("ký số ngày \\d{2}/\\d{2}/\\d{4}");
            citizen.click("#tracking-eresult-download");
            citizen.waitForText("#tracking-eresult-status", "Đã tải tệp");
            Path pdf = citizen.downloaded(code + "-ket-qua.pdf");
            byte[] signed = Files.readAllBytes(pdf);
            ResultDocuments.Verification verification = results.verify(signed);
            assertThat(verification.problems()).isEmpty();
            assertThat(verification.valid()).isTrue();
            assertThat(verification.signer()).contains(Officers.XUANHUONG);
            if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
                Process p = new ProcessBuilder(List.of("/usr/bin/pdfsig", pdf.toString())).redirectErrorStream(true).start();
                assertThat(new String(p.getInputStream().readAllBytes())).contains("Signature is Valid");
            }
            citizen.screenshot("45-tra-cuu-tai-ket-qua-da-ky");

            // rating: nothing chosen is refused on the page; then very satisfied, once
            citizen.click("#rating-submit");
            citizen.waitForText("#rating-status", "Hãy chọn một mức độ hài lòng");
            citizen.click("#rating-form input[value=VERY_SATISFIED]");
            citizen.type("#rating-comment", "Nhanh, không phải đến trụ sở");
            citizen.click("#rating-submit");
            citizen.waitForText("#rating-status", "Cảm ơn bạn đã đánh giá");
            citizen.screenshot("46-danh-gia-hai-long");
        }
        assertThat(jdbc.sql("select rating from service_rating where dossier_code = :c").param("c", code)
                .query(String.class).list()).containsExactly("VERY_SATISFIED");
    }

    private String acceptedDossierWaitingForItsFee() throws Exception {
        ResponseEntity<String> res = http.postForEntity("/api/v1/dossiers", vn.motcua.support.Dossiers.request(Map.of(
                "procedureCode", FEE_CHARGING,
                "applicant", Map.of("idNumber", Officers.APPLICANT_ID, "fullName", "Nguyễn Thị Hạnh", "email", "hanh@example.vn"),
                "receivingUnitCode", Officers.XUANHUONG,
                "channel", "ONLINE",
                "formData", Map.of("businessName", "Hộ kinh doanh Cà phê Đồi Thông",
                        "businessAddress", "12 Đường Trần Phú, Phường Xuân Hương - Đà Lạt",
                        "businessLines", "Kinh doanh đồ uống", "capital", 100000000))), String.class);
        assertThat(res.getStatusCode().value()).as(res.getBody()).isEqualTo(201);
        String code = JSON.readTree(res.getBody()).get("code").asText();
        TestNodes.work(tasks, identity, Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        return code;
    }

    private void track(Browser citizen, String code) {
        citizen.go("/tra-cuu?ma=" + code);
        citizen.type("#idNumber", Officers.APPLICANT_ID);
        citizen.find("#idNumber").sendKeys(Keys.ENTER);
        citizen.waitForText("#tracking-result-heading", code);
    }

    private void openAndClaim(Browser officer, String code, String taskKey, String name) {
        Task task = task(code, taskKey);
        officer.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
        waitLong(officer, ".task-details", name);
        officer.waitForText("button.claim", "Nhận việc");
        officer.click("button.claim");
        officer.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty(), "the claim");
    }

    private void complete(Browser officer, String code, String taskKey) {
        String id = task(code, taskKey).getId();
        officer.click("button.btn-primary[ng-click='complete()']");
        officer.waitUntil(d -> tasks.createTaskQuery().taskId(id).count() == 0, "the task to be completed");
    }

    private Task task(String code, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("task %s of %s", taskKey, code).isNotNull();
        return task;
    }

    private java.util.UUID dossierId(String code) {
        return jdbc.sql("select id from dossier where code = :c").param("c", code).query(java.util.UUID.class).single();
    }

    /** Tasklist's first load is slow on a busy machine: a longer wait than the harness's 20 seconds. */
    private static void waitLong(Browser browser, String css, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120)).until(d -> {
            try {
                List<org.openqa.selenium.WebElement> found = d.findElements(By.cssSelector(css));
                return !found.isEmpty() && found.get(0).isDisplayed() && found.get(0).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private static void logIn(Browser browser, String user) {
        waitLong(browser, "form[name=signinForm] button[type=submit]", "Đăng nhập");
        browser.type("form[name=signinForm] input[type=text]", user);
        browser.type("form[name=signinForm] input[type=password]", Officers.PASSWORD);
        browser.click("form[name=signinForm] button[type=submit]");
        waitLong(browser, ".task-filter.active", "Việc của đơn vị tôi");
    }

    private String officerUrl() {
        return "http://localhost:" + port;
    }

    /** The citizen's pages on the address the payment platform sends them back to (the same origin keeps the code). */
    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
