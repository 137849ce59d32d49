package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The NPSP's adapter as provinces call it (DOMAIN.md "The NPSP: the integration contract"): a session from
 * {@code POST <url><auth-endpoint>} (header {@code dstcode}, body {@code {username, password}}), then each service
 * through {@code POST <url><integration-endpoint>} with {@code {session, madonvi, service, ...}}. Success is an
 * {@code error_code} of 0, given as the number {@code 0} or the string {@code "00"} by older deployments.
 *
 * <p>The session is kept for all calls of this node and renewed when a call is refused (an expired session is
 * refused like any other; DOMAIN.md: "sessions expire: renew on failure"): the call is then made once more with a
 * fresh session, so an expiry never costs an entry. The session lives only here, in memory: never stored, logged or
 * returned.
 */
class NpspClient {

    private final IntegrationProperties.Npsp settings;
    private final PartnerAddresses addresses;
    private final PartnerCalls calls;
    private final ObjectMapper json;
    private final AtomicReference<String> session = new AtomicReference<>();

    NpspClient(IntegrationProperties properties, PartnerAddresses addresses, PartnerCalls calls, ObjectMapper json) {
        this.settings = properties.npsp();
        this.addresses = addresses;
        this.calls = calls;
        this.json = json;
    }

    boolean configured() {
        return !addresses.npsp().isEmpty();
    }

    PartnerCalls calls() {
        return calls;
    }

    /**
     * Calls one service with these fields (besides session, madonvi and service) and returns the answer.
     *
     * @throws PartnerRefusedException    the NPSP refused it, with a fresh session too
     * @throws PartnerUnavailableException the NPSP could not be asked
     */
    JsonNode call(String service, Map<String, Object> fields) {
        String base = addresses.npsp();
        if (base.isEmpty()) {
            throw new PartnerUnavailableException("NPSP not configured (motcua.integration.npsp.url)");
        }
        return calls.call(() -> {
            String current = session.get();
            boolean fresh = current == null;
            if (fresh) {
                current = login(base);
            }
            JsonNode answer = post(base + settings.integrationEndpoint(), body(current, service, fields));
            if (succeeded(answer)) {
                return answer;
            }
            if (!fresh) {
                // the session may have expired: once more with a new one
                session.compareAndSet(current, null);
                answer = post(base + settings.integrationEndpoint(), body(login(base), service, fields));
                if (succeeded(answer)) {
                    return answer;
                }
            }
            throw new PartnerRefusedException("NPSP refused " + service + ": error_code "
                    + answer.path("error_code").asText() + ", " + answer.path("message").asText(""));
        });
    }

    /** Forgets the session (as if it had expired): the next call logs in. */
    void dropSession() {
        session.set(null);
    }

    private Map<String, Object> body(String current, String service, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session", current);
        body.put("madonvi", settings.madonvi());
        body.put("service", service);
        body.putAll(fields);
        return body;
    }

    private synchronized String login(String base) {
        JsonNode answer = post(base + settings.authEndpoint(),
                Map.of("username", settings.username(), "password", settings.password()));
        String value = answer.path("session").asText("");
        if (!succeeded(answer) || value.isEmpty()) {
            // the province's credentials, not the entry: every entry waits (and the breaker opens) until they are fixed
            throw new PartnerUnavailableException("NPSP refused the login: error_code " + answer.path("error_code").asText()
                    + ", " + answer.path("message").asText(""));
        }
        session.set(value);
        return value;
    }

    private JsonNode post(String url, Map<String, Object> body) {
        try {
            return calls.http().post().uri(url)
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .header("dstcode", settings.dstcode())
                    .body(body)
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new PartnerUnavailableException("NPSP: HTTP " + response.getStatusCode().value());
                        }
                        return parse(response.getBody().readAllBytes());
                    });
        } catch (ResourceAccessException e) {
            throw new PartnerUnavailableException("NPSP unreachable: " + LgspPopulationRegistry.rootMessage(e), e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject() || !node.has("error_code")) {
                throw new PartnerUnavailableException("NPSP: the answer is not the contract's JSON");
            }
            return node;
        } catch (IOException e) {
            throw new PartnerUnavailableException("NPSP: the answer is not JSON");
        }
    }

    /** {@code error_code} 0, as the number {@code 0} or as text ({@code "0"}, {@code "00"}). */
    static boolean succeeded(JsonNode answer) {
        JsonNode code = answer.get("error_code");
        if (code == null || code.isNull()) {
            return false;
        }
        if (code.isNumber()) {
            return code.asLong() == 0;
        }
        return code.asText().strip().matches("0+");
    }
}
