package vn.motcua.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;
import vn.motcua.support.RawHttp;
import vn.motcua.support.SampleFiles;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Our own fuzz suite, on PostgreSQL: malformed and hostile bodies, headers, paths and query strings against every
 * public endpoint of the app, the officers' reading endpoints and the engine's REST API (as a logged-in officer of
 * another unit than the target dossier's). For every answer: no 5xx (the first fails the test, printing the request and
 * the seed); every 4xx from the app, the engine or the container is problem+json (what the engine refuses itself keeps Camunda's type and message as well, EngineRestGateTest); nothing stored unless the
 * answer was a success (row counts of dossiers, attachments, ratings, payment orders before and after each request);
 * no identifier of the other unit's dossier (its process instance, its applicant's name and ID number, its code
 * unless the request named it) in any answer.
 *
 * <p>A seeded generator of our own, not jqwik: jqwik drives its own lifecycle, cannot run inside a
 * {@code @SpringBootTest} without jqwik-spring (not in the build's repository), and its shrinking would repeat slow
 * HTTP requests. {@code -Dfuzz.seed=N -Dfuzz.requests=M} replays the first M requests of seed N (same requests in
 * the same order, against dossiers created the same way); {@code -Dfuzz.seeds=N,M,…} runs several seeds in one
 * context; {@code -Dfuzz.budget=PT60S} bounds each seed's time, {@code -Dfuzz.requests} its request count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class HostileRequestsFuzzOnPostgresTest {

    /** The seeds this run sends: {@code -Dfuzz.seed=N} one, {@code -Dfuzz.seeds=N,M,…} several, else a fresh random one. */
    private static final List<Long> SEEDS = seeds();
    /** The request budget per seed: {@code -Dfuzz.requests=N} (a replay: the first N requests of the seed). */
    private static final int MAX_REQUESTS = Integer.getInteger("fuzz.requests", 1_500);
    /**
     * The time budget per seed, its set-up included (the engine REST API's first call starts its JAX-RS application:
     * 30-90 s on the loaded development machine), so that the build's run stays within about 80 s:
     * {@code -Dfuzz.budget=PT80S}; none when only {@code fuzz.requests} is given (a replay).
     */
    private static final Duration BUDGET = Duration.parse(System.getProperty("fuzz.budget",
            System.getProperty("fuzz.requests") != null ? "PT24H" : "PT80S"));
    private static final int MIN_PER_TARGET = Integer.getInteger("fuzz.min-per-target", 3);
    private static final String OFFICER = Officers.XUANHUONG_RECEIVER;
    private static final String FOREIGN_NAME = "Trần Văn Đức";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.fresh("motcua_it_fuzz").register(registry);
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;

    /** A request to send. */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {
        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
            return method + " " + target + "\n" + headers + "\n" + json(shown)
                    + (body != null && body.length > 600 ? "… (" + body.length + " bytes)" : "");
        }

        private static String json(String s) {
            StringBuilder out = new StringBuilder();
            s.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff)
                    ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
            return out.toString();
        }
    }

    /** An endpoint and how to make hostile requests to it. */
    record Target(String name, boolean engine, BiFunction<Random, Known, Request> make) {
    }

    /** What the fuzzer knows: an own dossier (the officer's unit) and a foreign one (another unit). */
    record Known(String ownCode, String foreignCode, List<String> foreignProcesses) {
        String foreignProcess() {
            return foreignProcesses.get(0);
        }
    }

    @Test
    void hostileRequestsNeverBreakTheSystemNorStoreAnythingNorRevealAnotherUnitsDossier() throws Exception {
        for (long seed : SEEDS) {
            fuzz(seed);
        }
    }

    /**
     * One seed: its own dossiers (so that a replay meets the same state), then up to {@link #MAX_REQUESTS} requests
     * within {@link #BUDGET}, the targets in turn; the first fault fails the test with the seed and the request.
     */
    private void fuzz(long seed) throws Exception {
        long began = System.nanoTime();
        RawHttp http = new RawHttp(port);
        Known known = setUp(http);
        // the engine's REST API starts its JAX-RS application on the first call (30-90 s on a loaded machine): made
        // here, so that it is not counted against the first hostile request's target
        RawHttp.Answer first = http.send("GET", "/engine-rest/task?maxResults=1", Map.of("Authorization",
                "Basic " + Hostile.b64(OFFICER + ":" + Officers.PASSWORD)), null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        System.out.printf("%nFuzz set-up (dossiers, first engine call): %d ms%n", (System.nanoTime() - began) / 1_000_000);
        List<Target> targets = targets();
        System.out.printf("%nFuzz seed %d (replay: -Dfuzz.seed=%d), at most %d requests within %s, %d targets%n",
                seed, seed, MAX_REQUESTS, BUDGET, targets.size());
        Random random = new Random(seed);
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Long> millis = new TreeMap<>();
        Map<String, Long> slowest = new TreeMap<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        long fuzzing = System.nanoTime();
        long deadline = began + BUDGET.toNanos();
        int sent = 0;
        try {
            while (sent < MAX_REQUESTS && System.nanoTime() < deadline) {
                Target target = targets.get(sent % targets.size());
                Request request = target.make().apply(random, known);
                long start = System.nanoTime();
                counts.computeIfAbsent(target.name(), k -> new int[1])[0]++;
                int status = check(http, target, request, known, seed, sent);
                long took = (System.nanoTime() - start) / 1_000_000;
                millis.merge(target.name(), took, Long::sum);
                slowest.merge(target.name(), took, Math::max);
                statuses.computeIfAbsent(target.name(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
                sent++;
            }
        } finally {
            System.out.printf("Fuzz seed %d: %d requests in %d s (set-up %d ms)%n", seed, sent,
                    (System.nanoTime() - fuzzing) / 1_000_000_000, (fuzzing - began) / 1_000_000);
            System.out.printf("  %-34s %8s %8s %8s  %s%n", "endpoint", "requests", "mean ms", "max ms", "statuses");
            for (Target t : targets) {
                int n = counts.getOrDefault(t.name(), new int[1])[0];
                System.out.printf("  %-34s %8d %8d %8d  %s%n", t.name(), n, n == 0 ? 0 : millis.getOrDefault(t.name(), 0L) / n,
                        slowest.getOrDefault(t.name(), 0L), statuses.getOrDefault(t.name(), Map.of()));
            }
        }
        for (Target t : targets) {
            assertThat(counts.getOrDefault(t.name(), new int[1])[0]).as("requests to " + t.name() + " within the budget "
                    + BUDGET + " (seed " + seed + ")").isGreaterThanOrEqualTo(Math.min(MIN_PER_TARGET, MAX_REQUESTS / targets.size()));
        }
    }

    private static List<Long> seeds() {
        String one = System.getProperty("fuzz.seed");
        String several = System.getProperty("fuzz.seeds");
        if (one != null && !one.isBlank()) {
            return List.of(Long.parseLong(one.strip()));
        }
        if (several != null && !several.isBlank()) {
            return java.util.Arrays.stream(several.split(",")).map(String::strip).map(Long::parseLong).toList();
        }
        return List.of(new Random().nextLong());
    }

    /** The foreign identifiers some accepted write of this run sent as its own text (which the server may store). */
    private final java.util.Set<String> typedByCallers = new java.util.HashSet<>();

    /** Sends one request and checks the answer; returns its status. */
    private int check(RawHttp http, Target target, Request request, Known known, long seed, int index) throws Exception {
        String replay = "request #" + index + " of seed " + seed + " (replay: -Dfuzz.seed=" + seed + " -Dfuzz.requests="
                + (index + 1) + ") to " + target.name() + ":\n" + request.describe();
        Map<String, Long> before = rows();
        RawHttp.Answer answer;
        try {
            answer = http.send(request.method(), request.target(), request.headers(), request.body());
        } catch (java.io.IOException e) {
            fail("No answer (" + e + ") to " + replay);
            return -1;
        }
        String where = replay + "\nanswered " + answer.status() + " " + answer.contentType()
                + "\n" + answer.body();
        if (answer.status() >= 500) {
            fail("5xx for " + where);
        }
        if (answer.status() >= 400) {
            boolean problem = answer.contentType().startsWith("application/problem+json");
            if (!problem && !"HEAD".equals(request.method())) {
                fail("4xx not as problem+json for " + where);
            }
            if (!"HEAD".equals(request.method())) {
                JsonNode body = json.readTree(answer.body());
                if (body.path("status").asInt() != answer.status() || !body.path("title").asText().contains(" / ")) {
                    fail("problem without its status or a bilingual title for " + where);
                }
            }
        }
        Map<String, Long> after = rows();
        for (String table : after.keySet()) {
            // a dossier (and its attachments) only with 201 Created; a rating or a payment order with a success
            // (the payment's start answers 200 with the order it opened)
            boolean stored = !after.get(table).equals(before.get(table));
            boolean allowed = table.startsWith("dossier") ? answer.status() == 201
                    : answer.status() >= 200 && answer.status() <= 299;
            if (stored && !allowed) {
                fail("rows of " + table + " changed " + before + " → " + after + " with " + answer.status() + " for " + where);
            }
        }
        String sentText = request.target() + request.headers() + (request.body() == null ? ""
                : new String(request.body(), StandardCharsets.UTF_8));
        String answered = answer.headers() + answer.body();
        List<String> foreignIds = new ArrayList<>(known.foreignProcesses());
        foreignIds.addAll(List.of(FOREIGN_NAME, Officers.OTHER_ID, known.foreignCode()));
        for (String foreign : foreignIds) {
            // an identifier a caller wrote earlier (a write the server accepted) may come back as their own stored text,
            // e.g. a withdrawal's reason naming another dossier's code on the dossier's timeline: that is no leak
            boolean accepted = answer.status() >= 200 && answer.status() <= 299;
            boolean write = !List.of("GET", "HEAD", "OPTIONS").contains(request.method());
            if (answered.contains(foreign) && !sentText.contains(foreign) && !typedByCallers.contains(foreign)) {
                fail("the other unit's identifier " + foreign + " in the answer to " + where);
            }
            if (accepted && write && sentText.contains(foreign)) {
                typedByCallers.add(foreign);
            }
        }
        return answer.status();
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("dossier", "dossier_attachment", "service_rating", "payment_order")) {
            rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return rows;
    }

    private Known setUp(RawHttp http) throws Exception {
        String own = submitted(http, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        Map<String, Object> foreignBody = new LinkedHashMap<>(Dossiers.landCertificate(Officers.LACDUONG));
        String foreign = submitted(http, foreignBody);
        List<String> processes = runtime.createProcessInstanceQuery().processInstanceBusinessKey(foreign).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        assertThat(processes).as("the foreign dossier's process instances").isNotEmpty();
        return new Known(own, foreign, processes);
    }

    /** Submits a well-formed online dossier: JSON, or multipart with a small PDF per required document. */
    private String submitted(RawHttp http, Map<String, Object> body) throws Exception {
        List<String> documents = Dossiers.requiredDocuments(body.get("procedureCode"));
        RawHttp.Answer answer;
        if (documents.isEmpty()) {
            answer = http.send("POST", "/api/v1/dossiers", Map.of("Content-Type", "application/json"),
                    json.writeValueAsBytes(body));
        } else {
            String boundary = "setup" + System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\n"
                    + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(json.writeValueAsBytes(body));
            for (String document : documents) {
                out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + document
                        + "\"; filename=\"" + document + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(SampleFiles.PDF);
            }
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            answer = http.send("POST", "/api/v1/dossiers",
                    Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), out.toByteArray());
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("code").asText();
    }

    // ---- the targets ---------------------------------------------------------------------------------------------

    private List<Target> targets() {
        List<Target> t = new ArrayList<>();
        Map<String, Object> proof = Map.of("dossierCode", "OWN", "idNumber", Officers.APPLICANT_ID);
        t.add(post("submission JSON", "/api/v1/dossiers", (r, k) -> Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")));
        t.add(new Target("submission multipart", false, (r, k) -> multipart(r)));
        t.add(post("tracking", "/api/v1/tracking", (r, k) -> withOwn(proof, k)));
        t.add(post("tracking withdrawal", "/api/v1/tracking/withdrawal", (r, k) -> {
            Map<String, Object> m = new LinkedHashMap<>(withOwn(proof, k));
            m.put("reason", "Tôi muốn rút hồ sơ\nvì lý do cá nhân");
            return m;
        }));
        t.add(post("tracking rating", "/api/v1/tracking/rating", (r, k) -> {
            Map<String, Object> m = new LinkedHashMap<>(withOwn(proof, k));
            m.put("rating", "SATISFIED");
            m.put("comment", "Tốt");
            return m;
        }));
        t.add(post("tracking fee", "/api/v1/tracking/fee", (r, k) -> withOwn(proof, k)));
        t.add(post("tracking payments", "/api/v1/tracking/payments", (r, k) -> withOwn(proof, k)));
        t.add(post("tracking slip", "/api/v1/tracking/slips/online-receipt", (r, k) -> withOwn(proof, k)));
        t.add(post("tracking slip {form}", "/api/v1/tracking/slips/{x}", (r, k) -> withOwn(proof, k)));
        t.add(post("identity check", "/api/v1/identity-checks", (r, k) -> Map.of("idNumber", Officers.APPLICANT_ID,
                "fullName", "Nguyễn Thị Hạnh", "birthDate", "1990-05-01")));
        t.add(post("payment callback", "/api/v1/payments/paygov/callback", (r, k) -> Map.of("merchantCode", "H36-MOTCUA",
                "orderId", "X1", "amount", 10000, "transactionRef", "T1", "status", "00", "checksum", "ab")));
        t.add(get("procedures", "/api/v1/procedures?q={x}", null));
        t.add(get("procedure", "/api/v1/procedures/{x}", null));
        t.add(get("procedure form", "/api/v1/procedures/{x}/form", null));
        t.add(get("procedure agencies", "/api/v1/procedures/agencies?level={x}", null));
        t.add(get("units", "/api/v1/units?{x}", null));
        t.add(get("transparency", "/api/v1/transparency?from={x}&to={x}", null));
        t.add(get("calendar", "/api/v1/calendar/days?year={x}", null));
        t.add(get("officer: dossiers", "/api/v1/dossiers?unit={x}&limit={x}", OFFICER));
        t.add(get("officer: dossier", "/api/v1/dossiers/{x}", OFFICER));
        t.add(get("officer: attachments", "/api/v1/dossiers/{x}/attachments", OFFICER));
        t.add(get("unknown path", "/api/v1/{x}", null));
        t.add(engine("engine: task query", "GET", "/engine-rest/task?processInstanceBusinessKey={x}&sortBy={x}&sortOrder={x}", false));
        t.add(engine("engine: task", "GET", "/engine-rest/task/{x}", false));
        t.add(engine("engine: process instance", "GET", "/engine-rest/process-instance/{x}", false));
        t.add(engine("engine: variables", "GET", "/engine-rest/process-instance/{x}/variables", false));
        t.add(engine("engine: history", "GET", "/engine-rest/history/process-instance?processInstanceBusinessKey={x}", false));
        t.add(engine("engine: message", "POST", "/engine-rest/message", true));
        t.add(engine("engine: signal", "POST", "/engine-rest/signal", true));
        t.add(engine("engine: external tasks", "POST", "/engine-rest/external-task/fetchAndLock", true));
        t.add(engine("engine: task claim", "POST", "/engine-rest/task/{x}/claim", true));
        return t;
    }

    private static Map<String, Object> withOwn(Map<String, Object> proof, Known known) {
        Map<String, Object> m = new LinkedHashMap<>(proof);
        m.put("dossierCode", known.ownCode());
        return m;
    }

    private Target post(String name, String path, BiFunction<Random, Known, Map<String, Object>> valid) {
        return new Target(name, false, (r, k) -> {
            byte[] body = Hostile.body(r, toJson(valid.apply(r, k)), k);
            return new Request(r.nextInt(20) == 0 ? Hostile.pick(r, Hostile.METHODS) : "POST",
                    Hostile.path(r, path.replace("{x}", Hostile.segment(r, k))), Hostile.headers(r, "application/json", null), body);
        });
    }

    private Target get(String name, String path, String user) {
        return new Target(name, false, (r, k) -> new Request(r.nextInt(20) == 0 ? Hostile.pick(r, Hostile.METHODS) : "GET",
                Hostile.path(r, fill(r, path, k)), Hostile.headers(r, null, user), null));
    }

    private Target engine(String name, String method, String path, boolean body) {
        return new Target(name, true, (r, k) -> {
            byte[] content = null;
            if (body) {
                Map<String, Object> valid = new LinkedHashMap<>();
                valid.put("messageName", Hostile.pick(r, List.of("Message_FeePaid", "x", "Message_Supplement")));
                valid.put("businessKey", r.nextBoolean() ? k.foreignCode() : k.ownCode());
                valid.put("processInstanceId", r.nextBoolean() ? k.foreignProcess() : "nope");
                valid.put("name", "Signal_X");
                valid.put("workerId", "w");
                valid.put("maxTasks", 1);
                valid.put("topics", List.of(Map.of("topicName", "x", "lockDuration", 1000)));
                valid.put("userId", OFFICER);
                content = Hostile.body(r, toJson(valid), k);
            }
            return new Request(method, Hostile.path(r, fill(r, path, k)), Hostile.headers(r, body ? "application/json" : null, OFFICER), content);
        });
    }

    private static String fill(Random r, String path, Known k) {
        String out = path;
        while (out.contains("{x}")) {
            out = out.replaceFirst("\\{x}", java.util.regex.Matcher.quoteReplacement(Hostile.segment(r, k)));
        }
        return out;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Request multipart(Random r) {
        String boundary = r.nextInt(10) == 0 ? Hostile.pick(r, List.of("", "x\u0000", "a b")) : "fz" + r.nextInt(1_000_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] dossier = Hostile.body(r, toJson(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")), null);
        String partType = r.nextInt(5) == 0 ? Hostile.pick(r, Hostile.CONTENT_TYPES) : "application/json";
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\nContent-Type: " + partType
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(dossier);
        out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                + (r.nextBoolean() ? Hostile.text(r) : "giay-to.pdf") + "\"\r\nContent-Type: "
                + Hostile.pick(r, List.of("application/pdf", "image/png", "text/html", "application/x-msdownload"))
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(r.nextBoolean() ? "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1) : Hostile.bytes(r, 64));
        if (r.nextInt(4) != 0) {
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Request("POST", "/api/v1/dossiers", Hostile.headers(r, "multipart/form-data; boundary=" + boundary, null),
                out.toByteArray());
    }

    /** The hostile values and mutations. */
    static final class Hostile {
        static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "GET", "POST");
        static final List<String> CONTENT_TYPES = List.of("application/json", "application/json;charset=ISO-8859-1",
                "application/json; charset=utf-16", "text/plain", "application/xml", "multipart/form-data",
                "multipart/form-data; boundary=", "application/x-www-form-urlencoded", "*/*", "", "a/b/c",
                "application/problem+json", "application/json;charset=nonsense", "text/html; charset=utf-8");
        static final List<String> ACCEPTS = List.of("application/json", "text/html", "image/png", "*/*;q=x", "application/xml",
                "application/problem+json", "");
        /** JSON values put in place of a field's value (raw JSON text). */
        static final List<String> VALUES = List.of("\"\\u0000\"", "\"a\\u0007b\"", "\"\\ud800\"", "\"x\\udc00\"",
                "\"\\u202eabc\"", "\"\\u001b[31m\"", "\"\\uFFFD\"", "\"\\uFFFF\"", "\"Nguye\\u0302\\u0303n\"", "123", "-0",
                "1e999", "123456789012345678901234567890", "1.5", "true", "false", "null", "[]", "{}", "[1,2]",
                "{\"a\":{\"b\":[]}}", "\"\"", "\" \"", "\"' OR 1=1 --\"", "\"<script>alert(1)</script>\"",
                "\"${jndi:ldap://x/a}\"", "\"#{1+1}\"", "\"../../etc/passwd\"", "\"😀\"", "\"\\\\\"",
                "\"9999-12-31\"", "\"0000-01-01\"", "\"2026-02-30\"", "\"+10000-01-01\"", "\"1850-01-01\"",
                "\"ONLINE\\u0000\"", "\"COUNTER\"", "\"VERY_SATISFIED\"", "\"H36.24848\"", "\"%00\"");
        static final List<String> SEGMENTS = List.of("%00", "%zz", "%", "%2F", "%2f..%2f", "a;b=c", "..", "%C0%AF",
                "%E2%80%AE", "%ED%A0%80", "%FF", "x", "1", "-1", "99999999999999999999", "%27%20OR%201%3D1",
                "%3Cscript%3E", "%25", "a%20b", "%F0%9F%98%80", "abc%0d%0aX:y", "H36.24848", "2026-13-45", "nonsense",
                "online-receipt", "01", "%C3%28", "ma%CC%83", "true");

        static String pick(Random r, List<String> from) {
            return from.get(r.nextInt(from.size()));
        }

        static String segment(Random r, Known k) {
            return switch (r.nextInt(8)) {
                case 0 -> k.foreignCode();
                case 1 -> k.ownCode();
                case 2 -> k.foreignProcess();
                case 3 -> "a".repeat(1 + r.nextInt(3000));
                default -> pick(r, SEGMENTS);
            };
        }

        /** The path as given, sometimes with a hostile suffix or query. */
        static String path(Random r, String path) {
            return switch (r.nextInt(10)) {
                case 0 -> path + "/" + pick(r, SEGMENTS);
                case 1 -> path + (path.contains("?") ? "&" : "?") + pick(r, SEGMENTS) + "=" + pick(r, SEGMENTS);
                case 2 -> path + ";jsessionid=" + pick(r, SEGMENTS);
                case 3 -> path.replace("/api/v1/", "/api/v1//");
                default -> path;
            };
        }

        static Map<String, String> headers(Random r, String contentType, String user) {
            Map<String, String> h = new LinkedHashMap<>();
            if (contentType != null) {
                h.put("Content-Type", r.nextInt(6) == 0 ? pick(r, CONTENT_TYPES) : contentType);
            } else if (r.nextInt(10) == 0) {
                h.put("Content-Type", pick(r, CONTENT_TYPES));
            }
            if (r.nextInt(6) == 0) {
                h.put("Accept", pick(r, ACCEPTS));
            }
            if (user != null) {
                h.put("Authorization", r.nextInt(15) == 0 ? pick(r, List.of("Basic %%%", "Basic " + b64("x:y"), "Bearer abc", "Basic"))
                        : "Basic " + b64(user + ":" + Officers.PASSWORD));
            }
            switch (r.nextInt(12)) {
                case 0 -> h.put("Idempotency-Key", pick(r, List.of("not-a-uuid", "", "x".repeat(300), "00000000-0000-0000-0000-000000000000")));
                case 1 -> h.put("X-Forwarded-For", pick(r, List.of("1.2.3.4", "garbage", "::1, 10.0.0.1")));
                case 2 -> h.put("Accept-Language", "vi;q=abc");
                case 3 -> h.put("Range", "bytes=99999-1");
                case 4 -> h.put("X-Long", "a".repeat(1 + r.nextInt(12_000)));
                default -> {
                }
            }
            return h;
        }

        static String b64(String s) {
            return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
        }

        /** A hostile string for a header or a file name (printable: no CR or LF that would end the header). */
        static String text(Random r) {
            return pick(r, List.of("a\u0007.pdf", "..\\..\\x.pdf", "😀.pdf", "x".repeat(400) + ".pdf", "Nguye\u0302\u0303n.pdf",
                    "\u202egpj.exe", "a\u0000b.pdf", "%00.pdf", "\"quoted\".pdf", "a/b.pdf"));
        }

        static byte[] bytes(Random r, int n) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            return b;
        }

        /** The valid JSON body, mutated. */
        static byte[] body(Random r, String valid, Known k) {
            String s = valid;
            int mutations = 1 + r.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                s = mutate(r, s, k);
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            return switch (r.nextInt(25)) {
                case 0 -> insert(r, bytes, new byte[] {(byte) 0xC0, (byte) 0xAF});
                case 1 -> insert(r, bytes, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
                case 2 -> insert(r, bytes, new byte[] {(byte) 0xFF});
                case 3 -> bytes(r, 1 + r.nextInt(200));
                case 4 -> java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
                case 5 -> ("{\"a\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
                case 6 -> ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
                case 7 -> new byte[0];
                default -> bytes;
            };
        }

        private static byte[] insert(Random r, byte[] into, byte[] what) {
            int at = into.length == 0 ? 0 : r.nextInt(into.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(into, 0, at);
            out.writeBytes(what);
            out.write(into, at, into.length - at);
            return out.toByteArray();
        }

        private static String mutate(Random r, String s, Known k) {
            List<int[]> values = valueSpans(s);
            switch (r.nextInt(9)) {
                case 0, 1, 2, 3 -> {
                    if (values.isEmpty()) {
                        return s;
                    }
                    int[] span = values.get(r.nextInt(values.size()));
                    String value = r.nextInt(12) == 0 && k != null ? "\"" + k.foreignCode() + "\"" : pick(r, VALUES);
                    return s.substring(0, span[0]) + value + s.substring(span[1]);
                }
                case 4 -> {
                    return s + pick(r, List.of(" {}", "x", "]", " 1", "\u0000", "/* */", ",{}"));
                }
                case 5 -> {
                    return s.startsWith("{") ? "{\"procedureCode\":\"1.001193\"," + s.substring(1) : s;
                }
                case 6 -> {
                    return s.startsWith("{") ? "{\"unknownField\":1," + s.substring(1) : s;
                }
                case 7 -> {
                    return s.startsWith("{") ? "{\"k\\u0000ey\":1," + s.substring(1) : s;
                }
                default -> {
                    return pick(r, List.of("null", "[]", "\"text\"", "42", "{", "}", "{\"a\":}", "'single'", "{a:1}"));
                }
            }
        }

        /** Start and end of every scalar value (after a colon) in a JSON text written by Jackson. */
        private static List<int[]> valueSpans(String s) {
            List<int[]> spans = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile(":(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)").matcher(s);
            while (m.find()) {
                spans.add(new int[] {m.start(1), m.end(1)});
            }
            return spans;
        }
    }
}
