package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import vn.motcua.dossier.PopulationRegistry;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The National Population Database (Cơ sở dữ liệu quốc gia về dân cư) through the province's LGSP / VNeID: an OAuth2
 * client-credentials token, then one check of the 12-digit personal ID number with the name and, when given, the
 * date of birth. Never throws: a database that cannot be asked (down, slow past the timeout, HTTP 5xx, an answer that
 * is not the contract's, circuit open) is {@link Result#UNAVAILABLE}, and the dossier is received "identity not yet
 * checked" and checked again later by the dossier module. An expired or refused token is renewed once within the
 * call. Neither the client secret nor the token is ever logged.
 */
class LgspPopulationRegistry implements PopulationRegistry {

    private static final Logger log = LoggerFactory.getLogger(LgspPopulationRegistry.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final IntegrationProperties.Population settings;
    private final PartnerAddresses addresses;
    private final PartnerCalls calls;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Token token;

    LgspPopulationRegistry(IntegrationProperties properties, PartnerAddresses addresses, PartnerCalls calls,
                           ObjectMapper json, Clock clock) {
        this.settings = properties.population();
        this.addresses = addresses;
        this.calls = calls;
        this.json = json;
        this.clock = clock;
    }

    private record Token(String value, Instant expiresAt) {
        @Override
        public String toString() {
            return "Token[******, expires " + expiresAt + "]";
        }
    }

    @Override
    public Result verify(String idNumber, String fullName, LocalDate birthDate) {
        String base = addresses.population();
        if (base.isEmpty()) {
            return Result.UNAVAILABLE; // not configured: never "verified" by default
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("soDinhDanh", idNumber);
        body.put("hoVaTen", fullName);
        body.put("ngaySinh", birthDate == null ? "" : DAY.format(birthDate));
        try {
            return calls.call(() -> ask(base, body));
        } catch (PartnerUnavailableException | PartnerRefusedException e) {
            log.warn("Population database not asked: {}", e.getMessage());
            return Result.UNAVAILABLE;
        }
    }

    private Result ask(String base, Map<String, Object> body) {
        JsonNode answer = post(base, body, false);
        if (answer == null) { // the token was refused: a new one, once
            token = null;
            answer = post(base, body, true);
            if (answer == null) {
                throw new PartnerRefusedException("population database: a fresh token was refused");
            }
        }
        if (!"0".equals(answer.path("maLoi").asText())) {
            throw new PartnerUnavailableException("population database answered maLoi " + answer.path("maLoi").asText());
        }
        return switch (answer.path("ketQua").asText()) {
            case "KHOP" -> Result.FOUND;
            case "KHONG_KHOP" -> Result.NOT_FOUND;
            default -> throw new PartnerUnavailableException("population database: unexpected ketQua");
        };
    }

    /** The answer, or null when the token was refused (HTTP 401). */
    private JsonNode post(String base, Map<String, Object> body, boolean fresh) {
        String bearer = token(base, fresh);
        try {
            return calls.http().post().uri(base + settings.verifyEndpoint())
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + bearer)
                    .body(body)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.value() == 401) {
                            return null;
                        }
                        if (status.is5xxServerError()) {
                            throw new PartnerUnavailableException("population database: HTTP " + status.value());
                        }
                        if (!status.is2xxSuccessful()) {
                            throw new PartnerRefusedException("population database: HTTP " + status.value());
                        }
                        return parse(response.getBody().readAllBytes());
                    });
        } catch (ResourceAccessException e) {
            throw new PartnerUnavailableException("population database unreachable: " + rootMessage(e), e);
        }
    }

    private synchronized String token(String base, boolean fresh) {
        Token current = token;
        if (!fresh && current != null && clock.instant().isBefore(current.expiresAt())) {
            return current.value();
        }
        JsonNode answer;
        try {
            answer = calls.http().post().uri(base + settings.tokenEndpoint())
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .body(Map.of("client_id", settings.clientId(), "client_secret", settings.clientSecret()))
                    .exchange((request, response) -> {
                        if (response.getStatusCode().is5xxServerError()) {
                            throw new PartnerUnavailableException("population database token: HTTP "
                                    + response.getStatusCode().value());
                        }
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new PartnerRefusedException("population database refused the client credentials: HTTP "
                                    + response.getStatusCode().value());
                        }
                        return parse(response.getBody().readAllBytes());
                    });
        } catch (ResourceAccessException e) {
            throw new PartnerUnavailableException("population database unreachable: " + rootMessage(e), e);
        }
        String value = answer.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new PartnerUnavailableException("population database: no access_token in the token answer");
        }
        long seconds = Math.max(30, answer.path("expires_in").asLong(300));
        // renewed a little before the partner would refuse it
        token = new Token(value, clock.instant().plusSeconds(seconds - 15));
        return value;
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new PartnerUnavailableException("population database: the answer is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new PartnerUnavailableException("population database: the answer is not JSON");
        }
    }

    static String rootMessage(RestClientException e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
