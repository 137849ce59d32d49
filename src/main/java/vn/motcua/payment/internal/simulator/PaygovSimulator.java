package vn.motcua.payment.internal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.motcua.payment.internal.Checksum;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The national payment platform as a province meets it (PayGov-style; shapes as in OpenCPS's adapter, unverified),
 * on a small JDK HTTP server of its own on 127.0.0.1:
 * <ul>
 * <li>{@code POST /paygov/orders} {merchantCode, orderId, amount, description, returnUrl, callbackUrl, checksum} →
 *     {code "00", payUrl}; a wrong checksum or merchant → {code "01"};</li>
 * <li>{@code GET /paygov/pay/{orderId}}: the applicant's payment page; its button posts to
 *     {@code /paygov/pay/{orderId}}, which confirms the payment to the merchant's callback (server to server) and
 *     sends the browser back to the return URL;</li>
 * <li>{@code POST /paygov/query} {merchantCode, orderId, checksum} → {code, orderId, amount, transactionRef, status,
 *     checksum}.</li>
 * </ul>
 * Faults ({@link PaymentFaults}) make it duplicate, forge or lose its callback, answer slowly or report another amount.
 */
public final class PaygovSimulator implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String merchantCode;
    private final String secret;
    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient callbacks = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final List<String> callbacksSent = new CopyOnWriteArrayList<>();
    private final AtomicInteger transactions = new AtomicInteger(100000);
    private volatile PaymentFaults faults;

    private PaygovSimulator(String merchantCode, String secret, PaymentFaults faults, HttpServer server,
                            ExecutorService threads) {
        this.merchantCode = merchantCode;
        this.secret = secret;
        this.faults = faults == null ? PaymentFaults.NONE : faults;
        this.server = server;
        this.threads = threads;
    }

    /** Starts on {@code port} of 127.0.0.1 (0: any free port), expecting this merchant and secret. */
    public static PaygovSimulator start(int port, String merchantCode, String secret, PaymentFaults faults)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "paygov-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        PaygovSimulator simulator = new PaygovSimulator(merchantCode, secret, faults, server, threads);
        server.createContext("/paygov", simulator::dispatch);
        server.start();
        return simulator;
    }

    /** An order as the platform holds it. {@code status} PENDING or PAID. */
    public record Order(String orderId, long amountVnd, String description, String returnUrl, String callbackUrl,
                        String status, String transactionRef) {
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/paygov";
    }

    public void faults(PaymentFaults faults) {
        this.faults = faults == null ? PaymentFaults.NONE : faults;
    }

    public Map<String, Order> orders() {
        return Map.copyOf(orders);
    }

    /** The bodies of every callback the platform sent (forged and duplicated ones included), in order. */
    public List<String> callbacksSent() {
        return List.copyOf(callbacksSent);
    }

    /**
     * The applicant pays the order (what the page's button does): the order is PAID and the merchant is told,
     * unless the callback is lost. Returns where the browser is sent back to.
     */
    public String pay(String orderId) {
        Order order = orders.computeIfPresent(orderId, (id, o) -> "PAID".equals(o.status()) ? o
                : new Order(o.orderId(), o.amountVnd(), o.description(), o.returnUrl(), o.callbackUrl(), "PAID",
                "PG" + transactions.incrementAndGet()));
        if (order == null) {
            throw new IllegalArgumentException("no such order " + orderId);
        }
        PaymentFaults now = faults;
        if (!now.lostCallback()) {
            sendCallback(order, now);
            if (now.duplicateCallback()) {
                sendCallback(order, now);
            }
        }
        return order.returnUrl() + (order.returnUrl().contains("?") ? "&" : "?") + "orderId="
                + URLEncoder.encode(orderId, StandardCharsets.UTF_8) + "&status=PAID";
    }

    /** The confirmation as the platform sends it, signed with its secret (or forged, with the fault). */
    public String confirmationBody(Order order, PaymentFaults now) {
        long amount = order.amountVnd() + now.amountDeltaVnd();
        String checksum = now.wrongChecksum()
                ? Checksum.confirmation("not-the-secret", merchantCode, order.orderId(), amount, order.transactionRef(), "PAID")
                : Checksum.confirmation(secret, merchantCode, order.orderId(), amount, order.transactionRef(), "PAID");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantCode", merchantCode);
        body.put("orderId", order.orderId());
        body.put("amount", amount);
        body.put("transactionRef", order.transactionRef());
        body.put("status", "PAID");
        body.put("checksum", checksum);
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendCallback(Order order, PaymentFaults now) {
        String body = confirmationBody(order, now);
        callbacksSent.add(body);
        try {
            callbacks.send(HttpRequest.newBuilder(URI.create(order.callbackUrl())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the merchant did not answer: the platform's confirmation is lost, reconciliation must find it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/paygov".length());
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.equals("/orders")) {
                slow();
                createOrder(exchange);
            } else if (method.equals("POST") && path.equals("/query")) {
                slow();
                query(exchange);
            } else if (path.startsWith("/pay/")) {
                String orderId = java.net.URLDecoder.decode(path.substring("/pay/".length()), StandardCharsets.UTF_8);
                if (method.equals("GET")) {
                    page(exchange, orderId);
                } else {
                    if (!orders.containsKey(orderId)) {
                        send(exchange, 404, "text/plain; charset=utf-8", "Không có đơn hàng / No such order");
                        return;
                    }
                    exchange.getResponseHeaders().set("Location", pay(orderId));
                    exchange.sendResponseHeaders(303, -1);
                }
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "not found");
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain; charset=utf-8", "simulator error: " + e);
        }
    }

    private void createOrder(HttpExchange exchange) throws IOException {
        JsonNode in = read(exchange);
        String orderId = in.path("orderId").asText();
        long amount = in.path("amount").asLong();
        String returnUrl = in.path("returnUrl").asText();
        String expected = Checksum.order(secret, merchantCode, orderId, amount, returnUrl);
        if (!merchantCode.equals(in.path("merchantCode").asText()) || !Checksum.matches(expected, in.path("checksum").asText())
                || amount <= 0) {
            json(exchange, Map.of("code", "01", "message", "Sai mã kiểm tra hoặc mã đơn vị / Bad checksum or merchant"));
            return;
        }
        orders.putIfAbsent(orderId, new Order(orderId, amount, in.path("description").asText(), returnUrl,
                in.path("callbackUrl").asText(), "PENDING", null));
        json(exchange, Map.of("code", "00", "orderId", orderId,
                "payUrl", url() + "/pay/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8)));
    }

    private void query(HttpExchange exchange) throws IOException {
        JsonNode in = read(exchange);
        String orderId = in.path("orderId").asText();
        if (!Checksum.matches(Checksum.query(secret, merchantCode, orderId), in.path("checksum").asText())) {
            json(exchange, Map.of("code", "01", "message", "Sai mã kiểm tra / Bad checksum"));
            return;
        }
        Order order = orders.get(orderId);
        if (order == null) {
            json(exchange, Map.of("code", "04", "message", "Không có đơn hàng / No such order"));
            return;
        }
        long amount = order.amountVnd() + faults.amountDeltaVnd();
        String ref = order.transactionRef() == null ? "" : order.transactionRef();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", "00");
        out.put("orderId", orderId);
        out.put("amount", amount);
        out.put("transactionRef", ref);
        out.put("status", order.status());
        out.put("checksum", Checksum.confirmation(secret, merchantCode, orderId, amount, ref, order.status()));
        json(exchange, out);
    }

    private void page(HttpExchange exchange, String orderId) throws IOException {
        Order order = orders.get(orderId);
        if (order == null) {
            send(exchange, 404, "text/html; charset=utf-8", "<h1>Không có đơn hàng / No such order</h1>");
            return;
        }
        String amount = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN"))
                .format(order.amountVnd());
        String html = """
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thanh toán (mô phỏng)</title></head>
                <body><h1>Cổng thanh toán quốc gia (mô phỏng) / National payment platform (simulator)</h1>
                <p>Đơn hàng / Order: <b id="order">%s</b></p><p>%s</p>
                <p>Số tiền / Amount: <b id="amount">%s đồng</b></p>
                <form method="post" action="%s"><button id="pay" type="submit">Thanh toán / Pay</button></form>
                </body></html>""".formatted(escape(orderId), escape(order.description()), amount,
                "/paygov/pay/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8));
        send(exchange, 200, "text/html; charset=utf-8", html);
    }

    private void slow() {
        Duration wait = faults.slow();
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static JsonNode read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(64 * 1024);
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        }
    }

    private static void json(HttpExchange exchange, Object body) throws IOException {
        send(exchange, 200, "application/json; charset=utf-8", JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
