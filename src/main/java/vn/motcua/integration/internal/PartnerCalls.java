package vn.motcua.integration.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * How every call to one partner is made: Spring's {@link RestClient} with connect and read timeouts, wrapped in a
 * Resilience4j {@link Retry} (exponential backoff, only for {@link PartnerUnavailableException}) inside a
 * {@link CircuitBreaker} (opens when most recent calls found the partner unavailable; while open, calls fail at once
 * without touching the network). A refusal ({@link PartnerRefusedException}) is neither retried nor counted against
 * the partner. Failures are counted per partner in Micrometer ({@code motcua.integration.failures}).
 */
final class PartnerCalls {

    private final String partner;
    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker circuit;
    private final Counter unavailable;
    private final Counter refused;

    PartnerCalls(String partner, PartnerSettings settings, Clock clock, MeterRegistry meters) {
        this.partner = partner;
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryWait(), 2.0))
                .retryOnException(e -> e instanceof PartnerUnavailableException)
                .build());
        this.retry = retries.retry(partner);
        CircuitBreakerRegistry circuits = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.circuitWindow())
                .minimumNumberOfCalls(Math.min(settings.circuitWindow(), settings.circuitMinimumCalls()))
                .failureRateThreshold(settings.circuitFailureRate())
                .waitDurationInOpenState(settings.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof PartnerUnavailableException)
                .ignoreException(e -> e instanceof PartnerRefusedException)
                // the app's clock, so a test can let an outage last an hour without waiting one
                .clock(clock)
                .build());
        this.circuit = circuits.circuitBreaker(partner);
        if (meters != null) {
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuits).bindTo(meters);
            this.unavailable = Counter.builder("motcua.integration.failures").tag("partner", partner)
                    .tag("kind", "unavailable").description("Calls to the partner that found it unavailable")
                    .register(meters);
            this.refused = Counter.builder("motcua.integration.failures").tag("partner", partner)
                    .tag("kind", "refused").description("Calls the partner answered with a refusal").register(meters);
        } else {
            this.unavailable = null;
            this.refused = null;
        }
    }

    RestClient http() {
        return http;
    }

    String partner() {
        return partner;
    }

    /** Runs one logical call (which may be several HTTP requests, e.g. a session renewal) with retry and breaker. */
    <T> T call(Supplier<T> work) {
        try {
            return CircuitBreaker.decorateSupplier(circuit, Retry.decorateSupplier(retry, work)).get();
        } catch (CallNotPermittedException open) {
            count(unavailable);
            throw new CircuitOpenException(partner + ": circuit open after repeated failures, not called");
        } catch (PartnerUnavailableException e) {
            count(unavailable);
            throw e;
        } catch (PartnerRefusedException e) {
            count(refused);
            throw e;
        }
    }

    /** Whether a call would be let through now (closed, or half open); an open breaker spares the claim of entries. */
    boolean permitsCalls() {
        return circuit.getState() != CircuitBreaker.State.OPEN || circuitWaitElapsed();
    }

    CircuitBreaker.State circuitState() {
        return circuit.getState();
    }

    private boolean circuitWaitElapsed() {
        // tryAcquirePermission moves an open breaker to half-open once its wait is over; release it at once
        if (circuit.tryAcquirePermission()) {
            circuit.releasePermission();
            return true;
        }
        return false;
    }

    private static void count(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    /** The circuit is open: nothing was sent. The entry keeps its attempts. */
    static final class CircuitOpenException extends PartnerUnavailableException {
        CircuitOpenException(String message) {
            super(message);
        }
    }
}
