package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.integration.internal.simulator.Faults;
import vn.motcua.integration.internal.simulator.NpspSimulator;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NPSP sync against the NPSP simulator, which checks every field as the contract says (DOMAIN.md "The NPSP: the
 * integration contract"): each lifecycle path reaches the NPSP with its statuses in order, snapshots and progress
 * entries carry the contract's fields, dates and Vietnamese text, the supplement and result lists; sessions are
 * renewed, both forms of {@code error_code} are understood, the partner's faults delay but lose nothing, a poison
 * entry goes to the dead-letter list without blocking other dossiers, and the NPSP's connector files and looks up
 * dossiers. Retries are immediate here ({@code retry-initial-delay=PT0S}): each {@link NpspSender#sendDue()} is one
 * more try.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.integration.npsp.retry-initial-delay=PT0S",
        "motcua.integration.npsp.max-rejections=3",
        "motcua.integration.npsp.calls.retry-attempts=1",
        "motcua.integration.npsp.calls.read-timeout=PT1S",
        // faults are tried one by one here: the breaker must not open in between (NpspOutageOnTwoNodesTest opens it)
        "motcua.integration.npsp.calls.circuit-minimum-calls=1000",
        "motcua.integration.npsp.calls.circuit-window=1000"})
@ActiveProfiles("test")
class NpspContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONNECTOR = "npsp-connector";
    private static final String CONNECTOR_PASSWORD = "demo-connector-password";

    @Autowired ApplicationContext context;
    @Autowired NpspSender sender;
    @Autowired NpspClient client;
    @Autowired NpspMetrics metrics;
    @Autowired PartnerSimulators simulators;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    NpspSimulator npsp;
    Lifecycle lifecycle;

    @BeforeEach
    void setUp() {
        npsp = simulators.server().npsp();
        npsp.setFaults(Faults.NONE);
        npsp.setLegacyErrorCode(false);
        lifecycle = new Lifecycle(context, port);
        sync(); // whatever earlier tests left
    }

    @AfterEach
    void healthy() {
        npsp.setFaults(Faults.NONE);
    }

    @Test
    void everyLifecyclePathReachesTheNpspWithItsStatusesInOrder() throws Exception {
        String granted = lifecycle.submitBirthRegistration();
        lifecycle.accept(granted);
        lifecycle.review(granted);
        lifecycle.approve(granted);
        lifecycle.returnResult(granted);

        String refused = lifecycle.submitBirthRegistration();
        lifecycle.work(Officers.XUANHUONG_RECEIVER, refused, "Task_CheckDossier",
                Map.of("receiveDecision", "REFUSE", "opinion", "Không thuộc thẩm quyền"));

        String supplemented = lifecycle.submitBirthRegistration();
        lifecycle.work(Officers.XUANHUONG_RECEIVER, supplemented, "Task_CheckDossier",
                Map.of("receiveDecision", "SUPPLEMENT", "opinion", "Thiếu Giấy chứng sinh bản chính"));
        lifecycle.supplementBrought(supplemented);
        lifecycle.work(Officers.XUANHUONG_RECEIVER, supplemented, "Task_CheckSupplementedDossier",
                Map.of("receiveDecision", "ACCEPT"));

        String withdrawn = lifecycle.submitBirthRegistration();
        lifecycle.accept(withdrawn);
        lifecycle.withdraw(withdrawn);
        lifecycle.work(Officers.XUANHUONG_LEADER, withdrawn, "Task_ConfirmStop", Map.of("stopReason", "Người nộp rút hồ sơ"));

        String lapsed = lifecycle.submitBirthRegistration();
        lifecycle.work(Officers.XUANHUONG_RECEIVER, lapsed, "Task_CheckDossier",
                Map.of("receiveDecision", "SUPPLEMENT", "opinion", "Bổ sung tờ khai"));
        lifecycle.fireTimer(lapsed, "Event_SupplementLapsed");

        sync();

        assertThat(statuses(granted)).containsExactly("1", "2", "4", "9", "10");
        assertThat(statuses(refused)).containsExactly("1", "3");
        assertThat(statuses(supplemented)).containsExactly("1", "5", "1", "2", "4");
        assertThat(statuses(withdrawn)).containsExactly("1", "2", "4", "7", "8");
        assertThat(statuses(lapsed)).containsExactly("1", "5", "8");
        for (String code : List.of(granted, refused, supplemented, withdrawn, lapsed)) {
            assertThat(accepted(code, NpspMessages.PROGRESS)).as("progress of %s", code).isNotEmpty();
            assertThat(npsp.progress(code)).as("the NPSP shows the progress of %s", code).isNotEmpty();
        }
        // what the NPSP holds at the end is the dossier as it is
        assertThat(npsp.dossier(granted).get("TrangThaiHoSo").asText()).isEqualTo("10");
        assertThat(npsp.dossier(refused).get("NgayKetThucXuLy").asText()).matches("\\d{14}");
        // status 6 has no path in today's models; its mapping is data all the same
        assertThat(jdbc.sql("select npsp_status from npsp_status_mapping where dossier_status = 6")
                .query(String.class).single()).isEqualTo("6");
    }

    @Test
    void theSnapshotCarriesTheContractsFieldsDatesAndVietnameseTextAndTheSupplementAndResultLists() throws Exception {
        String code = lifecycle.submitBirthRegistration();
        lifecycle.work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier",
                Map.of("receiveDecision", "SUPPLEMENT", "opinion", "Thiếu Giấy chứng sinh bản chính"));
        lifecycle.supplementBrought(code);
        lifecycle.work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckSupplementedDossier", Map.of("receiveDecision", "ACCEPT"));
        lifecycle.review(code);
        lifecycle.approve(code);
        sync();

        List<JsonNode> snapshots = accepted(code, NpspMessages.SNAPSHOT);
        List<Received> calls = acceptedCalls(code, NpspMessages.SNAPSHOT);
        assertThat(calls.get(0).isUpdating()).as("the first snapshot creates the dossier").isEqualTo("False");
        assertThat(calls.subList(1, calls.size())).allSatisfy(c -> assertThat(c.isUpdating()).isEqualTo("True"));

        JsonNode last = snapshots.get(snapshots.size() - 1);
        Map<String, Object> dossier = jdbc.sql("select received_at, due_at, finished_at from dossier where code = ?")
                .param(code).query().singleRow();
        DateTimeFormatter npspDate = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        assertThat(last.get("MaHoSo").asText()).isEqualTo(code);
        assertThat(last.get("MaTTHC").asText()).isEqualTo(Dossiers.BIRTH);
        assertThat(last.get("TenTTHC").asText()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(last.get("ChuHoSo").asText()).isEqualTo("Nguyễn Thị Hạnh");
        assertThat(last.get("DonViXuLy").asText()).isEqualTo("Ủy ban nhân dân Phường Xuân Hương - Đà Lạt");
        assertThat(last.get("Email").asText()).isEqualTo("hanh@example.vn");
        assertThat(last.get("SoDienThoai").asText()).isEmpty();
        assertThat(last.get("LoaiDoiTuong").asText()).isEqualTo("1");
        assertThat(last.get("KenhThucHien").asText()).isEqualTo("2");
        assertThat(last.get("TaiKhoanDuocXacThucVoiVNeID").asText()).isEqualTo("1");
        assertThat(last.get("NgayTiepNhan").asText())
                .isEqualTo(npspDate.format(((java.sql.Timestamp) dossier.get("received_at")).toLocalDateTime()));
        assertThat(last.get("NgayHenTra").asText())
                .isEqualTo(npspDate.format(((java.sql.Timestamp) dossier.get("due_at")).toLocalDateTime()));
        assertThat(last.get("NgayKetThucXuLy").asText())
                .isEqualTo(npspDate.format(((java.sql.Timestamp) dossier.get("finished_at")).toLocalDateTime()));
        assertThat(last.get("NgayTra").asText()).as("an absent date is empty").isEmpty();
        assertThat(last.get("TrangThaiHoSo").asText()).isEqualTo("9");

        JsonNode supplement = last.get("DanhSachHoSoBoSung").get(0);
        assertThat(last.get("DanhSachHoSoBoSung")).hasSize(1);
        assertThat(supplement.get("NoiDungBoSung").asText()).isEqualTo("Thiếu Giấy chứng sinh bản chính");
        assertThat(supplement.get("NguoiYeuCauBoSung").asText()).isEqualTo(Officers.XUANHUONG_RECEIVER);
        assertThat(supplement.get("TrangThaiBoSung").asText()).isEqualTo("1");
        assertThat(supplement.get("NgayBoSung").asText()).matches("\\d{14}");
        assertThat(supplement.get("NgayTiepNhanBoSung").asText()).matches("\\d{14}");
        assertThat(supplement.get("NgayHenTraTruoc").asText()).matches("\\d{14}");
        assertThat(supplement.get("NgayHenTraMoi").asText()).as("the due date after the pause").matches("\\d{14}")
                .isEqualTo(last.get("NgayHenTra").asText());
        assertThat(last.get("DanhSachGiayToKetQua")).hasSize(1);
        assertThat(last.get("DanhSachGiayToKetQua").get(0).get("TenGiayTo").asText())
                .isEqualTo("Kết quả giải quyết: Thủ tục đăng ký khai sinh");
        assertThat(snapshots.get(0).get("DanhSachGiayToKetQua")).as("no result before processing ends").isEmpty();

        for (JsonNode p : accepted(code, NpspMessages.PROGRESS)) {
            assertThat(p.get("ThoiDiemXuLy").asText()).matches("\\d{14}");
            assertThat(Integer.parseInt(p.get("TrangThai").asText())).isBetween(1, 10);
        }
        assertThat(accepted(code, NpspMessages.PROGRESS)).extracting(p -> p.get("NoiDungXuLy").asText())
                .anySatisfy(text -> assertThat(text).contains("Thiếu Giấy chứng sinh bản chính"));
    }

    @Test
    void anExpiredSessionIsRenewedWithoutLosingAnEntryAndBothFormsOfTheErrorCodeAreUnderstood() throws Exception {
        String code = lifecycle.submitBirthRegistration();
        sync();
        long logins = npsp.logins();

        npsp.expireSessions();
        npsp.setLegacyErrorCode(true);
        lifecycle.accept(code);
        sync();

        assertThat(npsp.logins()).as("a new session").isEqualTo(logins + 1);
        assertThat(undelivered()).isZero();
        assertThat(statuses(code)).containsExactly("1", "2", "4");
        assertThat(npsp.received()).as("the refused call is on record, the entry went once")
                .anySatisfy(r -> assertThat(r.error()).contains("hết hạn"));
    }

    @Test
    void whileTheNpspIsDownSlowFailingOrAnsweringGarbageEntriesWaitAndAreDeliveredOnceItIsBack() throws Exception {
        double failuresBefore = failures("unavailable");
        for (Faults fault : List.of(Faults.outage(), new Faults(false, null, true, false, false),
                new Faults(false, null, false, false, true), new Faults(false, Duration.ofSeconds(3), false, false, false))) {
            npsp.setFaults(fault);
            String code = lifecycle.submitBirthRegistration();
            sync();
            assertThat(undelivered()).as("nothing lost while %s", fault).isGreaterThan(0);
            assertThat(metrics.queueLength()).isGreaterThan(0);
            npsp.setFaults(Faults.NONE);
            sync();
            assertThat(undelivered()).as("delivered once %s ended", fault).isZero();
            assertThat(statuses(code)).containsExactly("1");
        }
        assertThat(failures("unavailable")).isGreaterThan(failuresBefore);
        assertThat(metrics.queueLength()).isZero();
        assertThat(metrics.oldestAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aPoisonEntryGoesToTheDeadLetterListWithoutBlockingOtherDossiersAndIsRequeuedByAnAdministrator() throws Exception {
        String poisoned = lifecycle.submitBirthRegistration();
        sync();
        UUID dossierId = jdbc.sql("select id from dossier where code = ?").param(poisoned).query(UUID.class).single();
        // a snapshot the NPSP refuses (no MaTTHC), followed by the dossier's next change
        jdbc.sql("""
                insert into npsp_outbox (entry_id, dossier_id, dossier_code, service, dossier_status, payload, state,
                    attempts, rejections, next_attempt_at, created_at)
                values (?, ?, ?, 'DongBoHoSoMC', 1, '{"MaHoSo":"%s","TenTTHC":"Đăng ký khai sinh"}', 'PENDING', 0, 0,
                    current_timestamp, current_timestamp)""".formatted(poisoned))
                .params(UUID.randomUUID(), dossierId, poisoned).update();
        lifecycle.accept(poisoned);
        String other = lifecycle.submitBirthRegistration();

        sender.sendDue();
        assertThat(statuses(other)).as("another dossier is not held up").containsExactly("1");
        assertThat(statuses(poisoned)).as("the poisoned dossier waits behind its failing entry").containsExactly("1");
        sync();

        assertThat(statuses(poisoned)).as("after the dead letter, its later entries went").containsExactly("1", "2", "4");
        List<Map<String, Object>> dead = jdbc.sql("select entry_id, rejections from npsp_outbox where state = 'DEAD' and dossier_code = ?")
                .param(poisoned).query().listOfRows();
        assertThat(dead).hasSize(1);
        assertThat(((Number) dead.get(0).get("rejections")).intValue()).isEqualTo(3);
        assertThat(metrics.deadLetters()).isGreaterThanOrEqualTo(1);

        // administrators see it and put it back: a fresh snapshot of the dossier as it is now takes its place
        HttpResponse<String> list = get("/api/v1/admin/npsp/dead-letters", Officers.ADMIN);
        assertThat(list.statusCode()).isEqualTo(200);
        HttpResponse<String> badLimit = get("/api/v1/admin/npsp/dead-letters?limit=0", Officers.ADMIN);
        assertThat(badLimit.statusCode()).as("a limit out of range").isEqualTo(400);
        assertThat(badLimit.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(list.body()).contains(poisoned).contains("Thiếu trường bắt buộc MaTTHC")
                .doesNotContain("Đăng ký khai sinh");
        String entryId = dead.get(0).get("entry_id").toString();
        assertThat(lifecycle.post("/api/v1/admin/npsp/dead-letters/" + entryId + "/requeue", Map.of(),
                Officers.XUANHUONG_LEADER).statusCode()).isEqualTo(403);
        int snapshotsBefore = accepted(poisoned, NpspMessages.SNAPSHOT).size();
        assertThat(lifecycle.post("/api/v1/admin/npsp/dead-letters/" + entryId + "/requeue", Map.of(),
                Officers.ADMIN).statusCode()).isEqualTo(204);
        sync();
        assertThat(accepted(poisoned, NpspMessages.SNAPSHOT)).as("a fresh snapshot went").hasSize(snapshotsBefore + 1);
        assertThat(npsp.dossier(poisoned).get("TrangThaiHoSo").asText()).as("the dossier as it is now").isEqualTo("4");
        assertThat(jdbc.sql("select state from npsp_outbox where entry_id = ?").param(UUID.fromString(entryId))
                .query(String.class).single()).isEqualTo("REPLACED");
        assertThat(get("/api/v1/admin/npsp/sync", Officers.ADMIN).body()).contains("\"queueLength\":0");
    }

    @Test
    void aDossierFiledOnTheNpspEntersTheProvincesSubmissionPathOnceAndTheNpspLooksItUp() throws Exception {
        String reference = "G22.NPSP-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("MaHoSo", reference);
        body.put("MaTTHC", Dossiers.BIRTH);
        body.put("MaDonViTiepNhan", Officers.XUANHUONG);
        body.put("ChuHoSo", "Nguyễn Thị Hạnh");
        body.put("SoDinhDanh", Officers.APPLICANT_ID);
        body.put("NgaySinh", "20030514");
        body.put("SoDienThoai", "0912345678");
        body.put("DuLieuToKhai", Dossiers.birthForm());
        long dossiersBefore = count("dossier");

        HttpResponse<String> anonymous = lifecycle.post("/api/v1/npsp/dossiers", body, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> created = connector("/api/v1/npsp/dossiers", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(created.body());
        String code = answer.get("MaHoSoTinh").asText();
        assertThat(code).startsWith(Officers.XUANHUONG + "-");
        assertThat(answer.get("TrangThaiHoSo").asText()).isEqualTo("1");
        assertThat(answer.get("NgayHenTra").asText()).matches("\\d{14}");
        assertThat(answer.get("TrungLap").asText()).isEqualTo("False");

        HttpResponse<String> again = connector("/api/v1/npsp/dossiers", body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("TrungLap").asText()).isEqualTo("True");
        assertThat(JSON.readTree(again.body()).get("MaHoSoTinh").asText()).isEqualTo(code);
        assertThat(count("dossier")).as("a duplicate is ignored").isEqualTo(dossiersBefore + 1);
        // the same path as the province's portal: the process runs and the receiver has the check task
        lifecycle.accept(code);

        sync();
        assertThat(npsp.dossier(reference)).as("synced under the NPSP's own reference").isNotNull();
        assertThat(npsp.dossier(reference).get("TrangThaiHoSo").asText()).isEqualTo("4");
        assertThat(npsp.dossier(code)).as("not a second record at the NPSP").isNull();

        JsonNode status = JSON.readTree(connectorGet("/api/v1/npsp/dossiers/" + reference).body());
        assertThat(status.get("MaHoSo").asText()).isEqualTo(reference);
        assertThat(status.get("TrangThaiHoSo").asText()).isEqualTo("4");
        assertThat(status.get("TenTrangThai").asText()).isEqualTo("Đang xử lý");
        assertThat(JSON.readTree(connectorGet("/api/v1/npsp/dossiers/" + code).body()).get("MaHoSoTinh").asText())
                .isEqualTo(code);
        JsonNode fees = JSON.readTree(connectorGet("/api/v1/npsp/dossiers/" + reference + "/fees").body());
        assertThat(fees.has("DanhSachLePhi")).isTrue();
        assertThat(fees.get("TongTien").asText()).matches("\\d+");
        assertThat(connectorGet("/api/v1/npsp/dossiers/KHONG-CO").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/npsp/dossiers/" + reference, Officers.XUANHUONG_LEADER).statusCode())
                .as("officers are not the connector").isEqualTo(403);

        // a dossier that breaks a rule is refused as on the province's portal, and nothing is stored
        body.put("MaHoSo", reference + "-X");
        body.put("MaTTHC", "9.999999");
        HttpResponse<String> bad = connector("/api/v1/npsp/dossiers", body);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(bad.body()).contains("Không có thủ tục mã 9.999999").contains("No procedure with code 9.999999");
        assertThat(count("dossier")).isEqualTo(dossiersBefore + 1);
        assertThat(count("npsp_inbound_dossier where npsp_reference = '" + reference + "-X'")).isZero();
    }

    // --- helpers

    private void sync() {
        for (int i = 0; i < 10 && undelivered() > 0; i++) {
            sender.sendDue();
        }
        sender.sendDue();
    }

    private long undelivered() {
        return count("npsp_outbox where state in ('PENDING', 'SENDING')");
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private double failures(String kind) {
        return meters.get("motcua.integration.failures").tag("partner", "npsp").tag("kind", kind).counter().count();
    }

    record Received(String isUpdating, JsonNode item) {
    }

    private List<Received> acceptedCalls(String code, String service) {
        List<Received> out = new ArrayList<>();
        for (NpspSimulator.Received r : npsp.received()) {
            for (JsonNode item : r.data()) { // one call carries several dossiers' items
                if (r.accepted() && r.service().equals(service) && item.get("MaHoSo").asText().equals(code)) {
                    out.add(new Received(r.isUpdating(), item));
                }
            }
        }
        return out;
    }

    private List<JsonNode> accepted(String code, String service) {
        return acceptedCalls(code, service).stream().map(Received::item).toList();
    }

    /** The statuses the NPSP was told for a dossier, in the order it received them, repeats collapsed. */
    private List<String> statuses(String code) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : accepted(code, NpspMessages.SNAPSHOT)) {
            String status = s.get("TrangThaiHoSo").asText();
            if (out.isEmpty() || !out.get(out.size() - 1).equals(status)) {
                out.add(status);
            }
        }
        return out;
    }

    private HttpResponse<String> connector(String path, Object body) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(CONNECTOR, CONNECTOR_PASSWORD))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> connectorGet(String path) throws Exception {
        return send(path, basic(CONNECTOR, CONNECTOR_PASSWORD));
    }

    private HttpResponse<String> get(String path, String officer) throws Exception {
        return send(path, basic(officer, Officers.PASSWORD));
    }

    private HttpResponse<String> send(String path, String authorization) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + path)).header("Authorization", authorization).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

}
