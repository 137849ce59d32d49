package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The citizen's data store's adapter (contract in {@code simulator.CitizenStoreSimulator}, unverified against the real
 * store): a session from {@code <url><auth-endpoint>}, then {@code LuuGiayToKetQua} at {@code <url><documents-endpoint>}
 * with the signed PDF, its SHA-256 and the citizen's ID number. An expired session ({@code error_code} 2, or any
 * refusal with a session in hand) is renewed and the call made once more. The session lives only here: never stored,
 * logged or returned.
 */
class CitizenStoreClient {

    static final String SERVICE = "LuuGiayToKetQua";

    private final IntegrationProperties.CitizenStore settings;
    private final PartnerAddresses addresses;
    private final PartnerCalls calls;
    private final ObjectMapper json;
    private final AtomicReference<String> session = new AtomicReference<>();

    CitizenStoreClient(IntegrationProperties properties, PartnerAddresses addresses, PartnerCalls calls, ObjectMapper json) {
        this.settings = properties.citizenStore();
        this.addresses = addresses;
        this.calls = calls;
        this.json = json;
    }

    PartnerCalls calls() {
        return calls;
    }

    /** One signed result for the citizen's store. */
    record Document(String citizenId, String dossierCode, String documentId, String title, String fileName,
                    String sha256, byte[] pdf) {
    }

    /**
     * Stores the document; the store's reference (MaLuuTru) back.
     *
     * @throws PartnerRefusedException    the store refused it (with a fresh session too)
     * @throws PartnerUnavailableException the store could not be asked
     */
    String store(Document doc) {
        String base = addresses.citizenStore();
        if (base.isEmpty()) {
            throw new PartnerUnavailableException("Citizen's data store not configured (motcua.integration.citizen-store.url)");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("SoDinhDanh", doc.citizenId());
        data.put("MaHoSo", doc.dossierCode());
        data.put("GiayToId", doc.documentId());
        data.put("TenGiayTo", doc.title());
        data.put("TenTep", doc.fileName());
        data.put("MaBam", doc.sha256());
        data.put("NoiDung", Base64.getEncoder().encodeToString(doc.pdf()));
        return calls.call(() -> {
            String current = session.get();
            boolean fresh = current == null;
            if (fresh) {
                current = login(base);
            }
            JsonNode answer = post(base + settings.documentsEndpoint(), body(current, data));
            if (!succeeded(answer) && !fresh) {
                session.compareAndSet(current, null);
                answer = post(base + settings.documentsEndpoint(), body(login(base), data));
            }
            if (succeeded(answer)) {
                String reference = answer.path("result").path("MaLuuTru").asText("");
                if (reference.isEmpty()) {
                    throw new PartnerUnavailableException("Citizen's data store: no MaLuuTru in its answer");
                }
                return reference;
            }
            if (answer.path("error_code").asInt(-1) == 2) {
                throw new PartnerUnavailableException("Citizen's data store: the fresh session expired at once");
            }
            throw new PartnerRefusedException("Citizen's data store refused " + SERVICE + ": error_code "
                    + answer.path("error_code").asText() + ", " + answer.path("message").asText(""));
        });
    }

    void dropSession() {
        session.set(null);
    }

    private Map<String, Object> body(String current, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session", current);
        body.put("madonvi", settings.madonvi());
        body.put("service", SERVICE);
        body.put("data", data);
        return body;
    }

    private synchronized String login(String base) {
        JsonNode answer = post(base + settings.authEndpoint(),
                Map.of("username", settings.username(), "password", settings.password()));
        String value = answer.path("session").asText("");
        if (!succeeded(answer) || value.isEmpty()) {
            throw new PartnerUnavailableException("Citizen's data store refused the login: error_code "
                    + answer.path("error_code").asText() + ", " + answer.path("message").asText(""));
        }
        session.set(value);
        return value;
    }

    private JsonNode post(String url, Map<String, Object> body) {
        try {
            return calls.http().post().uri(url)
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new PartnerUnavailableException("Citizen's data store: HTTP " + response.getStatusCode().value());
                        }
                        return parse(response.getBody().readAllBytes());
                    });
        } catch (ResourceAccessException e) {
            throw new PartnerUnavailableException("Citizen's data store unreachable: "
                    + LgspPopulationRegistry.rootMessage(e), e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject() || !node.has("error_code")) {
                throw new PartnerUnavailableException("Citizen's data store: the answer is not the contract's JSON");
            }
            return node;
        } catch (IOException e) {
            throw new PartnerUnavailableException("Citizen's data store: the answer is not JSON");
        }
    }

    private static boolean succeeded(JsonNode answer) {
        return NpspClient.succeeded(answer);
    }
}
