package vn.motcua.integration.internal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The National Population Database as the province's LGSP serves it (the LGSP's interface is the province's own and not
 * public: the shape below is the project's, <i>unverified</i>):
 * <ul>
 * <li>{@code POST <base>/token}, body {@code {client_id, client_secret}} &rarr; {@code {access_token, token_type,
 *     expires_in}} (OAuth2 client credentials);</li>
 * <li>{@code POST <base>/citizens/verify}, header {@code Authorization: Bearer}, body {@code {soDinhDanh, hoVaTen,
 *     ngaySinh}} ({@code yyyyMMdd}, or {@code ""} when the applicant gave none) &rarr; {@code {maLoi: "0", ketQua:
 *     "KHOP" | "KHONG_KHOP"}}; an unknown or expired token gets HTTP 401;</li>
 * <li>{@code GET <base>/received}: every check received (ID numbers shown, tokens never).</li>
 * </ul>
 * It knows the citizens of a CSV ({@code soDinhDanh,hoVaTen,ngaySinh}, the demo's and the tests' applicants): names
 * compare without regard to case and spacing but with their diacritics (Vietnamese names differ by them), and a
 * number it does not know is {@code KHONG_KHOP}. Numbers listed as unavailable answer HTTP 503, so the portal can show
 * what happens when the database does not answer.
 */
public final class PopulationSimulator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientId;
    private final String clientSecret;
    private final Duration tokenTtl;
    private final Clock clock;
    private final Faults.Switch faults;
    private final Map<String, Citizen> citizens = new ConcurrentHashMap<>();
    private final Set<String> unavailableNumbers;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

    public PopulationSimulator(String clientId, String clientSecret, Duration tokenTtl, Clock clock, Faults initial,
                               List<String> citizenCsvLines, Set<String> unavailableNumbers) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokenTtl = tokenTtl;
        this.clock = clock;
        this.faults = new Faults.Switch(initial);
        this.unavailableNumbers = Set.copyOf(unavailableNumbers);
        for (String line : citizenCsvLines) {
            String[] f = line.split(",", -1);
            if (f.length >= 3 && f[0].strip().matches("\\d{12}")) {
                citizens.put(f[0].strip(), new Citizen(f[1].strip(), LocalDate.parse(f[2].strip())));
            }
        }
    }

    /** The CSV lines of a classpath resource ({@code #} comments and the header skipped). */
    public static List<String> csv(String resource) throws IOException {
        try (InputStream in = PopulationSimulator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("No resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("soDinhDanh")).toList();
        }
    }

    public record Citizen(String fullName, LocalDate birthDate) {
    }

    /** Adds or replaces a citizen (tests). */
    public void add(String idNumber, String fullName, LocalDate birthDate) {
        citizens.put(idNumber, new Citizen(fullName, birthDate));
    }

    public void setFaults(Faults f) {
        faults.set(f);
    }

    public void expireTokens() {
        tokens.clear();
    }

    public List<Map<String, Object>> received() {
        return List.copyOf(received);
    }

    void handle(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.equals("/received")) {
            SimulatorHttp.send(exchange, 200, received);
            return;
        }
        if (method.equals("POST") && path.equals("/_faults")) {
            faults.set(SimulatorHttp.JSON.treeToValue(SimulatorHttp.readJson(exchange), Faults.class));
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
            SimulatorHttp.send(exchange, 400, Map.of("maLoi", "400", "moTa", "Dữ liệu không phải JSON"));
            return;
        }
        switch (path) {
            case "/token" -> token(exchange, body);
            case "/citizens/verify" -> verify(exchange, body);
            default -> SimulatorHttp.send(exchange, 404, Map.of("maLoi", "404", "moTa", "no such endpoint " + path));
        }
    }

    private void token(HttpExchange exchange, JsonNode body) throws IOException {
        if (!clientId.equals(SimulatorHttp.text(body, "client_id"))
                || !clientSecret.equals(SimulatorHttp.text(body, "client_secret"))) {
            SimulatorHttp.send(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        tokens.put(token, clock.instant().plus(tokenTtl));
        SimulatorHttp.send(exchange, 200, Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", tokenTtl.toSeconds()));
    }

    private void verify(HttpExchange exchange, JsonNode body) throws IOException {
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String token = auth.startsWith("Bearer ") ? auth.substring(7) : "";
        Instant expires = tokens.get(token);
        if (faults.get().expiredSession() || expires == null || !clock.instant().isBefore(expires)) {
            tokens.remove(token);
            SimulatorHttp.send(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        String number = SimulatorHttp.text(body, "soDinhDanh");
        String name = SimulatorHttp.text(body, "hoVaTen");
        String day = SimulatorHttp.text(body, "ngaySinh");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("at", LocalDateTime.now(clock).toString());
        record.put("soDinhDanh", number);
        record.put("hoVaTen", name);
        record.put("ngaySinh", day);
        if (unavailableNumbers.contains(number)) {
            record.put("answer", "503");
            received.add(record);
            SimulatorHttp.sendText(exchange, 503, "Service Unavailable");
            return;
        }
        if (!number.matches("\\d{12}") || name.isBlank() || !(day.isEmpty() || validDay(day))) {
            record.put("answer", "400");
            received.add(record);
            SimulatorHttp.send(exchange, 400, Map.of("maLoi", "400", "moTa", "Dữ liệu không hợp lệ"));
            return;
        }
        Citizen c = citizens.get(number);
        boolean match = c != null && normalise(c.fullName()).equals(normalise(name))
                && (day.isEmpty() || c.birthDate().format(DAY).equals(day));
        String answer = match ? "KHOP" : "KHONG_KHOP";
        record.put("answer", answer);
        received.add(record);
        SimulatorHttp.send(exchange, 200, Map.of("maLoi", "0", "ketQua", answer));
    }

    private static boolean validDay(String day) {
        try {
            LocalDate.parse(day, DAY);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Case and spacing do not matter; diacritics do (NFC, so composed and decomposed input compare equal). */
    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(new Locale("vi"));
    }
}
