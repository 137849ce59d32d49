package vn.motcua.integration.internal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The citizen's data store on the NPSP ("Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", Circular 01/2023/TT-VPCP
 * art. 24), which receives the signed results of a citizen's dossiers. Its interface is not public: this contract is
 * the NPSP adapter's style (DOMAIN.md), <i>unverified</i> against the real store:
 * <ul>
 * <li>{@code POST <base>/auth}, body {@code {username, password}} &rarr; {@code {error_code: 0, session}}; sessions
 *     expire after {@code sessionTtl} (an expired one is answered {@code error_code} 2, "session expired");</li>
 * <li>{@code POST <base>/documents}, body {@code {session, madonvi, service: "LuuGiayToKetQua", data: {SoDinhDanh,
 *     MaHoSo, GiayToId, TenGiayTo, TenTep, MaBam, NoiDung}}} (NoiDung the PDF in base64, MaBam its SHA-256 in hex)
 *     &rarr; {@code {error_code: 0, result: {MaLuuTru}}}; the same GiayToId again is the same document (same
 *     MaLuuTru, stored once); a missing field, a SoDinhDanh that is not 12 digits, a MaBam that does not match the
 *     content or a file that is not a PDF is refused with {@code error_code} 1 and a message;</li>
 * <li>{@code GET <base>/received}: what it holds (without the content), {@code POST <base>/_faults}: switch faults
 *     ({@link Faults}: down, slow, HTTP 500, every session expired, malformed answers).</li>
 * </ul>
 */
public final class CitizenStoreSimulator {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String SERVICE = "LuuGiayToKetQua";

    private final String username;
    private final String password;
    private final Duration sessionTtl;
    private final Clock clock;
    private final Faults.Switch faults;
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Map<String, Stored> documents = new ConcurrentHashMap<>();
    private final List<Stored> received = new CopyOnWriteArrayList<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong logins = new AtomicLong();

    public CitizenStoreSimulator(String username, String password, Duration sessionTtl, Clock clock, Faults initialFaults) {
        this.username = username;
        this.password = password;
        this.sessionTtl = sessionTtl;
        this.clock = clock;
        this.faults = new Faults.Switch(initialFaults);
    }

    /** A document as the store holds it (its content's size and hash, not the content). */
    public record Stored(String reference, String citizenId, String dossierCode, String documentId, String title,
                         String fileName, String sha256, int bytes, LocalDateTime at) {
    }

    public void setFaults(Faults f) {
        faults.set(f);
    }

    public void expireSessions() {
        sessions.clear();
    }

    /** Every document stored, once each, in the order they came. */
    public List<Stored> received() {
        return List.copyOf(received);
    }

    /** Calls to {@code /documents} answered (repeats included). */
    public long calls() {
        return calls.get();
    }

    public long logins() {
        return logins.get();
    }

    void handle(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.equals("/received")) {
            SimulatorHttp.send(exchange, 200, received);
            return;
        }
        if (method.equals("POST") && path.equals("/_faults")) {
            JsonNode f = SimulatorHttp.readJson(exchange);
            faults.set(SimulatorHttp.JSON.treeToValue(f, Faults.class));
            SimulatorHttp.send(exchange, 200, faults.get());
            return;
        }
        if (!method.equals("POST")) {
            SimulatorHttp.sendText(exchange, 405, "method not allowed");
            return;
        }
        if (SimulatorHttp.faulted(exchange, faults.get())) {
            return;
        }
        JsonNode body = SimulatorHttp.readJson(exchange);
        switch (path) {
            case "/auth" -> auth(exchange, body);
            case "/documents" -> store(exchange, body);
            default -> SimulatorHttp.sendText(exchange, 404, "not found");
        }
    }

    private void auth(HttpExchange exchange, JsonNode body) throws IOException {
        if (!username.equals(SimulatorHttp.text(body, "username")) || !password.equals(SimulatorHttp.text(body, "password"))) {
            SimulatorHttp.send(exchange, 200, Map.of("error_code", 1, "message", "Sai tên đăng nhập hoặc mật khẩu"));
            return;
        }
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        String session = HexFormat.of().formatHex(token);
        sessions.put(session, clock.instant().plus(sessionTtl));
        logins.incrementAndGet();
        SimulatorHttp.send(exchange, 200, Map.of("error_code", 0, "session", session));
    }

    private void store(HttpExchange exchange, JsonNode body) throws IOException {
        calls.incrementAndGet();
        Instant until = sessions.get(SimulatorHttp.text(body, "session"));
        if (faults.get().expiredSession() || until == null || clock.instant().isAfter(until)) {
            SimulatorHttp.send(exchange, 200, Map.of("error_code", 2, "message", "Phiên làm việc đã hết hạn"));
            return;
        }
        if (!SERVICE.equals(SimulatorHttp.text(body, "service")) || !SimulatorHttp.hasText(body, "madonvi")) {
            refuse(exchange, "service phải là " + SERVICE + " và có madonvi");
            return;
        }
        JsonNode data = body.path("data");
        for (String field : List.of("SoDinhDanh", "MaHoSo", "GiayToId", "TenGiayTo", "TenTep", "MaBam", "NoiDung")) {
            if (!SimulatorHttp.hasText(data, field)) {
                refuse(exchange, "Thiếu trường " + field);
                return;
            }
        }
        if (!SimulatorHttp.text(data, "SoDinhDanh").matches("\\d{12}")) {
            refuse(exchange, "SoDinhDanh phải là số định danh cá nhân 12 chữ số");
            return;
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(SimulatorHttp.text(data, "NoiDung"));
        } catch (IllegalArgumentException e) {
            refuse(exchange, "NoiDung không phải base64");
            return;
        }
        if (!sha256(content).equalsIgnoreCase(SimulatorHttp.text(data, "MaBam"))) {
            refuse(exchange, "MaBam không khớp nội dung tệp");
            return;
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            refuse(exchange, "Tệp không phải PDF");
            return;
        }
        String documentId = SimulatorHttp.text(data, "GiayToId");
        Stored stored = documents.computeIfAbsent(documentId, id -> {
            Stored s = new Stored("KHO-" + HexFormat.of().formatHex(randomBytes(6)).toUpperCase(),
                    SimulatorHttp.text(data, "SoDinhDanh"), SimulatorHttp.text(data, "MaHoSo"), id,
                    SimulatorHttp.text(data, "TenGiayTo"), SimulatorHttp.text(data, "TenTep"),
                    SimulatorHttp.text(data, "MaBam"), content.length, LocalDateTime.now(clock));
            received.add(s);
            return s;
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error_code", 0);
        answer.put("result", Map.of("MaLuuTru", stored.reference()));
        SimulatorHttp.send(exchange, 200, answer);
    }

    private static void refuse(HttpExchange exchange, String message) throws IOException {
        SimulatorHttp.send(exchange, 200, Map.of("error_code", 1, "message", message));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
