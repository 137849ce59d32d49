package vn.motcua.integration.internal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers shared by the simulators' request handlers (JSON in and out, the faults). */
final class SimulatorHttp {

    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** Bodies above this are refused: a simulator has no reason to read more. */
    private static final int MAX_BODY = 2 * 1024 * 1024;

    private SimulatorHttp() {
    }

    static JsonNode readJson(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new IOException("body too large");
            }
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        }
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Applies the faults that replace an answer. Returns true when the exchange has been dealt with (cut, 500 or
     * malformed) and the handler must not answer.
     */
    static boolean faulted(HttpExchange exchange, Faults faults) throws IOException {
        if (!faults.slow().isZero()) {
            try {
                Thread.sleep(faults.slow().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (faults.down()) {
            // no answer at all: the client sees its connection closed, as with a partner that is down
            exchange.close();
            return true;
        }
        if (faults.http500()) {
            sendText(exchange, 500, "<html><body><h1>500 Internal Server Error</h1></body></html>");
            return true;
        }
        if (faults.malformed()) {
            sendText(exchange, 200, "<html><body>Hệ thống đang bảo trì</body></html>");
            return true;
        }
        return false;
    }

    /** Whether a JSON field is there with text (a number counts as text). */
    static boolean hasText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull() && !v.isContainerNode() && !v.asText().isBlank();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
