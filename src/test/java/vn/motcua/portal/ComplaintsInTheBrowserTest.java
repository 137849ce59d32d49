package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.TestNodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints and recommendations (phản ánh, kiến nghị) in headless Chromium: the citizen's mistakes are shown on the
 * page; a complaint about their dossier is sent from the complaint page (reached from tracking), the unit's leaders
 * answer it, and the citizen reads the answer in tracking and rates it (766 indicator 5.3); a recommendation about a
 * procedure is sent and its answer looked up with its code, in Vietnamese and English, dates dd/MM/yyyy. No serious
 * accessibility violation on the page in either language. Screenshots under {@code <build dir>/screenshots/}. Same
 * context as {@link PortalInTheBrowserTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintsInTheBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("PAKN-\\d{8}-\\d{6}");

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @Test
    void aCitizenComplainsAboutTheirDossierReadsTheAnswerInTrackingAndRatesIt() throws Exception {
        String dossier = submitOnline();
        String complaint;
        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            track(citizen, dossier);
            citizen.waitForText("#tracking-complaints-list", "Chưa có phản ánh, kiến nghị nào");
            citizen.click("#tracking-complain");
            citizen.waitUntil(d -> d.getCurrentUrl().contains("/phan-anh?ma="), "the complaint page");
            assertThat(citizen.find("#dossierCode").getDomProperty("value")).isEqualTo(dossier);

            // nothing typed: each mistake named at its field and in the summary; nothing is sent
            citizen.click("#complaint-send");
            String errors = citizen.waitForText("#complaint-errors", "Có thông tin cần sửa");
            assertThat(errors).contains("Số định danh cá nhân: Bắt buộc phải nhập", "Nội dung phản ánh, kiến nghị: Bắt buộc phải nhập");
            citizen.type("#idNumber", "12345");
            citizen.click("#complaint-send");
            citizen.waitForText("#idNumber-error", "phải gồm đúng 12 chữ số");
            citizen.screenshot("50-phan-anh-loi-nhap");
            assertThat(citizen.seriousAccessibilityViolations()).as("with errors shown").isEmpty();

            // someone else's ID number: the API's 404, said as tracking says it
            citizen.find("#idNumber").clear();
            citizen.type("#idNumber", Officers.OTHER_ID);
            citizen.type("#content", "Quá hạn hẹn trả mà chưa nhận được kết quả");
            citizen.click("#complaint-send");
            citizen.waitForText("#complaint-errors", "Không tìm thấy hồ sơ");

            citizen.find("#idNumber").clear();
            citizen.type("#idNumber", Officers.APPLICANT_ID);
            citizen.click("#complaint-send");
            String sent = citizen.waitForText("#complaint-status", "Đã gửi");
            assertThat(sent).containsPattern("hạn trả lời \\d{2}/\\d{2}/\\d{4}");
            Matcher m = CODE.matcher(sent);
            assertThat(m.find()).as(sent).isTrue();
            complaint = m.group();
            assertThat(citizen.all("#complaint-errors").get(0).isDisplayed()).isFalse();
            citizen.screenshot("51-phan-anh-da-gui");
        }
        assertThat(jdbc.sql("select dossier_code from complaint where code = :c").param("c", complaint)
                .query(String.class).single()).isEqualTo(dossier);

        TestNodes.work(tasks, identity, Officers.XUANHUONG_LEADER, complaint, "Task_AnswerComplaint",
                Map.of("complaintAnswer", "Hồ sơ đã có kết quả, mời ông/bà đến nhận; xin lỗi vì chậm trễ."));

        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            track(citizen, dossier);
            String card = citizen.waitForText("#tracking-complaints-list .complaint", "Đã trả lời");
            assertThat(card).contains(complaint, "mời ông/bà đến nhận", "Quá hạn hẹn trả").containsPattern("Trả lời ngày \\d{2}/\\d{2}/\\d{4}");
            citizen.click("#tracking-complaints-list .complaint-rate[data-rating=NOT_SATISFIED]");
            citizen.waitForText("#tracking-complaints-list .complaint", "Cảm ơn bạn đã đánh giá câu trả lời");
            assertThat(citizen.find("#tracking-complaints-list .complaint-rated").getText())
                    .isEqualTo("Bạn đã đánh giá câu trả lời: Không hài lòng");
            assertThat(citizen.all("#tracking-complaints-list .complaint-rate")).as("rated once").isEmpty();
            citizen.screenshot("52-tra-cuu-tra-loi-phan-anh-danh-gia");
            assertThat(citizen.seriousAccessibilityViolations()).as("tracking with an answered complaint").isEmpty();
        }
        assertThat(jdbc.sql("select answer_rating from complaint where code = :c").param("c", complaint)
                .query(String.class).single()).isEqualTo("NOT_SATISFIED");
    }

    @Test
    void aRecommendationAboutAProcedureIsSentAndItsAnswerLookedUpInBothLanguages() {
        List<String> problems = new ArrayList<>();
        try (Browser citizen = Browser.open(baseUrl(), "vi", Browser.DESKTOP)) {
            citizen.go("/phan-anh?thu-tuc=" + Dossiers.BIRTH);
            citizen.waitForText("h1", "Phản ánh, kiến nghị");
            assertThat(citizen.find("#procedure-fields").isDisplayed()).isTrue();
            assertThat(citizen.all("#dossier-fields").get(0).isDisplayed()).isFalse();
            for (String language : List.of("vi", "en")) {
                setLanguage(citizen, language);
                citizen.seriousAccessibilityViolations().forEach(v -> problems.add("phan-anh [" + language + "]: " + v));
            }
            setLanguage(citizen, "vi");
            citizen.click("input[name=kind][value=RECOMMENDATION]");
            citizen.type("#fullName", "Trần Văn Đức");
            citizen.type("#email", "khong-phai-email");
            citizen.type("#idNumber", Officers.OTHER_ID);
            citizen.type("#content", "Đề nghị bỏ yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu dân cư");
            citizen.click("#complaint-send");
            citizen.waitForText("#email-error", "Địa chỉ thư điện tử không hợp lệ");
            citizen.find("#email").clear();
            citizen.click("#complaint-send");
            String sent = citizen.waitForText("#complaint-status", "Đã gửi");
            Matcher m = CODE.matcher(sent);
            assertThat(m.find()).as(sent).isTrue();
            String code = m.group();

            // the look-up is filled in for the citizen; a wrong ID number is not told apart from a wrong code
            assertThat(citizen.find("#lookupCode").getDomProperty("value")).isEqualTo(code);
            citizen.find("#lookupIdNumber").clear();
            citizen.type("#lookupIdNumber", Officers.APPLICANT_ID);
            citizen.find("#lookupIdNumber").sendKeys(Keys.ENTER);
            citizen.waitForText("#lookup-errors", "Không tìm thấy phản ánh, kiến nghị");
            citizen.find("#lookupIdNumber").clear();
            citizen.type("#lookupIdNumber", Officers.OTHER_ID);
            citizen.find("#lookupIdNumber").sendKeys(Keys.ENTER);
            String found = citizen.waitForText("#complaint-found", "Đang chờ trả lời");
            assertThat(found).contains("Kiến nghị " + code).containsPattern("Hạn trả lời\\s+\\d{2}/\\d{2}/\\d{4}");
            assertThat(citizen.all("#complaint-found .complaint-rate")).as("nothing to rate before the answer").isEmpty();
            citizen.screenshot("53-phan-anh-thu-tuc-cho-tra-loi");

            setLanguage(citizen, "en");
            assertThat(citizen.waitForText("#complaint-found", "Waiting for the answer")).contains("Recommendation " + code);
            assertThat(citizen.find("#complaint-status").getText()).contains("Your complaint code is " + code);
            citizen.screenshot("54-phan-anh-tieng-anh");
        }
        assertThat(problems).isEmpty();
    }

    private String submitOnline() throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers", Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return JSON.readTree(created.getBody()).get("code").asText();
    }

    private void track(Browser citizen, String code) {
        citizen.go("/tra-cuu?ma=" + code);
        citizen.type("#idNumber", Officers.APPLICANT_ID);
        citizen.find("#idNumber").sendKeys(Keys.ENTER);
        citizen.waitForText("#tracking-result-heading", code);
    }

    private static void setLanguage(Browser browser, String language) {
        if (!language.equals(browser.script("return document.documentElement.lang"))) {
            browser.click("#lang-toggle");
            browser.waitUntil(d -> language.equals(browser.script("return document.documentElement.lang")), "language " + language);
        }
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
