package vn.motcua.portal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Officers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The land certificate exchange (1.012783) submitted online in headless Chromium: each required document in its own
 * upload field of the procedure's Camunda Form, sent as its own part and stored with its document; the form refuses
 * to send without them; the applicant chooses to receive the result by post, sees the choice on the receipt, and
 * changes it from the tracking page to another receiving point; a document the state holds (the applicant's earlier
 * signed result) is reused instead of uploaded. Screenshots in {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentsAndResultReturnInTheBrowserTest {

    private static final String ADDRESS = "12 Trần Phú, Phường Xuân Hương - Đà Lạt, Lâm Đồng";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired org.camunda.bpm.engine.TaskService tasks;
    @Autowired org.camunda.bpm.engine.IdentityService identity;

    @Test
    void eachDocumentIsUploadedInItsOwnFieldAndTheApplicantChoosesAndChangesWhereTheResultIsReturned() throws IOException {
        String code;
        try (Browser citizen = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            fillLandCertificateExchange(citizen);

            // without the required documents the form does not send; it says which are missing
            long dossiers = count("dossier");
            citizen.click("#submit-dossier");
            assertThat(citizen.waitForText("#procedure-form-error", "Đơn đăng ký biến động"))
                    .contains("Bản gốc Giấy chứng nhận đã cấp");
            citizen.screenshot("40-nop-ho-so-thieu-thanh-phan");
            assertThat(count("dossier")).isEqualTo(dossiers);

            // one file per document (two pages of the certificate), in the document's own field; the result by post
            uploadTo(citizen, "Field_ApplicationForm", pdf("don-mau-18.pdf").toString());
            uploadTo(citizen, "Field_IssuedCertificate", pdf("gcn-trang-1.pdf") + "\n" + pdf("gcn-trang-2.pdf"));
            citizen.click("input[name=resultReturnMethod][value=POSTAL]");
            assertThat(citizen.driver.findElement(By.id("resultReturnUnit-field")).isDisplayed()).isFalse();
            // an address is asked for by post
            citizen.click("#submit-dossier");
            citizen.waitForText("#resultReturnAddress-error", "Hãy nhập địa chỉ");
            citizen.type("#resultReturnAddress", ADDRESS);
            citizen.screenshot("41-nop-ho-so-tung-thanh-phan-va-nhan-qua-buu-chinh");
            citizen.click("#submit-dossier");

            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/bien-nhan"), "the receipt page");
            code = citizen.find("#receipt-code").getText();
            assertThat(citizen.find("#receipt-files").getText()).contains("don-mau-18.pdf", "gcn-trang-1.pdf", "gcn-trang-2.pdf");
            assertThat(citizen.find("#receipt-return").getText())
                    .isEqualTo("Qua dịch vụ bưu chính công ích: " + ADDRESS);
            citizen.screenshot("42-bien-nhan-noi-nhan-ket-qua");
        }
        assertThat(jdbc.sql("""
                        select a.file_name || '=' || a.document_key from dossier_attachment a join dossier d on d.id = a.dossier_id
                        where d.code = ? order by a.position""").param(code).query(String.class).list())
                .containsExactly("don-mau-18.pdf=applicationForm", "gcn-trang-1.pdf=issuedCertificate",
                        "gcn-trang-2.pdf=issuedCertificate");
        assertThat(returnChoice(code)).isEqualTo("POSTAL|-|" + ADDRESS);

        try (Browser citizen = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            citizen.go("/tra-cuu?ma=" + code);
            citizen.type("#idNumber", Officers.OTHER_ID);
            citizen.find("#idNumber").sendKeys(Keys.ENTER);
            assertThat(citizen.waitForText("#tracking-return-current", "Đã chọn"))
                    .isEqualTo("Đã chọn: Qua dịch vụ bưu chính công ích: " + ADDRESS);
            assertThat(citizen.find("input[name=resultReturnMethod][value=POSTAL]").isSelected()).isTrue();
            citizen.click("input[name=resultReturnMethod][value=AT_OTHER_POINT]");
            citizen.click("#return-save");
            citizen.waitForText("#resultReturnUnit-error", "Hãy chọn điểm tiếp nhận");
            new Select(citizen.find("#resultReturnUnit")).selectByValue(Officers.PROVINCIAL_CENTRE);
            citizen.click("#return-save");
            String saved = citizen.waitForText("#return-status", "Đã lưu");
            assertThat(saved).startsWith("Đã lưu: Tại điểm tiếp nhận khác trong tỉnh: Trung tâm Phục vụ hành chính công");
            assertThat(citizen.find("#tracking-timeline").getText()).contains("Đổi nơi, cách nhận kết quả");
            citizen.screenshot("43-tra-cuu-doi-noi-nhan-ket-qua");
        }
        assertThat(returnChoice(code)).isEqualTo("AT_OTHER_POINT|" + Officers.PROVINCIAL_CENTRE + "|-");
    }

    @Test
    void aPaperTheStateHoldsIsReusedFromTheApplicantsEarlierSignedResultInsteadOfUploaded() throws Exception {
        String earlier = signedResultFor(Officers.OTHER_ID, "Trần Văn Đức");
        String code;
        try (Browser citizen = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            fillLandCertificateExchange(citizen);
            uploadTo(citizen, "Field_ApplicationForm", pdf("don-mau-18.pdf").toString());

            // the certificate is not uploaded: it is the applicant's earlier signed result; a code that is not theirs
            // is refused by the server, on the reuse's own line, and nothing is stored
            assertThat(citizen.find("#reuse-field").isDisplayed()).isTrue();
            citizen.click("#add-reused-paper");
            // offered first: the first document without a file; its upload field is disabled while it is reused
            assertThat(new Select(citizen.find("#reuse-paper-0")).getFirstSelectedOption().getDomProperty("value"))
                    .isEqualTo("issuedCertificate");
            new Select(citizen.find("#reuse-paper-0")).selectByValue("issuedCertificate");
            citizen.waitUntil(d -> !fileInput(citizen, "Field_IssuedCertificate").isEnabled(), "the reused document's field disabled");
            assertThat(fileInput(citizen, "Field_ApplicationForm").isEnabled()).isTrue();
            citizen.type("#reuse-code-0", "H36.99999-260101-0001");
            long dossiers = count("dossier");
            citizen.click("#submit-dossier");
            assertThat(citizen.waitForText("#reused-papers-error", "Không có kết quả điện tử đã ký"))
                    .contains("H36.99999-260101-0001", "Bản gốc Giấy chứng nhận đã cấp");
            citizen.screenshot("60-nop-ho-so-dung-lai-giay-to-sai-ma");
            assertThat(citizen.all("#procedure-form-error").get(0).isDisplayed()).as("no form error for the reused document").isFalse();
            assertThat(count("dossier")).isEqualTo(dossiers);

            citizen.find("#reuse-code-0").clear();
            citizen.type("#reuse-code-0", earlier);
            citizen.screenshot("61-nop-ho-so-dung-lai-giay-to");
            assertThat(citizen.seriousAccessibilityViolations()).as("the page with a reused paper and its error").isEmpty();
            // in English the reuse's labels follow; the document's name stays as the province wrote it
            citizen.click("#lang-toggle");
            citizen.waitForText("#reuse-heading", "Reuse a paper the state already holds");
            assertThat(citizen.find("label[for='reuse-code-0']").getText()).isEqualTo("Earlier dossier code");
            assertThat(citizen.find("#reuse-code-0").getDomProperty("value")).as("the typed code kept").isEqualTo(earlier);
            citizen.click("#lang-toggle");
            citizen.waitForText("#reuse-heading", "Dùng lại giấy tờ đã có");
            citizen.click("#submit-dossier");
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/bien-nhan"), "the receipt page");
            code = citizen.find("#receipt-code").getText();
            assertThat(citizen.find("#receipt-files").getText()).contains("don-mau-18.pdf");
            assertThat(citizen.find("#receipt-reused").getText())
                    .isEqualTo("Bản gốc Giấy chứng nhận đã cấp (kết quả đã ký của hồ sơ " + earlier + ")");
            citizen.screenshot("62-bien-nhan-giay-to-dung-lai");
        }
        assertThat(jdbc.sql("""
                        select r.document_key || '=' || r.source_dossier_code from dossier_reused_paper r
                        join dossier d on d.id = r.dossier_id where d.code = ?""").param(code).query(String.class).list())
                .containsExactly("issuedCertificate=" + earlier);
        assertThat(jdbc.sql("""
                        select a.document_key from dossier_attachment a join dossier d on d.id = a.dossier_id
                        where d.code = ?""").param(code).query(String.class).list()).containsExactly("applicationForm");

        // the receiver opens the reused paper inside the intake task, as an attached one (the webapp session reads it)
        try (Browser officer = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP).patient(java.time.Duration.ofSeconds(40))) {
            OfficersDayInTheBrowserTest.logIn(officer, Officers.LACDUONG_RECEIVER);
            OfficersDayInTheBrowserTest.openTask(officer, code);
            officer.click(".task-details a[href*='/reused-papers/']");
            String src = officer.find("#motcua-preview iframe").getDomAttribute("src");
            assertThat(src).isEqualTo("/api/v1/dossiers/" + code + "/reused-papers/issuedCertificate?inline=true");
            Object read = officer.fetchWithSession(src);
            assertThat(String.valueOf(read)).isEqualTo("200 application/pdf %PDF-");
            officer.waitUntil(d -> jdbc.sql("select count(*) from audit_event where action = 'REUSED_PAPER_READ' and target_id = ?")
                    .param(code).query(Long.class).single() >= 2, "the preview's reads in the audit trail");
            Thread.sleep(2000); // the PDF viewer draws in its own process
            officer.screenshotOfWindow("63-tiep-nhan-xem-giay-to-dung-lai");
        }
    }

    @Test
    void aNoteOfTheDocumentListIsShownWithTheDocumentsNotAskedForAsAFile() throws IOException {
        try (Browser citizen = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            // 2.002349: its list holds a "Lưu ý" that the form used to require as an upload
            citizen.go("/nop-ho-so?ma=2.002349");
            String heading = citizen.waitForText("#procedure-form .fjs-form", "Lưu ý về hồ sơ");
            assertThat(heading).contains("Thành phần hồ sơ", "Phiếu lý lịch tư pháp",
                    "Lưu ý: Cơ quan giải quyết thủ tục hành chính có trách nhiệm yêu cầu cơ quan quản lý dữ liệu lý lịch tư pháp");
            assertThat(citizen.all("#procedure-form .fjs-form-field-filepicker label")).extracting(org.openqa.selenium.WebElement::getText)
                    .isNotEmpty().noneMatch(label -> label.startsWith("Lưu ý"));
            citizen.screenshot("64-nop-ho-so-luu-y-ve-ho-so");
        }
    }

    /** The land certificate exchange's page filled in for Trần Văn Đức at Lạc Dương, declaration ticked, no file yet. */
    private static void fillLandCertificateExchange(Browser citizen) {
        citizen.go("/nop-ho-so?ma=1.012783");
        citizen.find("#procedure-form .fjs-form");
        citizen.type("#idNumber", Officers.OTHER_ID);
        citizen.type("#fullName", "Trần Văn Đức");
        new Select(citizen.find("#receivingUnit")).selectByValue(Officers.LACDUONG);
        citizen.type("#procedure-form input[id$='Field_CertificateNumber']", "CS 123456");
        citizen.type("#procedure-form input[id$='Field_ParcelNumber']", "125");
        citizen.type("#procedure-form input[id$='Field_MapSheetNumber']", "12");
        citizen.type("#procedure-form input[id$='Field_ParcelAddress']", "Thôn Đăng Gia, Xã Lạc Dương");
        citizen.type("#procedure-form textarea[id$='Field_Reason']", "Giấy chứng nhận bị ố, nhòe");
        citizen.click("#declaration");
    }

    /** An online birth registration of this applicant taken through intake, review and signing (the API, the engine). */
    private String signedResultFor(String idNumber, String name) throws Exception {
        var body = new java.util.HashMap<>(vn.motcua.support.Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        body.put("applicant", java.util.Map.of("idNumber", idNumber, "fullName", name));
        var res = http.postForEntity("/api/v1/dossiers", body, String.class);
        assertThat(res.getStatusCode().value()).as(res.getBody()).isEqualTo(201);
        String code = new com.fasterxml.jackson.databind.ObjectMapper().readTree(res.getBody()).get("code").asText();
        vn.motcua.support.TestNodes.work(tasks, identity, Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier",
                java.util.Map.of("receiveDecision", "ACCEPT"));
        vn.motcua.support.TestNodes.work(tasks, identity, Officers.XUANHUONG_SPECIALIST, code, "Task_ReviewDossier",
                java.util.Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện"));
        vn.motcua.support.TestNodes.work(tasks, identity, Officers.XUANHUONG_LEADER, code, "Task_ApproveResult",
                java.util.Map.of("approval", "APPROVE"));
        return code;
    }

    private static org.openqa.selenium.WebElement fileInput(Browser browser, String fieldId) {
        return browser.driver.findElement(By.cssSelector("#procedure-form input[type=file][id$='" + fieldId + "']"));
    }

    /** Chooses files in a form-js upload field (its file input is hidden behind a button, as a browser allows). */
    private static void uploadTo(Browser browser, String fieldId, String paths) {
        browser.driver.findElement(By.cssSelector("#procedure-form input[type=file][id$='" + fieldId + "']")).sendKeys(paths);
    }

    private String returnChoice(String code) {
        return jdbc.sql("""
                        select r.method || '|' || coalesce(r.unit_code, '-') || '|' || coalesce(r.postal_address, '-')
                        from dossier_result_return r join dossier d on d.id = r.dossier_id where d.code = ?""")
                .param(code).query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static Path pdf(String name) throws IOException {
        Path dir = Files.createDirectories(Browser.buildDir().resolve("test-files"));
        return Files.writeString(dir.resolve(name), """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.ISO_8859_1);
    }
}
