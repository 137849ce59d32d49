package vn.motcua.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.RawHttp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strict input layer and problem+json for every error, against a real server (raw sockets, so that the container's
 * own refusals are seen as a client sees them). Same context as {@code UploadLimitTest} (cached).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StrictInputTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    record Answer(int status, String contentType, String body) {
        JsonNode problem(ObjectMapper json) throws IOException {
            assertThat(contentType).as("content type of " + status + ": " + body).startsWith("application/problem+json");
            JsonNode node = json.readTree(body);
            assertThat(node.get("status").asInt()).isEqualTo(status);
            assertThat(node.get("title").asText()).as("Vietnamese, then English").contains(" / ");
            return node;
        }
    }

    // ---- JSON bodies ------------------------------------------------------------------------------------------

    @Test
    void aControlCharacterInANameIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = dossiers();
        Answer answer = submit(body(Map.of("fullName", "Nguyễn\u0000Hạnh")));
        assertInvalid(answer, "applicant.fullName", "U+0000");
        assertThat(dossiers()).isEqualTo(before);
    }

    /**
     * A valid submission whose Accept header rules out the JSON answer is refused before anything is stored (Spring
     * chose the answer's format after the submission's transaction had committed: stored, then answered 406).
     */
    @Test
    void aSubmissionThatCannotBeAnsweredInJsonIsRefusedBeforeAnythingIsStored() throws Exception {
        byte[] valid = json.writeValueAsBytes(body(Map.of()));
        for (String accept : new String[] {"application/xml", "text/html", "*/*;q=x"}) {
            long before = dossiers();
            Answer answer = request("POST", "/api/v1/dossiers", "application/json", valid, Map.of("Accept", accept));
            assertThat(answer.status()).as(accept + ": " + answer.body()).isEqualTo(406);
            answer.problem(json);
            assertThat(dossiers()).as("dossiers stored with Accept: " + accept).isEqualTo(before);
        }
        long before = dossiers();
        assertThat(request("POST", "/api/v1/dossiers", "application/json", valid,
                Map.of("Accept", "application/xml, application/json;q=0.5")).status()).isEqualTo(201);
        assertThat(dossiers()).isEqualTo(before + 1);
    }

    @Test
    void aNumberOrBooleanIsNotCoercedIntoAName() throws Exception {
        assertInvalid(submit(body(Map.of("fullName", 12345))), "applicant.fullName", null);
        assertInvalid(submit(body(Map.of("fullName", true))), "applicant.fullName", null);
    }

    @Test
    void contentAfterTheDocumentAndDuplicateKeysAreRefused() throws Exception {
        String valid = json.writeValueAsString(body(Map.of()));
        assertThat(submit(valid + " {}").problem(json).get("status").asInt()).isEqualTo(400);
        assertThat(submit(valid.replaceFirst("\\{", "{\"channel\":\"ONLINE\",")).problem(json).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void malformedUtf8AndUnpairedSurrogatesAreRefusedNamingTheField() throws Exception {
        byte[] valid = json.writeValueAsBytes(body(Map.of("fullName", "Nguyen XX Hanh")));
        byte[] overlong = replace(valid, "XX".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC0, (byte) 0xAF});
        assertInvalid(request("POST", "/api/v1/dossiers", "application/json", overlong, Map.of()), "applicant.fullName", "UTF-8");
        byte[] encodedSurrogate = replace(valid, "XX".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertInvalid(request("POST", "/api/v1/dossiers", "application/json", encodedSurrogate, Map.of()), "applicant.fullName", "UTF-8");
        String escaped = json.writeValueAsString(body(Map.of("fullName", "Nguyen XX Hanh"))).replace("XX", "\\ud800");
        assertInvalid(submit(escaped), "applicant.fullName", "U+D800");
    }

    @Test
    void aDeclaredCharsetOtherThanUtf8IsUnsupported() throws Exception {
        Answer answer = request("POST", "/api/v1/dossiers", "application/json;charset=ISO-8859-1",
                json.writeValueAsBytes(body(Map.of())), Map.of());
        assertThat(answer.status()).isEqualTo(415);
        answer.problem(json);
    }

    @Test
    void birthDatesOutsideTheirPlausibleRangeAreRefused() throws Exception {
        assertInvalid(submit(body(Map.of("birthDate", "1850-01-01"))), "applicant.birthDate", null);
        assertInvalid(submit(body(Map.of("birthDate", "2999-01-01"))), "applicant.birthDate", null);
        assertInvalid(submit(body(Map.of("birthDate", "0001-01-01"))), "applicant.birthDate", null);
    }

    @Test
    void textIsStoredInNfc() throws Exception {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 Ha\u0323nh";
        Answer answer = submit(body(Map.of("fullName", decomposed)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String code = json.readTree(answer.body()).get("code").asText();
        String stored = jdbc.sql("select applicant_name from dossier where code = ?").param(code).query(String.class).single();
        assertThat(stored).isEqualTo("Nguyễn Thị Hạnh").hasSize(15);
    }

    // ---- path and query ---------------------------------------------------------------------------------------

    @Test
    void malformedPercentEncodingOrBadUtf8InAQueryIsRefusedNamingTheParameter() throws Exception {
        assertInvalid(raw("GET /api/v1/procedures?q=%zz HTTP/1.1\r\n"), "q", "%");
        assertInvalid(raw("GET /api/v1/procedures?q=%C0%AF HTTP/1.1\r\n"), "q", "UTF-8");
        assertInvalid(raw("GET /api/v1/procedures?q=a%00b HTTP/1.1\r\n"), "q", "U+0000");
        assertInvalid(raw("GET /api/v1/procedures?q=" + "a".repeat(1500) + " HTTP/1.1\r\n"), "q", null);
    }

    /**
     * The engine's REST API decodes the query itself when the request says it carries a form, and threw on a malformed
     * escape: 500 (found by the fuzz suite, seed -568035881300270464). Now a 400 problem naming it, like the app's API.
     */
    @Test
    void aMalformedEscapeInAnEngineQueryIsABadRequestProblem() throws Exception {
        Answer a = request("GET", "/engine-rest/task?sortBy=%zz&sortOrder=desc", "application/x-www-form-urlencoded",
                new byte[0], Map.of("Authorization", basic(Officers.XUANHUONG_RECEIVER)));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.problem(json).get("detail").asText()).contains("%", "percent escape");
        Answer trailing = request("GET", "/engine-rest/task?name=a%2", null, null,
                Map.of("Authorization", basic(Officers.XUANHUONG_RECEIVER)));
        assertThat(trailing.status()).as(trailing.body()).isEqualTo(400);
        Answer fine = request("GET", "/engine-rest/task?name=%C4%90%C6%A1n", "application/x-www-form-urlencoded",
                new byte[0], Map.of("Authorization", basic(Officers.XUANHUONG_RECEIVER)));
        assertThat(fine.status()).as(fine.body()).isEqualTo(200);
    }

    @Test
    void datesInQueryAndPathParametersAreWithinThePlausibleRangeNamingTheParameter() throws Exception {
        Map<String, String> auditor = Map.of("Authorization", basic(Officers.AUDITOR));
        assertInvalid(request("GET", "/api/v1/audit?from=1850-01-01", null, null, auditor), "from", "1900");
        assertInvalid(request("GET", "/api/v1/audit?to=9999-12-31", null, null, auditor), "to", "2199");
        assertInvalid(request("GET", "/api/v1/audit?from=2026-02-30", null, null, auditor), "from", null);
        assertInvalid(request("GET", "/api/v1/audit?from=%2B10000-01-01", null, null, auditor), "from", null);
        assertInvalid(request("GET", "/api/v1/audit?to=0001-01-01T00:00", null, null, auditor), "to", "2199");
        assertThat(request("GET", "/api/v1/audit?from=2026-01-01&to=2026-12-31T23:59", null, null, auditor).status()).isEqualTo(200);

        Map<String, String> leader = Map.of("Authorization", basic(Officers.XUANHUONG_LEADER));
        assertInvalid(request("GET", "/api/v1/reports/766?from=0001-01&to=0001-02", null, null, leader), "from", "1900");
        assertInvalid(request("GET", "/api/v1/reports/tables/units?from=2200-01&to=2200-02", null, null, leader), "from", "2199");
        assertInvalid(request("GET", "/api/v1/reports/766?to=%2B20000-01", null, null, leader), "to", null);
        assertThat(request("GET", "/api/v1/reports/766?from=2026-01&to=2026-03", null, null, leader).status()).isEqualTo(200);

        Map<String, String> admin = Map.of("Authorization", basic(Officers.ADMIN));
        byte[] day = "{\"kind\":\"HOLIDAY\",\"nameVi\":\"Ngày thử\",\"nameEn\":\"Test day\"}".getBytes(StandardCharsets.UTF_8);
        long days = jdbc.sql("select count(*) from calendar_day").query(Long.class).single();
        assertInvalid(request("PUT", "/api/v1/calendar/days/9999-12-31", "application/json", day, admin), "day", "2199");
        assertInvalid(request("PUT", "/api/v1/calendar/days/1000-01-01", "application/json", day, admin), "day", "1900");
        assertInvalid(request("DELETE", "/api/v1/calendar/days/0001-01-01", null, null, admin), "day", "1900");
        assertThat(jdbc.sql("select count(*) from calendar_day").query(Long.class).single()).as("nothing stored").isEqualTo(days);
    }

    @Test
    void headersOverTheLimitGetTheirProblemBeforeTheConnectionCloses() throws Exception {
        // Tomcat answers 400 and closes without reading the body (it cannot know where it ends), so a client still
        // sending gets a broken pipe; the answer must be there to read all the same (the fuzz suite's "no answer" to
        // an empty multipart boundary with a 12 KB header was its client giving up on the broken pipe)
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/dossiers HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=\r\n"
                    + "X-Long: " + "a".repeat(12_000) + "\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500); // the server has answered and closed by now
            try {
                out.write(new byte[100_000]);
                out.flush();
            } catch (java.net.SocketException expected) {
                // broken pipe or reset: the server is gone, its answer is not
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (java.net.SocketException reset) {
                // what came before the reset is the answer
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            assertThat(text).as("the answer read after the broken pipe").startsWith("HTTP/1.1 400");
            int end = text.indexOf("\r\n\r\n");
            String headers = text.substring(0, end).toLowerCase();
            assertThat(headers).contains("content-type: application/problem+json");
            String body = text.substring(end + 4);
            if (headers.contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
            }
            new Answer(400, "application/problem+json", body).problem(json);
        }
    }

    // ---- the container's and the framework's errors ------------------------------------------------------------

    @Test
    void theContainersRefusalsAreProblemsNotHtml() throws Exception {
        for (String line : new String[] {"GET /api/v1/% HTTP/1.1\r\n", "GET /api/v1/a%2Fb HTTP/1.1\r\n",
                "GET /api/v1/a;b HTTP/1.1\r\n", "GET /api/v1/procedures?" + "q=x&".repeat(5000) + " HTTP/1.1\r\n",
                "GET /api/v1/%ZZ HTTP/1.1\r\n", "GET /api/v1/../../etc/passwd HTTP/1.1\r\n",
                "GET /api/v1/\u00ff HTTP/1.1\r\n"}) {
            Answer answer = raw(line);
            assertThat(answer.status()).as(line.strip().substring(0, Math.min(60, line.strip().length()))).isBetween(400, 499);
            answer.problem(json);
        }
        Answer hugeHeader = raw("GET /api/v1/procedures HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n");
        assertThat(hugeHeader.status()).isBetween(400, 499);
        hugeHeader.problem(json);
    }

    @Test
    void theFrameworksErrorsAreBilingualProblems() throws Exception {
        Map<String, String> receiver = Map.of("Authorization", basic(Officers.XUANHUONG_RECEIVER));
        assertThat(request("DELETE", "/api/v1/tracking", null, null, receiver).problem(json).get("status").asInt()).isEqualTo(405);
        assertThat(request("POST", "/api/v1/tracking", "text/plain", "x".getBytes(), Map.of()).problem(json).get("status").asInt())
                .isEqualTo(415);
        assertThat(request("GET", "/api/v1/procedures", null, null, Map.of("Accept", "image/png")).status()).isEqualTo(406);
        assertThat(request("POST", "/api/v1/tracking", "*/*", "{}".getBytes(), Map.of()).problem(json).get("status").asInt())
                .as("a wildcard Content-Type (Spring failed on it with a 500)").isEqualTo(415);
        assertThat(request("GET", "/api/v1/nothing-here", null, null, receiver).problem(json).get("status").asInt()).isEqualTo(404);
        Map<String, String> admin = Map.of("Authorization", basic(Officers.ADMIN));
        assertInvalid(request("PUT", "/api/v1/calendar/days/not-a-date", "application/json", "{}".getBytes(), admin), "day", null);
        assertInvalid(request("GET", "/api/v1/dossiers", null, null, receiver), "unit", null);
        Answer anonymous = request("GET", "/api/v1/dossiers?unit=" + Officers.XUANHUONG, null, null, Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        anonymous.problem(json);
    }

    @Test
    void aMalformedMultipartBodyIsABadRequestProblem() throws Exception {
        Answer noBoundary = request("POST", "/api/v1/dossiers", "multipart/form-data", "garbage".getBytes(), Map.of());
        assertThat(noBoundary.status()).isEqualTo(400);
        noBoundary.problem(json);
        Answer cut = request("POST", "/api/v1/dossiers", "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"dossier\"\r\n\r\n{".getBytes(), Map.of());
        assertThat(cut.status()).isEqualTo(400);
        cut.problem(json);
        String boundary = "b" + System.nanoTime();
        String withBadName = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\nContent-Type: application/json\r\n\r\n"
                + json.writeValueAsString(body(Map.of())) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"a\u0007.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n...\r\n--"
                + boundary + "--\r\n";
        long before = dossiers();
        assertInvalid(request("POST", "/api/v1/dossiers", "multipart/form-data; boundary=" + boundary,
                withBadName.getBytes(StandardCharsets.UTF_8), Map.of()), "attachments[0].name", "U+0007");
        assertThat(dossiers()).isEqualTo(before);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Map<String, Object> body(Map<String, Object> applicantChanges) {
        Map<String, Object> body = new LinkedHashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = new LinkedHashMap<>((Map<String, Object>) body.get("applicant"));
        applicant.putAll(applicantChanges);
        body.put("applicant", applicant);
        return body;
    }

    private void assertInvalid(Answer answer, String field, String inMessage) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode problem = answer.problem(json);
        assertThat(problem.get("errors")).as(answer.body()).isNotNull();
        assertThat(problem.get("errors").get(0).get("field").asText()).as(answer.body()).isEqualTo(field);
        if (inMessage != null) {
            assertThat(problem.get("errors").get(0).get("messageEn").asText()).as(answer.body()).contains(inMessage);
        }
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    private Answer submit(Object body) throws IOException {
        byte[] bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
        return request("POST", "/api/v1/dossiers", "application/json", bytes, Map.of());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private Answer request(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        RawHttp.Answer a = new RawHttp(port).send(method, path, all, body);
        return new Answer(a.status(), a.contentType(), a.body());
    }

    private Answer raw(String requestLineAndHeaders) throws IOException {
        RawHttp.Answer a = new RawHttp(port).raw(requestLineAndHeaders);
        return new Answer(a.status(), a.contentType(), a.body());
    }

    private static byte[] replace(byte[] in, byte[] what, byte[] with) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(new String(what, StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        out.write(with, 0, with.length);
        out.write(in, at + what.length, in.length - at - what.length);
        return out.toByteArray();
    }
}
