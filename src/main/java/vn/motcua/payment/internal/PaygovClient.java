package vn.motcua.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The national payment platform's adapter: creating an order and querying its status, with Spring's
 * {@link RestClient} (connect and read timeouts), a Resilience4j retry for an unavailable platform inside a circuit
 * breaker. Every request carries its checksum; every answer's checksum is verified before it is believed.
 * The secret is used here only and appears in no message.
 */
class PaygovClient {

    /** The platform could not be reached or did not answer in time; nothing is known about the call's effect. */
    static class PlatformUnavailableException extends RuntimeException {
        PlatformUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The platform answered with a refusal, or an answer whose checksum does not verify. */
    static class PlatformRefusedException extends RuntimeException {
        PlatformRefusedException(String message) {
            super(message);
        }
    }

    /** An order's state at the platform: status PENDING or PAID, the amount it says, its transaction number. */
    record PlatformOrder(String orderId, String status, long amountVnd, String transactionRef) {
    }

    private final PaymentProperties properties;
    private final Supplier<String> baseUrl;
    private final Supplier<String> callbackUrl;
    private final Supplier<String> returnUrl;
    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker circuit;

    PaygovClient(PaymentProperties properties, Supplier<String> baseUrl, Supplier<String> callbackUrl) {
        this(properties, baseUrl, callbackUrl, properties::returnUrl);
    }

    /** @param returnUrl where the platform sends the applicant's browser back (the tracking page) */
    PaygovClient(PaymentProperties properties, Supplier<String> baseUrl, Supplier<String> callbackUrl,
                 Supplier<String> returnUrl) {
        this.properties = properties;
        this.baseUrl = baseUrl;
        this.callbackUrl = callbackUrl;
        this.returnUrl = returnUrl;
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.retry = Retry.of("paygov", RetryConfig.custom().maxAttempts(Math.max(1, properties.retryAttempts()))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryWait(), 2.0))
                .retryOnException(e -> e instanceof PlatformUnavailableException).build());
        this.circuit = CircuitBreaker.of("paygov", CircuitBreakerConfig.custom().slidingWindowSize(20)
                .minimumNumberOfCalls(10).failureRateThreshold(50).waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(e -> e instanceof PlatformUnavailableException)
                .ignoreException(e -> e instanceof PlatformRefusedException).build());
    }

    /** Creates the order; returns the platform's page where the applicant pays. */
    String createOrder(String orderId, long amountVnd, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantCode", properties.merchantCode());
        body.put("orderId", orderId);
        body.put("amount", amountVnd);
        body.put("description", description);
        String back = returnUrl.get();
        body.put("returnUrl", back);
        body.put("callbackUrl", callbackUrl.get());
        body.put("checksum", Checksum.order(properties.secret(), properties.merchantCode(), orderId, amountVnd, back));
        JsonNode answer = call("/orders", body);
        return answer.path("payUrl").asText();
    }

    /** The order's state at the platform, believed only when the answer's checksum verifies. */
    PlatformOrder query(String orderId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantCode", properties.merchantCode());
        body.put("orderId", orderId);
        body.put("checksum", Checksum.query(properties.secret(), properties.merchantCode(), orderId));
        JsonNode answer = call("/query", body);
        PlatformOrder order = new PlatformOrder(answer.path("orderId").asText(), answer.path("status").asText(),
                answer.path("amount").asLong(), answer.path("transactionRef").asText());
        String expected = Checksum.confirmation(properties.secret(), properties.merchantCode(), order.orderId(),
                order.amountVnd(), order.transactionRef(), order.status());
        if (!orderId.equals(order.orderId()) || !Checksum.matches(expected, answer.path("checksum").asText())) {
            throw new PlatformRefusedException("payment platform: the status of " + orderId + " does not verify");
        }
        return order;
    }

    private JsonNode call(String path, Map<String, Object> body) {
        String base = baseUrl.get();
        if (base == null || base.isBlank()) {
            throw new PlatformUnavailableException("payment platform: no URL configured (motcua.payment.url)", null);
        }
        Supplier<JsonNode> once = () -> {
            JsonNode answer;
            try {
                answer = http.post().uri(base + path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                        .body(JsonNode.class);
            } catch (RestClientException e) {
                throw new PlatformUnavailableException("payment platform " + path + ": " + e.getClass().getSimpleName(), e);
            }
            if (answer == null || !"00".equals(answer.path("code").asText())) {
                throw new PlatformRefusedException("payment platform " + path + " refused: "
                        + (answer == null ? "no answer" : answer.path("code").asText() + " " + answer.path("message").asText()));
            }
            return answer;
        };
        try {
            return CircuitBreaker.decorateSupplier(circuit, Retry.decorateSupplier(retry, once)).get();
        } catch (CallNotPermittedException e) {
            throw new PlatformUnavailableException("payment platform: circuit open after repeated failures", e);
        }
    }
}
