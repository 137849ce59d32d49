package vn.motcua.bench;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Open-loop load at a fixed rate: requests are sent on a schedule whatever the answers do, and each latency is
 * counted from the moment the request was due, so a slow server is not hidden by a slow client (no coordinated
 * omission). A request that cannot start because {@code maxInFlight} are already waiting counts as an error.
 */
final class OpenLoop {

    /** One step of a scenario: the rate offered and what came back. */
    record Step(String scenario, double offered, double achieved, long ok, long errors, double p50, double p95,
                double p99, double max, String load) {

        boolean sustained(double p99LimitMs) {
            return errors <= Math.max(1, (ok + errors) / 100) && p99 <= p99LimitMs && achieved >= 0.95 * offered;
        }

        String row() {
            return String.format("| %s | %.0f | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |", scenario, offered,
                    achieved, ok, errors, p50, p95, p99, max, load);
        }
    }

    static final String HEADER = "| scenario | rate offered /s | achieved /s | ok | errors | p50 ms | p95 ms | p99 ms | max ms | load average |\n"
            + "|---|---|---|---|---|---|---|---|---|---|";

    private OpenLoop() {
    }

    /**
     * Offers {@code rate} calls per second for {@code seconds}; each call returns a future that completes normally for
     * a success and exceptionally for an error. Waits up to 30 s for the stragglers.
     */
    static Step run(String scenario, double rate, int seconds, int maxInFlight, Supplier<CompletableFuture<?>> call) {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        List<String> samples = new ArrayList<>();
        long intervalNanos = (long) (1_000_000_000L / rate);
        long total = (long) (rate * seconds);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
            if (inFlight.get() >= maxInFlight) {
                errors.incrementAndGet();
                continue;
            }
            inFlight.incrementAndGet();
            CompletableFuture<?> f;
            try {
                f = call.get();
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((r, e) -> {
                long now = System.nanoTime();
                recorder.recordValue(Math.max(1, (now - due) / 1000));
                lastDone.accumulateAndGet(now, Math::max);
                if (e == null) {
                    ok.incrementAndGet();
                } else {
                    if (errors.incrementAndGet() <= 3) {
                        samples.add(String.valueOf(e.getCause() != null ? e.getCause() : e));
                    }
                }
                inFlight.decrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleepNanos(5_000_000);
        }
        errors.addAndGet(inFlight.get());
        long end = Math.max(lastDone.get(), start + (long) seconds * 1_000_000_000L);
        Histogram h = recorder.getIntervalHistogram();
        double elapsed = (end - start) / 1e9;
        samples.forEach(s -> System.out.println("  error sample (" + scenario + "): " + s));
        return new Step(scenario, rate, ok.get() / elapsed, ok.get(), errors.get(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, LoadBenchmark.loadAverage());
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
