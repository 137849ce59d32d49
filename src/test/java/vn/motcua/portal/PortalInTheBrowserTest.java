package vn.motcua.portal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal and Tasklist as citizens and officers use them, in headless Chromium: find a procedure without
 * diacritics, submit it online with its Camunda Form and an attachment, see the receipt, an officer claims and
 * completes the check in Vietnamese Tasklist, the citizen's tracking page shows the new status; bad input on each
 * page gets a clear message; axe-core finds no serious violation on any public page; nothing is loaded from another
 * site. Screenshots of every page land in {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalInTheBrowserTest {

    private static final Pattern DOSSIER_CODE = Pattern.compile("H36\\.24781-\\d{6}-\\d{4}");
    private static final String CHILD = "Nguyễn Minh Khôi";
    private static final String SCAN = "giay-chung-sinh.pdf";

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired TestRestTemplate http;

    @Test
    void aCitizenSubmitsOnlineAnOfficerAcceptsInVietnameseTasklistAndTheCitizenSeesTheNewStatus() throws IOException {
        String code;
        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            // find the procedure by a search without diacritics
            citizen.go("/");
            citizen.screenshot("01-trang-chu");
            citizen.type("#home-q", "dang ky khai sinh");
            citizen.find("#home-q").submit();
            citizen.waitForText("#results", "Thủ tục đăng ký khai sinh");
            assertThat(citizen.find("#results-status").getText()).matches("Tìm thấy \\d+ thủ tục");
            assertThat(citizen.find("#results a[href='/thu-tuc/1.001193']").getText()).isEqualTo("Thủ tục đăng ký khai sinh");
            citizen.screenshot("02-tim-thu-tuc-khong-dau");

            // read its requirements, limits and fees per channel
            citizen.click("#results a[href='/thu-tuc/1.001193']");
            citizen.waitForText("#procedure-name", "Thủ tục đăng ký khai sinh");
            assertThat(citizen.find("#procedure-terms").getText()).contains("Trực tuyến", "Trực tiếp", "Miễn phí");
            assertThat(citizen.find("#procedure-documents").getText()).contains("Giấy chứng sinh");
            citizen.screenshot("03-chi-tiet-thu-tuc");

            // submit it online: applicant, identity check, receiving point, the procedure's own form, an attachment
            citizen.driver.findElement(By.linkText("Nộp hồ sơ trực tuyến")).click();
            citizen.find("#procedure-form .fjs-form");
            citizen.type("#idNumber", Officers.APPLICANT_ID);
            citizen.type("#fullName", "Nguyễn Thị Hạnh");
            citizen.click("#check-identity");
            assertThat(citizen.waitForText("#identity-result", "Đã xác thực")).contains("Cơ sở dữ liệu quốc gia về dân cư");
            citizen.type("#email", "hanh@example.vn");
            new Select(citizen.find("#receivingUnit")).selectByValue(Officers.XUANHUONG);
            fillBirthRegistrationForm(citizen);
            // each document of the procedure's form is a file picker in Vietnamese, with what to bring under it
            assertThat(citizen.driver.findElements(By.cssSelector("#procedure-form .fjs-filepicker-button")))
                    .extracting(WebElement::getText).containsExactly("Chọn tệp", "Chọn tệp");
            assertThat(citizen.driver.findElements(By.cssSelector("#procedure-form .fjs-filepicker-container .fjs-form-field-label")))
                    .extracting(WebElement::getText).containsOnly("Chưa chọn tệp");
            assertThat(citizen.driver.findElements(By.cssSelector("#procedure-form .motcua-filepicker-description")))
                    .extracting(WebElement::getText)
                    .satisfiesExactly(d -> assertThat(d).startsWith("Bản chính: 1").contains("tờ khai điện tử"),
                            d -> assertThat(d).startsWith("Bản chính: 1").contains("Giấy chứng sinh điện tử"));
            // the other papers' picker: the page's own button, not the browser's "Choose Files" / "No file chosen"
            WebElement chooseFiles = citizen.find("label.file-button[for='attachments']");
            assertThat(chooseFiles.isDisplayed()).isTrue();
            assertThat(chooseFiles.getText()).isEqualTo("Chọn tệp…");
            assertThat(citizen.all("#attachments").get(0).getSize().getWidth()).as("the native picker is hidden").isLessThanOrEqualTo(1);
            assertThat(citizen.find("#chosen-files").getText()).isEqualTo("Chưa chọn tệp nào.");
            citizen.attach("#attachments", pdf(SCAN).toString());
            citizen.waitForText("#chosen-files", SCAN);
            citizen.click("#declaration");
            citizen.screenshot("04-nop-ho-so");
            citizen.click("#submit-dossier");

            // the receipt: dossier code, due date, the online submission receipt as PDF
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/bien-nhan"), "the receipt page");
            code = citizen.find("#receipt-code").getText();
            assertThat(code).matches(DOSSIER_CODE);
            assertThat(citizen.find("#receipt-due").getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(citizen.find("#receipt-files").getText()).contains(SCAN);
            assertThat(citizen.find("#receipt-identity").getText()).isEqualTo("Đã đối chiếu với Cơ sở dữ liệu quốc gia về dân cư");
            citizen.screenshot("05-bien-nhan");
            citizen.click("#receipt-pdf");
            citizen.waitForText("#receipt-download", "Đã tải tệp");
            assertThat(Files.readString(citizen.downloaded(code + "-bien-nhan-truc-tuyen.pdf"), StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF-");
        }

        try (Browser officer = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            // Tasklist in Vietnamese; the officer's own units' filter comes by default
            officer.go("/camunda/app/tasklist/");
            officer.waitForText("form[name=signinForm] button[type=submit]", "Đăng nhập");
            assertThat(officer.find("form[name=signinForm] input[type=password]").getDomAttribute("placeholder")).isEqualTo("Mật khẩu");
            officer.screenshotOfWindow("06-tasklist-dang-nhap");
            logIn(officer, Officers.XUANHUONG_RECEIVER);
            officer.waitForText(".task-filter.active", "Việc của đơn vị tôi");

            Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_CheckDossier")
                    .singleResult();
            assertThat(task).as("the check task of %s", code).isNotNull();
            officer.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
            officer.waitForText(".task-details", "Kiểm tra, tiếp nhận hồ sơ");
            // the task form shows the dossier's data and its attachments
            WebElement data = officer.find("textarea[id$='Field_DossierData']");
            officer.waitUntil(d -> data.getDomProperty("value").contains(CHILD), "the dossier data in the task form");
            assertThat(officer.find("textarea[id$='Field_AttachmentNames']").getDomProperty("value")).contains(SCAN, "PDF");
            officer.waitForText("button.claim", "Nhận việc");
            officer.click("button.claim");
            officer.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty(), "the claim");
            officer.click("input[id$='Field_ReceiveDecision-0']");
            officer.script("arguments[0].scrollIntoView({block: 'start'})", data);
            officer.screenshotOfWindow("07-tasklist-kiem-tra-ho-so");
            officer.click("button.btn-primary[ng-click='complete()']");
            officer.waitUntil(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0, "the task to be completed");
            officer.waitForText("body", "Chọn một công việc trong danh sách");
            officer.screenshotOfWindow("08-tasklist-da-hoan-thanh");
        }

        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            citizen.go("/tra-cuu?ma=" + code);
            assertThat(citizen.find("#dossierCode").getDomProperty("value")).isEqualTo(code);
            citizen.type("#idNumber", Officers.APPLICANT_ID);
            citizen.find("#idNumber").sendKeys(Keys.ENTER);
            assertThat(citizen.waitForText("#tracking-badge", "Đang xử lý")).contains("Tình trạng");
            assertThat(citizen.find("#tracking-timeline").getText()).contains("Đã tiếp nhận", "Đang xử lý");
            assertThat(citizen.find("#tracking-unit").getText()).isEqualTo("Ủy ban nhân dân Phường Xuân Hương - Đà Lạt");
            assertThat(citizen.find("#tracking-due").getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(citizen.find("#tracking-slips").getText()).contains("Biên nhận nộp hồ sơ trực tuyến",
                    "Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
            citizen.screenshot("09-tra-cuu-trang-thai-moi");
            citizen.driver.findElement(By.xpath("//button[contains(., 'Mẫu 01')]")).click();
            citizen.waitForText("#tracking-download", "Đã tải tệp");
            assertThat(Files.readString(citizen.downloaded(code + "-mau-01.pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        }

        try (Browser admin = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            admin.go("/camunda/app/cockpit/");
            logIn(admin, "admin");
            admin.waitForText("body", "Sự cố đang mở");
            assertThat(admin.find("body").getText()).contains("Công việc đang mở", "Quy trình", "Đã triển khai");
            admin.screenshotOfWindow("10-cockpit");
        }
    }

    @Test
    void aVietnameseDateTypedInAnEnglishBrowserIsStoredAsThatDate() throws IOException {
        String code;
        // an English browser: form-js used to read "20/11/2026" as month 20 and store 2027-08-11
        try (Browser citizen = Browser.open(baseUrl(), "en-US", Browser.DESKTOP)) {
            citizen.go("/nop-ho-so?ma=1.001193");
            citizen.find("#procedure-form .fjs-form");
            citizen.type("#idNumber", Officers.APPLICANT_ID);
            citizen.type("#fullName", "Nguyễn Thị Hạnh");
            citizen.click("#check-identity");
            citizen.waitUntil(d -> "success".equals(d.findElement(By.id("identity-result")).getDomAttribute("data-kind")),
                    "the identity check");
            new Select(citizen.find("#receivingUnit")).selectByValue(Officers.XUANHUONG);
            fillBirthRegistrationForm(citizen);
            WebElement date = citizen.find("#procedure-form input[id$='Field_ChildBirthDate-date']");
            assertThat(date.getDomProperty("value")).isEqualTo("20/11/2026");
            citizen.attach("#attachments", pdf(SCAN).toString());
            citizen.waitForText("#chosen-files", SCAN);
            citizen.click("#declaration");
            citizen.screenshot("30-ngay-thang-trinh-duyet-tieng-anh");
            citizen.click("#submit-dossier");
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/bien-nhan"), "the receipt page");
            code = citizen.find("#receipt-code").getText();
        }
        // the procedure's own process (the shared receive process it calls carries the same business key)
        ProcessInstance dossier = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-1.001193").singleResult();
        assertThat(runtime.getVariable(dossier.getId(), "childBirthDate")).isEqualTo("2026-11-20");
    }

    @Test
    void badInputOnEachPageGetsAClearMessage() throws IOException {
        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            citizen.go("/thu-tuc?q=khong+co+thu+tuc+nay");
            assertThat(citizen.waitForText("#results-status", "Không tìm thấy thủ tục nào phù hợp với “khong co thu tuc nay”"))
                    .contains("Hãy thử từ khóa ngắn hơn");
            citizen.screenshot("20-loi-tim-thu-tuc-khong-co");
            citizen.type("#q", "!!!");
            citizen.find("#q").submit();
            citizen.waitForText("#q-error", "Từ khóa phải có ít nhất một chữ cái hoặc chữ số");
            assertThat(citizen.find("#q").getDomAttribute("aria-invalid")).isEqualTo("true");

            citizen.go("/thu-tuc/9.999999");
            citizen.waitForText("#procedure-status", "Không có thủ tục mã 9.999999");
            citizen.screenshot("21-loi-thu-tuc-khong-co");

            citizen.go("/nop-ho-so?ma=9.999999");
            citizen.waitForText("#submit-status", "Không có thủ tục mã “9.999999”");

            // nothing filled in: every problem is listed, linked to its field, and the summary takes the focus
            citizen.go("/nop-ho-so?ma=1.001193");
            citizen.find("#procedure-form .fjs-form");
            citizen.click("#submit-dossier");
            String summary = citizen.waitForText("#error-summary", "Có thông tin cần sửa");
            assertThat(summary).contains("Bắt buộc phải nhập", "Hãy chọn nơi tiếp nhận hồ sơ", "Tờ khai còn mục chưa điền đúng",
                    "Hãy đánh dấu vào ô cam đoan");
            assertThat(citizen.script("return document.activeElement.id")).isEqualTo("error-summary");
            assertThat(citizen.find("#idNumber-error").getText()).isEqualTo("Bắt buộc phải nhập");
            citizen.screenshot("22-loi-nop-ho-so-chua-dien");

            // a number of the wrong shape, and one the National Population Database does not know
            citizen.type("#idNumber", "12345");
            citizen.type("#fullName", "Trần Văn Bình");
            citizen.click("#check-identity");
            citizen.waitForText("#idNumber-error", "Số định danh cá nhân phải gồm đúng 12 chữ số");
            citizen.type("#idNumber", "001099000404");
            citizen.click("#check-identity");
            citizen.waitForText("#identity-result", "Không tìm thấy công dân có số định danh cá nhân, họ tên và ngày sinh này");

            // a file that is not what its name says
            citizen.attach("#attachments", textFileNamed("to-khai.pdf").toString());
            citizen.waitForText("#attachments-error", "Tệp “to-khai.pdf” không phải PDF, JPEG hoặc PNG");
            citizen.screenshot("23-loi-nop-ho-so-so-dinh-danh-va-tep");
            citizen.driver.findElement(By.cssSelector("#chosen-files button")).click();

            // everything right except the unknown applicant: the server refuses and says why
            new Select(citizen.find("#receivingUnit")).selectByValue(Officers.XUANHUONG);
            fillBirthRegistrationForm(citizen);
            citizen.click("#declaration");
            citizen.click("#submit-dossier");
            citizen.waitForText("#error-summary", "Không tìm thấy công dân có số định danh cá nhân, họ tên và ngày sinh này");
            assertThat(citizen.driver.getCurrentUrl()).contains("/nop-ho-so");

            citizen.go("/bien-nhan");
            citizen.waitForText("#receipt-missing", "Không có biên nhận để hiển thị");
            citizen.screenshot("24-loi-bien-nhan-khong-co");

            citizen.go("/tra-cuu");
            citizen.click("#tracking-form button[type=submit]");
            citizen.waitForText("#dossierCode-error", "Bắt buộc phải nhập");
            citizen.type("#dossierCode", "hoso-123");
            citizen.type("#idNumber", "0682030012");
            citizen.click("#tracking-form button[type=submit]");
            citizen.waitForText("#dossierCode-error", "Mã hồ sơ có dạng mã cơ quan-năm tháng ngày-số thứ tự");
            citizen.waitForText("#idNumber-error", "Số định danh cá nhân phải gồm đúng 12 chữ số");
            citizen.type("#dossierCode", "H36.24781-260101-9999");
            citizen.type("#idNumber", Officers.APPLICANT_ID);
            citizen.click("#tracking-form button[type=submit]");
            citizen.waitForText("#error-summary", "Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập");
            assertThat(citizen.driver.findElement(By.id("tracking-result")).isDisplayed()).isFalse();
            citizen.screenshot("25-loi-tra-cuu-khong-khop");

            // English on request: the same messages in English
            citizen.click("#lang-toggle");
            citizen.waitForText("#error-summary", "No dossier matches this dossier code and ID number");
            assertThat(citizen.script("return document.documentElement.lang")).isEqualTo("en");
            citizen.screenshot("26-loi-tra-cuu-tieng-anh");
            citizen.click("#lang-toggle");
        }

        try (Browser officer = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            officer.go("/camunda/app/tasklist/");
            // an account that does not exist: a wrong password would make the engine delay that officer's next logins
            officer.type("form[name=signinForm] input[type=text]", "khong.co.tai.khoan");
            officer.type("form[name=signinForm] input[type=password]", "sai-mat-khau");
            officer.click("form[name=signinForm] button[type=submit]");
            officer.waitForText(".page-notifications", "Sai tên đăng nhập hoặc mật khẩu");
            officer.screenshotOfWindow("27-loi-tasklist-sai-mat-khau");
        }
    }

    @Test
    void everyPublicPageHasNoSeriousAccessibilityViolationsInEitherLanguageAndLoadsNothingFromOtherSites() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("trang-chu", "/");
        pages.put("thu-tuc", "/thu-tuc");
        pages.put("tim-thu-tuc", "/thu-tuc?q=dat+dai");
        pages.put("chi-tiet-thu-tuc", "/thu-tuc/1.012783");
        pages.put("nop-ho-so", "/nop-ho-so?ma=1.001193");
        pages.put("bien-nhan", "/bien-nhan");
        pages.put("tra-cuu", "/tra-cuu");
        pages.put("co-so", "/co-so");
        List<String> problems = new ArrayList<>();
        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            for (String language : List.of("vi", "en")) {
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    citizen.go(page.getValue());
                    setLanguage(citizen, language);
                    settle(citizen, page.getKey());
                    citizen.seriousAccessibilityViolations().forEach(v -> problems.add(page.getKey() + " [" + language + "]: " + v));
                    citizen.resourcesFromOtherSites().forEach(u -> problems.add(page.getKey() + " loads " + u));
                }
            }
            // the states a citizen meets after acting: errors shown, a tracking result
            citizen.go("/nop-ho-so?ma=1.001193");
            setLanguage(citizen, "vi");
            citizen.find("#procedure-form .fjs-form");
            citizen.click("#submit-dossier");
            citizen.waitForText("#error-summary", "Có thông tin cần sửa");
            citizen.seriousAccessibilityViolations().forEach(v -> problems.add("nop-ho-so with errors: " + v));
            citizen.go("/tra-cuu");
            citizen.click("#tracking-form button[type=submit]");
            citizen.waitForText("#error-summary", "Có thông tin cần sửa");
            citizen.seriousAccessibilityViolations().forEach(v -> problems.add("tra-cuu with errors: " + v));
            String code = submitOnline();
            citizen.go("/tra-cuu?ma=" + code);
            citizen.type("#idNumber", Officers.APPLICANT_ID);
            citizen.click("#tracking-form button[type=submit]");
            citizen.waitForText("#tracking-badge", "Mới tiếp nhận");
            citizen.seriousAccessibilityViolations().forEach(v -> problems.add("tra-cuu with a result: " + v));
            citizen.script("sessionStorage.setItem('motcua.receipt', JSON.stringify(arguments[0]))", Map.of(
                    "code", code, "receivedAt", "2026-11-27T09:30:00", "dueAt", "2026-11-27T17:00:00",
                    "procedureCode", "1.001193", "procedureName", "Thủ tục đăng ký khai sinh", "unitName", "Ủy ban nhân dân Phường Xuân Hương - Đà Lạt",
                    "unitNameEn", "Xuan Huong - Da Lat Ward People's Committee", "identityChecked", true,
                    "files", List.of(Map.of("name", SCAN, "size", 142)), "idNumber", Officers.APPLICANT_ID));
            citizen.go("/bien-nhan");
            citizen.waitForText("#receipt-code", code);
            citizen.seriousAccessibilityViolations().forEach(v -> problems.add("bien-nhan with a receipt: " + v));

            // on a phone
            citizen.resize(Browser.PHONE);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                citizen.go(page.getValue());
                settle(citizen, page.getKey());
                assertThat((Long) citizen.script("return document.documentElement.scrollWidth - window.innerWidth"))
                        .as("%s fits the phone's width", page.getKey()).isLessThanOrEqualTo(0L);
                citizen.screenshot("30-dien-thoai-" + page.getKey());
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A dossier submitted through the API, as the submission page does. */
    private String submitOnline() {
        ResponseEntity<Map> created = http.postForEntity("/api/v1/dossiers", Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return String.valueOf(created.getBody().get("code"));
    }

    private static void setLanguage(Browser browser, String language) {
        if (!language.equals(browser.script("return document.documentElement.lang"))) {
            browser.click("#lang-toggle");
            browser.waitUntil(d -> language.equals(browser.script("return document.documentElement.lang")), "language " + language);
        }
    }

    /** Waits until the page has loaded what it shows from the API. */
    private static void settle(Browser browser, String page) {
        switch (page) {
            case "thu-tuc", "tim-thu-tuc" -> browser.find("#results li");
            case "chi-tiet-thu-tuc" -> browser.find("#procedure-terms tr");
            case "nop-ho-so" -> browser.find("#procedure-form .fjs-form");
            case "bien-nhan" -> browser.find("#receipt-missing:not([hidden]), #receipt:not([hidden])");
            case "co-so" -> browser.find("#centres li");
            default -> browser.find("main h1");
        }
    }

    /** The birth registration's own form, rendered by form-js from forms/form-1.001193.form. */
    private static void fillBirthRegistrationForm(Browser browser) {
        browser.type("#procedure-form input[id$='Field_ChildFullName']", CHILD);
        WebElement date = browser.find("#procedure-form input[id$='Field_ChildBirthDate-date']");
        date.clear();
        // dates are dd/MM/yyyy whatever the browser's language
        assertThat(date.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        date.sendKeys("20/11/2026");
        date.sendKeys(Keys.ENTER);
        browser.click("#procedure-form [id$='Field_ChildGender-display']");
        browser.driver.findElement(By.xpath("//div[@id='procedure-form']//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='Nam']")).click();
        browser.type("#procedure-form input[id$='Field_BirthPlace']", "Bệnh viện Đa khoa tỉnh Lâm Đồng");
        browser.type("#procedure-form input[id$='Field_MotherFullName']", "Nguyễn Thị Hạnh");
    }

    private static Path pdf(String name) throws IOException {
        Path dir = Files.createDirectories(Browser.buildDir().resolve("test-files"));
        Path file = dir.resolve(name);
        Files.writeString(file, """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static Path textFileNamed(String name) throws IOException {
        Path dir = Files.createDirectories(Browser.buildDir().resolve("test-files"));
        return Files.writeString(dir.resolve(name), "Đây không phải tệp PDF", StandardCharsets.UTF_8);
    }

    private static void logIn(Browser browser, String user) {
        browser.type("form[name=signinForm] input[type=text]", user);
        browser.type("form[name=signinForm] input[type=password]", Officers.PASSWORD); // admin's too in the demo
        browser.click("form[name=signinForm] button[type=submit]");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

}
