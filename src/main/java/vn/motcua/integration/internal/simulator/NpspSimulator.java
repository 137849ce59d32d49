package vn.motcua.integration.internal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static vn.motcua.integration.internal.simulator.NpspContractChecks.dateProblem;
import static vn.motcua.integration.internal.simulator.NpspContractChecks.firstOf;
import static vn.motcua.integration.internal.simulator.NpspContractChecks.snapshotProblem;
import static vn.motcua.integration.internal.simulator.NpspContractChecks.statusProblem;
import static vn.motcua.integration.internal.simulator.NpspContractChecks.textProblem;

/**
 * The National Public Service Portal's adapter as provinces met it (DOMAIN.md "The NPSP: the integration contract",
 * from OpenCPS's {@code DVCQGIntegrationActionImpl}; the VPCP's own specification is not public):
 * <ul>
 * <li>{@code POST <base>/auth}, header {@code dstcode}, body {@code {username, password}} &rarr; {@code {session,
 *     error_code}}; sessions expire after {@code sessionTtl};</li>
 * <li>{@code POST <base>/integration}, header {@code dstcode}, body {@code {session, madonvi, service, ...}} &rarr;
 *     {@code {error_code, result:[...]}} or {@code {error_code, message}}: {@code DongBoHoSoMC} (snapshots, upsert by
 *     MaHoSo, every required field and date checked, free text over 2,000 characters refused),
 *     {@code CapNhatTienDoHoSoMC} (progress of a dossier it knows), {@code TraCuuHoSo} ({@code mahoso});</li>
 * <li>{@code error_code} success is {@code 0}, or {@code "00"} as older deployments sent it ({@code legacyErrorCode});</li>
 * <li>a record of everything received ({@code GET <base>/received}, {@code GET <base>/dossiers/<MaHoSo>}), without
 *     the session tokens and passwords, and {@code POST <base>/_faults} to switch faults.</li>
 * </ul>
 */
