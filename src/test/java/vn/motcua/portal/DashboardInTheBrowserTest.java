package vn.motcua.portal;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.openqa.selenium.WebElement;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaders' dashboard in Chromium: a commune leader sees the commune only, the provincial leader every unit; the
 * XLSX export holds the table shown; the public transparency page shows the units' figures. Screenshots of each
 * land in {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardInTheBrowserTest {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired vn.motcua.reporting.internal.ReportingFactsBackfill backfill;

    @Test
    void aCommuneLeaderSeesTheCommuneTheProvincialLeaderEverythingAndTheExportMatchesThePage() throws Exception {
        submit(Officers.XUANHUONG, Officers.XUANHUONG_RECEIVER);
        submit(Officers.LACDUONG, Officers.LACDUONG_RECEIVER);

        try (Browser leader = Browser.open("http://localhost:" + port, "vi", Browser.PHONE)) {
            login(leader, Officers.XUANHUONG_LEADER);
            leader.waitForText("#scope", "Phạm vi: " + Officers.XUANHUONG);
            List<String> units = column(leader, "#table-units tbody tr td:first-child");
            assertThat(units).isNotEmpty().containsOnly(Officers.XUANHUONG);
            // the score is out of the measured points; an indicator without data is "chưa đo", never 0 or full marks
            assertThat(leader.find("#score").getText()).contains("trên số điểm đo được");
            leader.waitForText("#tables", "chưa đo");
            leader.screenshot("30-bao-cao-lanh-dao-xa-dien-thoai");
        }
        // a dossier projected before the other modules' facts were counted (an upgraded database): the page says the
        // indicators that need them are incomplete until the backfill has read them
        jdbc.sql("update report_dossier set facts_read = false where dossier_id = (select min(dossier_id) from report_dossier)")
                .update();
        try (Browser province = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            login(province, Officers.PROVINCIAL_LEADER);
            province.waitForText("#scope", "toàn tỉnh");
            province.waitForText("#dashboard-status", "Đang đọc dữ liệu đồng bộ, phí, số hóa và phản ánh của 1 hồ sơ cũ");
            assertThat(backfill.backfill()).isEqualTo(1);
            List<String> units = column(province, "#table-units tbody tr td:first-child");
            assertThat(units).contains(Officers.XUANHUONG, Officers.LACDUONG);
            province.screenshot("31-bao-cao-lanh-dao-tinh");
            Files.deleteIfExists(province.downloads.resolve("units.xlsx"));
            province.click("[data-export='units.xlsx']");
            Path xlsx = province.downloaded(".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                var sheet = book.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(units.size());
                for (int r = 0; r < units.size(); r++) {
                    assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue()).isEqualTo(units.get(r));
                }
            }
        }
        try (Browser citizen = Browser.open("http://localhost:" + port, "vi", Browser.DESKTOP)) {
            citizen.go("/minh-bach");
            citizen.waitForText("#transparency-table", "Ủy ban nhân dân Xã Lạc Dương");
            assertThat(citizen.find("#transparency-table").getText()).doesNotContain(Officers.APPLICANT_ID);
            citizen.screenshot("32-cong-khai-ket-qua");
        }
    }

    private static void login(Browser b, String user) {
        b.go("/bao-cao");
        b.type("#user", user);
        b.type("#password", Officers.PASSWORD);
        b.click("#login button[type=submit]");
        b.waitForText("#table-units", "Mã");
    }

    private static List<String> column(Browser b, String css) {
        return b.all(css).stream().map(WebElement::getText).toList();
    }

    private void submit(String unit, String receiver) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(receiver, Officers.PASSWORD);
        var res = http.exchange("/api/v1/dossiers", HttpMethod.POST,
                new HttpEntity<>(Dossiers.birthRegistration(unit, "COUNTER"), headers), String.class);
        assertThat(res.getStatusCode().value()).as(res.getBody()).isEqualTo(201);
    }
}
