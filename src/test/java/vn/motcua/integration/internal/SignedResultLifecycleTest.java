package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.dossier.DossierQueries;
import vn.motcua.integration.internal.simulator.CitizenStoreSimulator;
import vn.motcua.integration.internal.simulator.Faults;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.support.Officers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed electronic result through the lifecycle on a running app: the specialist's grant issues the draft (the
 * template's, or the PDF they uploaded), the leader's approval signs it with the competent unit's certificate; the
 * signed file verifies with the project's verifier and with poppler's {@code pdfsig} (when installed) and a tampered
 * copy does not; the applicant downloads it from tracking with their proof; the NPSP's snapshot lists it in
 * {@code DanhSachGiayToKetQua}; the citizen's data store receives it through the outbox, despite the store being
 * down, failing, slow or expiring sessions, and only once. Same context properties as {@link NpspContractTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.integration.npsp.retry-initial-delay=PT0S",
        "motcua.integration.npsp.max-rejections=3",
        "motcua.integration.npsp.calls.retry-attempts=1",
        "motcua.integration.npsp.calls.read-timeout=PT1S",
        "motcua.integration.npsp.calls.circuit-minimum-calls=1000",
        "motcua.integration.npsp.calls.circuit-window=1000"})
@ActiveProfiles("test")
class SignedResultLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired ApplicationContext context;
    @Autowired ResultDocuments results;
    @Autowired DossierQueries dossiers;
    @Autowired NpspSender npspSender;
    @Autowired CitizenStoreDelivery delivery;
    @Autowired CitizenStoreOutbox outbox;
    @Autowired CitizenStoreClient client;
    @Autowired PartnerSimulators simulators;
    @Autowired IntegrationProperties properties;
    @Autowired PartnerAddresses addresses;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    Lifecycle lifecycle;
    CitizenStoreSimulator store;

    @BeforeEach
    void setUp() {
        lifecycle = new Lifecycle(context, port);
        store = simulators.server().citizenStore();
        store.setFaults(Faults.NONE);
        simulators.server().npsp().setFaults(Faults.NONE);
        delivery.sendDue(); // what earlier tests left to the healthy store
    }

    @AfterEach
    void healthy() {
        store.setFaults(Faults.NONE);
    }

    @Test
    void approvedResultIsSignedVerifiedDownloadedListedForTheNpspAndStoredForTheCitizen() throws Exception {
        String code = lifecycle.submitBirthRegistration();
        lifecycle.accept(code);
        lifecycle.review(code);
        UUID dossierId = dossiers.forSystem(code).orElseThrow().dossier().id();
        ResultDocument draft = results.current(dossierId).orElseThrow();
        assertThat(draft.state()).isEqualTo("DRAFT");
        assertThat(draft.origin()).isEqualTo("GENERATED");
        assertThat(text(results.content(draft.id()))).as("the template with the dossier's data, in Vietnamese")
                .contains("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", code, "Nguyễn Thị Hạnh");
        assertThat(download(code, Officers.APPLICANT_ID).statusCode()).as("nothing for the applicant before signing")
                .isEqualTo(404);

        lifecycle.approve(code);

        ResultDocument signed = results.current(dossierId).orElseThrow();
        assertThat(signed.id()).isEqualTo(draft.id());
        assertThat(signed.state()).isEqualTo("SIGNED");
        assertThat(signed.signerUnitCode()).as("the competent unit's certificate").isEqualTo(Officers.XUANHUONG);
        assertThat(signed.signedBy()).isEqualTo(Officers.XUANHUONG_LEADER);
        assertThat(signed.certificateSubject()).contains(Officers.XUANHUONG);
        assertThat(dossiers.forSystem(code).orElseThrow().timeline()).anyMatch(e -> e.action().equals("RESULT_SIGNED"));

        // the applicant downloads it from tracking with their proof; a wrong ID number gets the same 404 as none
        HttpResponse<byte[]> got = download(code, Officers.APPLICANT_ID);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download(code, "001099009999").statusCode()).isEqualTo(404);
        byte[] pdf = got.body();
        ResultDocuments.Verification verification = results.verify(pdf);
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.signer()).contains(Officers.XUANHUONG);
        assertThat(verifyOverHttp(pdf).path("valid").asBoolean()).isTrue();
        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            assertThat(pdfsig(pdf)).contains("Signature is Valid");
        }

        // a copy changed after signing (one byte inside the signed range) is reported invalid, by both
        byte[] tampered = pdf.clone();
        tampered[pdf.length / 3] ^= 0x01;
        assertThat(results.verify(tampered).valid()).isFalse();
        assertThat(verifyOverHttp(tampered).path("valid").asBoolean()).isFalse();
        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            assertThat(pdfsig(tampered)).doesNotContain("Signature is Valid");
        }

        // the NPSP's snapshot (status 9) lists the signed result by its document id
        npspSender.sendDue();
        JsonNode listed = simulators.server().npsp().dossier(code).path("DanhSachGiayToKetQua");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("GiayToId").asText()).isEqualTo(signed.id().toString());
        assertThat(listed.get(0).path("TenGiayTo").asText()).startsWith("Kết quả giải quyết");

        // the citizen's data store: written with the signature, delivered by the sender once
        assertThat(outbox.delivery(signed.id()).orElseThrow().state()).isEqualTo("PENDING");
        assertThat(delivery.sendDue()).isEqualTo(1);
        CitizenStoreOutbox.Delivery done = outbox.delivery(signed.id()).orElseThrow();
        assertThat(done.state()).isEqualTo("SENT");
        CitizenStoreSimulator.Stored kept = store.received().stream().filter(s -> s.dossierCode().equals(code))
                .findFirst().orElseThrow();
        assertThat(kept.reference()).isEqualTo(done.storeReference());
        assertThat(kept.citizenId()).isEqualTo(Officers.APPLICANT_ID);
        assertThat(kept.documentId()).isEqualTo(signed.id().toString());
        assertThat(kept.sha256()).isEqualTo(results.current(dossierId).orElseThrow().sha256());
        assertThat(kept.bytes()).isEqualTo(pdf.length);
        assertThat(delivery.sendDue()).as("nothing left to send").isZero();
    }

    @Test
    void theOfficersOwnPdfIsTheOneSignedAndAnAlreadySignedOrNonPdfFileIsRefused() throws Exception {
        String code = lifecycle.submitBirthRegistration();
        lifecycle.accept(code);
        byte[] own = ownResult(code);

        HttpResponse<String> notPdf = upload(code, "ket-qua.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8),
                Officers.XUANHUONG_SPECIALIST);
        assertThat(notPdf.statusCode()).as(notPdf.body()).isEqualTo(400);
        assertThat(notPdf.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(upload(code, "ket-qua.pdf", own, Officers.XUANHUONG_RECEIVER).statusCode())
                .as("a receiver does not issue results").isEqualTo(403);
        HttpResponse<String> uploaded = upload(code, "giay-khai-sinh.pdf", own, Officers.XUANHUONG_SPECIALIST);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(JSON.readTree(uploaded.body()).path("origin").asText()).isEqualTo("UPLOADED");

        lifecycle.review(code);
        lifecycle.approve(code);

        UUID dossierId = dossiers.forSystem(code).orElseThrow().dossier().id();
        ResultDocument signed = results.current(dossierId).orElseThrow();
        assertThat(signed.state()).isEqualTo("SIGNED");
        assertThat(signed.origin()).isEqualTo("UPLOADED");
        assertThat(signed.fileName()).isEqualTo("giay-khai-sinh.pdf");
        byte[] file = results.content(signed.id());
        assertThat(text(file)).contains("Bản kết quả do chuyên viên soạn " + code);
        assertThat(results.verify(file).valid()).isTrue();
        HttpResponse<String> again = upload(code, "khac.pdf", own, Officers.XUANHUONG_SPECIALIST);
        assertThat(again.statusCode()).as("signed: cannot be replaced").isEqualTo(409);
        HttpResponse<String> presigned = upload(code, "da-ky.pdf", file, Officers.XUANHUONG_SPECIALIST);
        assertThat(presigned.statusCode()).isIn(400, 409);
    }

    @Test
    void theCitizensStoreDownFailingSlowOrExpiringSessionsDelaysTheDeliveryButLosesNothingNorDoublesIt() throws Exception {
        String code = lifecycle.submitBirthRegistration();
        lifecycle.accept(code);
        lifecycle.review(code);
        lifecycle.approve(code);
        UUID documentId = results.current(dossiers.forSystem(code).orElseThrow().dossier().id()).orElseThrow().id();
        delivery.sendDue(); // earlier tests' entries and this one: a healthy store takes them
        assertThat(outbox.delivery(documentId).orElseThrow().state()).isEqualTo("SENT");
        long storedBefore = store.received().size();

        // a second dossier meets every fault in turn
        String second = lifecycle.submitBirthRegistration();
        lifecycle.accept(second);
        lifecycle.review(second);
        lifecycle.approve(second);
        UUID secondDoc = results.current(dossiers.forSystem(second).orElseThrow().dossier().id()).orElseThrow().id();
        for (Faults fault : List.of(Faults.outage(), new Faults(false, Duration.ZERO, true, false, false),
                new Faults(false, Duration.ZERO, false, false, true), new Faults(false, Duration.ZERO, false, true, false))) {
            store.setFaults(fault);
            assertThat(delivery.sendDue()).as("nothing delivered while " + fault).isZero();
            CitizenStoreOutbox.Delivery waiting = outbox.delivery(secondDoc).orElseThrow();
            assertThat(waiting.state()).as(fault.toString()).isEqualTo("PENDING");
            assertThat(waiting.lastError()).isNotBlank();
            dueNow();
        }
        assertThat(outbox.delivery(secondDoc).orElseThrow().attempts()).isEqualTo(4);

        // slow: longer than the read timeout of a client configured so, then the answer comes in time
        store.setFaults(new Faults(false, Duration.ofMillis(1500), false, false, false));
        CitizenStoreDelivery impatient = new CitizenStoreDelivery(outbox, shortTimeoutClient(), results, dossiers,
                properties, java.time.Clock.systemDefaultZone());
        assertThat(impatient.sendDue()).isZero();
        assertThat(outbox.delivery(secondDoc).orElseThrow().lastError()).isNotBlank();
        dueNow();

        // healthy again, but the session the client holds has expired meanwhile: renewed, delivered
        store.setFaults(Faults.NONE);
        store.expireSessions();
        long logins = store.logins();
        assertThat(delivery.sendDue()).isEqualTo(1);
        assertThat(store.logins()).as("a new session").isGreaterThan(logins);
        assertThat(outbox.delivery(secondDoc).orElseThrow().state()).isEqualTo("SENT");
        assertThat(store.received()).hasSize((int) storedBefore + 1);

        // the same document delivered again (a node died after the store took it): still one document in the store
        jdbc.sql("update citizen_store_outbox set state = 'PENDING', next_attempt_at = :now where document_id = :d")
                .param("now", java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusSeconds(1)))
                .param("d", secondDoc).update();
        assertThat(delivery.sendDue()).isEqualTo(1);
        assertThat(store.received()).hasSize((int) storedBefore + 1);
    }

    @Test
    void anAdministratorSeesTheDeadDeliveriesToTheCitizensStoreAndPutsOneBackInTheLine() throws Exception {
        String code = lifecycle.submitBirthRegistration();
        lifecycle.accept(code);
        lifecycle.review(code);
        lifecycle.approve(code);
        UUID documentId = results.current(dossiers.forSystem(code).orElseThrow().dossier().id()).orElseThrow().id();
        // the store refused it up to the last try (max-attempts): the entry is dead (as the sender leaves it; failing
        // the store for real would open the client's circuit breaker for the tests after this one)
        jdbc.sql("""
                        update citizen_store_outbox set state = 'DEAD', attempts = :n,
                            last_error = 'LuuGiayToKetQua: 503 Service Unavailable' where document_id = :d""")
                .param("n", properties.citizenStore().maxAttempts()).param("d", documentId).update();
        assertThat(delivery.sendDue()).as("a dead entry is not sent").isZero();

        HttpResponse<String> listed = adminGet("/api/v1/admin/citizen-store/dead-letters", Officers.ADMIN);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode dead = null;
        for (JsonNode e : JSON.readTree(listed.body()).get("entries")) {
            if (e.get("documentId").asText().equals(documentId.toString())) {
                dead = e;
            }
        }
        assertThat(dead).as(listed.body()).isNotNull();
        assertThat(JSON.readTree(listed.body()).get("total").asLong()).isPositive();
        assertThat(dead.get("dossierCode").asText()).isEqualTo(code);
        assertThat(dead.get("attempts").asInt()).isEqualTo(properties.citizenStore().maxAttempts());
        assertThat(dead.get("lastError").asText()).isNotBlank();
        String entryId = dead.get("entryId").asText();

        // officers are not administrators; bad input is a problem; an unknown entry is a 404 problem
        assertThat(adminGet("/api/v1/admin/citizen-store/dead-letters", Officers.XUANHUONG_LEADER).statusCode()).isEqualTo(403);
        assertThat(lifecycle.post("/api/v1/admin/citizen-store/dead-letters/" + entryId + "/retry", Map.of(),
                Officers.XUANHUONG_LEADER).statusCode()).isEqualTo(403);
        HttpResponse<String> badLimit = adminGet("/api/v1/admin/citizen-store/dead-letters?limit=0", Officers.ADMIN);
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> notAnId = lifecycle.post("/api/v1/admin/citizen-store/dead-letters/khong-phai-ma/retry",
                Map.of(), Officers.ADMIN);
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(notAnId.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> unknown = lifecycle.post("/api/v1/admin/citizen-store/dead-letters/" + UUID.randomUUID()
                + "/retry", Map.of(), Officers.ADMIN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("Không có lượt gửi kho dữ liệu công dân");
        assertThat(outbox.delivery(documentId).orElseThrow().state()).as("nothing changed").isEqualTo("DEAD");

        // the cause fixed, the administrator retries: the next round delivers it, once
        long storedBefore = store.received().size();
        HttpResponse<String> retried = lifecycle.post("/api/v1/admin/citizen-store/dead-letters/" + entryId + "/retry",
                Map.of(), Officers.ADMIN);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
        assertThat(outbox.delivery(documentId).orElseThrow().state()).isEqualTo("PENDING");
        assertThat(lifecycle.post("/api/v1/admin/citizen-store/dead-letters/" + entryId + "/retry", Map.of(),
                Officers.ADMIN).statusCode()).as("no longer dead").isEqualTo(404);
        assertThat(delivery.sendDue()).isEqualTo(1);
        assertThat(outbox.delivery(documentId).orElseThrow().state()).isEqualTo("SENT");
        assertThat(store.received()).hasSize((int) storedBefore + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CITIZEN_STORE_RETRY' and target_id = :c")
                .param("c", code).query(Long.class).single()).isEqualTo(1);
    }

    private HttpResponse<String> adminGet(String path, String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + vn.motcua.support.Officers.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Time passes: the failed entries are due again. */
    private void dueNow() {
        jdbc.sql("update citizen_store_outbox set next_attempt_at = :now where state = 'PENDING'")
                .param("now", java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusSeconds(1))).update();
    }

    private CitizenStoreClient shortTimeoutClient() {
        PartnerSettings calls = new PartnerSettings(Duration.ofSeconds(1), Duration.ofMillis(500), 1,
                Duration.ofMillis(10), 100, 100, 50, Duration.ofSeconds(1));
        return new CitizenStoreClient(properties, addresses,
                new PartnerCalls("citizen-store-slow", calls, java.time.Clock.systemDefaultZone(), null), JSON);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static byte[] ownResult(String code) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc,
                    SignedResultLifecycleTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf"));
            try (var out = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(font, 12);
                out.newLineAtOffset(72, 700);
                out.showText("Bản kết quả do chuyên viên soạn " + code);
                out.endText();
            }
            var bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private HttpResponse<byte[]> download(String code, String idNumber) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tracking/result"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("dossierCode", code, "idNumber", idNumber)))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode verifyOverHttp(byte[] pdf) throws Exception {
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/results/verify")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private HttpResponse<String> upload(String code, String fileName, byte[] content, String user) throws Exception {
        String boundary = "----motcua" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/dossiers/" + code + "/result"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("motcua-result", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(List.of("/usr/bin/pdfsig", file.toString())).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