public final class NpspSimulator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String username;
    private final String password;
    private final String dstcode;
    private final Duration sessionTtl;
    private volatile boolean legacyErrorCode;
    private final Clock clock;
    private final Faults.Switch faults;
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> dossiers = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> progress = new ConcurrentHashMap<>();
    /** DongBoDanhGia as received, by "MaDonVi/Nam/Thang": a month sent again replaces the earlier one. */
    private final Map<String, ObjectNode> satisfaction = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong logins = new AtomicLong();

    public NpspSimulator(String username, String password, String dstcode, Duration sessionTtl, boolean legacyErrorCode,
                         Clock clock, Faults initialFaults) {
        this.username = username;
        this.password = password;
        this.dstcode = dstcode;
        this.sessionTtl = sessionTtl;
        this.legacyErrorCode = legacyErrorCode;
        this.clock = clock;
        this.faults = new Faults.Switch(initialFaults);
    }

    /** One call as received: what came (without the session token), when, and what was answered. */
    public record Received(long sequence, LocalDateTime at, String service, String isUpdating, JsonNode data,
                           boolean accepted, String error) {
    }

    /** Answer success as {@code "00"} (older deployments) instead of {@code 0}. */
    public void setLegacyErrorCode(boolean legacy) {
        this.legacyErrorCode = legacy;
    }

    public void setFaults(Faults f) {
        faults.set(f);
    }

    public Faults faults() {
        return faults.get();
    }

    /** Ends every session now, as the NPSP does when its sessions time out. */
    public void expireSessions() {
        sessions.clear();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public long logins() {
        return logins.get();
    }

    /** The snapshot the NPSP holds for a dossier code, or null. */
    public JsonNode dossier(String maHoSo) {
        return dossiers.get(maHoSo);
    }

    public List<JsonNode> progress(String maHoSo) {
        return List.copyOf(progress.getOrDefault(maHoSo, List.of()));
    }

    public void clear() {
        received.clear();
        dossiers.clear();
        progress.clear();
    }

    void handle(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.equals("/received")) {
            SimulatorHttp.send(exchange, 200, received);
            return;
        }
        if (method.equals("GET") && path.startsWith("/dossiers/")) {
            String code = path.substring("/dossiers/".length());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("snapshot", dossiers.get(code));
            view.put("progress", progress.getOrDefault(code, List.of()));
            SimulatorHttp.send(exchange, dossiers.containsKey(code) ? 200 : 404, view);
            return;
        }
        if (method.equals("POST") && path.equals("/_faults")) {
            JsonNode f = SimulatorHttp.readJson(exchange);
            faults.set(SimulatorHttp.JSON.treeToValue(f, Faults.class));
            if (f.path("expireSessionsNow").asBoolean(false)) {
                expireSessions();
            }
            SimulatorHttp.send(exchange, 200, faults.get());
            return;
        }
        if (!method.equals("POST")) {
            SimulatorHttp.send(exchange, 405, Map.of("message", "POST only"));
            return;
        }
        if (SimulatorHttp.faulted(exchange, faults.get())) {
            return;
        }
        JsonNode body;
        try {
            body = SimulatorHttp.readJson(exchange);
        } catch (IOException notJson) {
            SimulatorHttp.send(exchange, 200, error("Dữ liệu gửi lên không phải JSON hợp lệ"));
            return;
        }
        if (!dstcode.equals(exchange.getRequestHeaders().getFirst("dstcode"))) {
            SimulatorHttp.send(exchange, 200, error("dstcode không hợp lệ"));
            return;
        }
        switch (path) {
            case "/auth" -> SimulatorHttp.send(exchange, 200, login(body));
            case "/integration" -> SimulatorHttp.send(exchange, 200, integrate(body));
            default -> SimulatorHttp.send(exchange, 404, Map.of("message", "no such endpoint " + path));
        }
    }

    private Object login(JsonNode body) {
        if (!username.equals(SimulatorHttp.text(body, "username")) || !password.equals(SimulatorHttp.text(body, "password"))) {
            return error("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        String session = HexFormat.of().formatHex(token);
        sessions.put(session, clock.instant().plus(sessionTtl));
        logins.incrementAndGet();
        ObjectNode answer = ok();
        answer.put("session", session);
        return answer;
    }

    private synchronized Object integrate(JsonNode body) {
        String service = SimulatorHttp.text(body, "service");
        String session = SimulatorHttp.text(body, "session");
        Instant expires = sessions.get(session);
        if (faults.get().expiredSession() || expires == null || !clock.instant().isBefore(expires)) {
            sessions.remove(session);
            return record(service, body, false, "Phiên làm việc không hợp lệ hoặc đã hết hạn (session expired)");
        }
        if (!SimulatorHttp.hasText(body, "madonvi")) {
            return record(service, body, false, "Thiếu madonvi");
        }
        return switch (service) {
            case "DongBoHoSoMC" -> syncDossiers(body);
            case "CapNhatTienDoHoSoMC" -> syncProgress(body);
            case "TraCuuHoSo" -> lookUp(body);
            case "DongBoDanhGia" -> syncSatisfaction(body);
            default -> record(service, body, false, "Dịch vụ không được hỗ trợ: " + service);
        };
    }

    private Object syncDossiers(JsonNode body) {
        String isUpdating = SimulatorHttp.text(body, "isUpdating");
        if (!isUpdating.equals("True") && !isUpdating.equals("False")) {
            return record("DongBoHoSoMC", body, false, "isUpdating phải là \"True\" hoặc \"False\"");
        }
        JsonNode data = body.get("data");
        if (data == null || !data.isArray() || data.isEmpty()) {
            return record("DongBoHoSoMC", body, false, "Thiếu data");
        }
        for (JsonNode item : data) {
            String problem = snapshotProblem(item);
            if (problem != null) {
                return record("DongBoHoSoMC", body, false, problem);
            }
        }
        for (JsonNode item : data) {
            dossiers.put(item.get("MaHoSo").asText(), (ObjectNode) item.deepCopy());
        }
        return record("DongBoHoSoMC", body, true, null);
    }

    private Object syncProgress(JsonNode body) {
        JsonNode data = body.get("data");
        if (data == null || !data.isArray() || data.isEmpty()) {
            return record("CapNhatTienDoHoSoMC", body, false, "Thiếu data");
        }
        for (JsonNode item : data) {
            for (String field : List.of("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "NoiDungXuLy", "TrangThai")) {
                if (!SimulatorHttp.hasText(item, field)) {
                    return record("CapNhatTienDoHoSoMC", body, false, "Thiếu trường bắt buộc " + field);
                }
            }
            if (!dossiers.containsKey(item.get("MaHoSo").asText())) {
                return record("CapNhatTienDoHoSoMC", body, false, "Không tìm thấy hồ sơ " + item.get("MaHoSo").asText());
            }
            String problem = firstOf(dateProblem(item, "ThoiDiemXuLy", true),
                    dateProblem(item, "NgayBatDau", false),
                    dateProblem(item, "NgayKetThucTheoQuyDinh", false), statusProblem(item, "TrangThai"),
                    textProblem(item));
            if (problem != null) {
                return record("CapNhatTienDoHoSoMC", body, false, problem);
            }
        }
        for (JsonNode item : data) {
            progress.computeIfAbsent(item.get("MaHoSo").asText(), k -> new CopyOnWriteArrayList<>())
                    .add((ObjectNode) item.deepCopy());
        }
        return record("CapNhatTienDoHoSoMC", body, true, null);
    }

    /**
     * {@code DongBoDanhGia}: each unit's month of ratings, the shares of RatHaiLong / HaiLong / ChuaHaiLong in percent
     * (the three add up to 100 when there are ratings); an upsert by unit, year and month. A call with one bad item is
     * refused whole, as the NPSP did.
     */
    private Object syncSatisfaction(JsonNode body) {
        JsonNode data = body.get("data");
        if (data == null || !data.isArray() || data.isEmpty()) {
            return record("DongBoDanhGia", body, false, "Thiếu data");
        }
        for (JsonNode item : data) {
            for (String field : List.of("MaDonVi", "Nam", "Thang", "TongSoDanhGia", "RatHaiLong", "HaiLong", "ChuaHaiLong")) {
                if (!SimulatorHttp.hasText(item, field)) {
                    return record("DongBoDanhGia", body, false, "Thiếu trường bắt buộc " + field);
                }
            }
            if (!item.get("Nam").asText().matches("\\d{4}") || !item.get("Thang").asText().matches("0?[1-9]|1[0-2]")) {
                return record("DongBoDanhGia", body, false, "Nam/Thang không hợp lệ");
            }
            double sum = 0;
            for (String share : List.of("RatHaiLong", "HaiLong", "ChuaHaiLong")) {
                double v;
                try {
                    v = Double.parseDouble(item.get(share).asText());
                } catch (NumberFormatException e) {
                    return record("DongBoDanhGia", body, false, share + " không phải số");
                }
                if (v < 0 || v > 100) {
                    return record("DongBoDanhGia", body, false, share + " phải từ 0 đến 100");
                }
                sum += v;
            }
            if (!item.get("TongSoDanhGia").asText().matches("\\d+")) {
                return record("DongBoDanhGia", body, false, "TongSoDanhGia không phải số nguyên");
            }
            if (Long.parseLong(item.get("TongSoDanhGia").asText()) > 0 && Math.abs(sum - 100) > 0.5) {
                return record("DongBoDanhGia", body, false, "Tổng các tỷ lệ phải bằng 100%");
            }
        }
        for (JsonNode item : data) {
            satisfaction.put(item.get("MaDonVi").asText() + "/" + item.get("Nam").asText() + "/"
                    + Integer.parseInt(item.get("Thang").asText()), (ObjectNode) item.deepCopy());
        }
        return record("DongBoDanhGia", body, true, null);
    }

    /** The months of satisfaction it holds, by "MaDonVi/Nam/Thang" (e.g. "H36.24781/2026/11"). */
    public Map<String, ObjectNode> satisfaction() {
        return Map.copyOf(satisfaction);
    }

    private Object lookUp(JsonNode body) {
        String code = SimulatorHttp.text(body, "mahoso");
        ObjectNode answer = ok();
        ArrayNode result = answer.putArray("result");
        ObjectNode found = dossiers.get(code);
        if (found != null) {
            result.add(found);
        }
        return answer;
    }

    private Object record(String service, JsonNode body, boolean accepted, String error) {
        JsonNode data = body.has("data") ? body.get("data").deepCopy() : SimulatorHttp.JSON.createArrayNode();
        received.add(new Received(sequence.incrementAndGet(), LocalDateTime.now(clock), service,
                body.has("isUpdating") ? body.get("isUpdating").asText() : null, data, accepted, error));
        if (accepted) {
            ObjectNode answer = ok();
            answer.putArray("result");
            return answer;
        }
        return error(error);
    }

    private ObjectNode ok() {
        ObjectNode answer = SimulatorHttp.JSON.createObjectNode();
        if (legacyErrorCode) {
            answer.put("error_code", "00");
        } else {
            answer.put("error_code", 0);
        }
        return answer;
    }

    private ObjectNode error(String message) {
        ObjectNode answer = SimulatorHttp.JSON.createObjectNode();
        if (legacyErrorCode) {
            answer.put("error_code", "-1");
        } else {
            answer.put("error_code", -1);
        }
        answer.put("message", message);
        return answer;
    }

    /** Codes of the dossiers it holds, for the record's readers. */
    public List<String> dossierCodes() {
        return new ArrayList<>(dossiers.keySet());
    }
}
