package vn.motcua.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.MotcuaApplication;
import vn.motcua.integration.internal.PartnerSimulators;
import vn.motcua.integration.internal.simulator.Faults;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The NPSP sync under the submission load (issue 15; BENCHMARKS.md "NPSP sync"): the app on PostgreSQL (postgres
 * profile) with its NPSP and population simulators on, online submissions over HTTP at rising open-loop rates while
 * the node's sender delivers the outbox; per step, the sync's delivery throughput and its lag (entry written in the
 * submission's transaction → accepted by the NPSP), then how fast a backlog left by an outage drains. Not a test:
 * {@code bench/npsp-sync.sh} runs it ({@code mvn verify} never does).
 *
 * <p>Options: {@code --rates=20,40,60,80,120 --step-seconds=30 --outage-seconds=30 --sent-history=200000 --out=FILE}.
 */
public final class NpspSyncBenchmark {

    private final Map<String, String> options;
    private final List<String> lines = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private ConfigurableApplicationContext app;
    private JdbcTemplate jdbc;
    private String base;
    private byte[] body;

    private NpspSyncBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args);
        new NpspSyncBenchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        PostgresTestDatabase db = PostgresTestDatabase.fresh(options.getOrDefault("db", "motcua_bench_npsp"));
        app = new SpringApplicationBuilder(MotcuaApplication.class).profiles("postgres").run(
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--server.port=0", "--server.tomcat.threads.max=8",
                "--motcua.models.deploy-generated-catalog=false",
                "--motcua.rate-limit.tracking.capacity=100000000", "--motcua.rate-limit.submission.capacity=100000000",
                "--motcua.notification.initial-delay=PT1H",
                // the partners' simulators on a free port, the adapters pointed at them; everything else as shipped
                "--motcua.simulators.enabled=true", "--motcua.simulators.port=0",
                "--motcua.data-dir=" + System.getProperty("java.io.tmpdir") + "/motcua-bench-npsp",
                "--logging.level.root=warn", "--logging.level.vn.motcua=warn");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        body = new ObjectMapper().writeValueAsBytes(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        String settings = "poll-interval " + app.getEnvironment().getProperty("motcua.integration.npsp.poll-interval")
                + ", sender-threads " + app.getEnvironment().getProperty("motcua.integration.npsp.sender-threads")
                + ", batch-size " + app.getEnvironment().getProperty("motcua.integration.npsp.batch-size");
        lines.add("sender: " + settings + "; uptime: " + LoadBenchmark.loadAverage());

        long history = Long.parseLong(options.getOrDefault("sent-history", "200000"));
        fillSentHistory(history);
        warmUp();

        lines.add("| submission rate offered /s | achieved /s | submission p99 ms | entries written | entries delivered "
                + "in the step /s | lag p50 ms | lag p95 ms | lag p99 ms | lag max ms | queue at the end of the step | load average |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        int seconds = Integer.parseInt(options.getOrDefault("step-seconds", "30"));
        for (String r : options.getOrDefault("rates", "20,40,60,80,120").split(",")) {
            step(Double.parseDouble(r), seconds);
        }
        outage(Integer.parseInt(options.getOrDefault("outage-seconds", "30")));
        lines.forEach(System.out::println);
        if (options.containsKey("out")) {
            Files.write(Path.of(options.get("out")), lines, StandardCharsets.UTF_8);
        }
        app.close();
    }

    /** Months of delivered entries in the same table, so the sender's scans are measured at a realistic size. */
    private void fillSentHistory(long rows) {
        long t0 = System.nanoTime();
        jdbc.update("""
                insert into npsp_outbox (entry_id, dossier_id, dossier_code, service, dossier_status, payload, state, attempts,
                    rejections, next_attempt_at, created_at, sent_at, sent_by)
                select gen_random_uuid(), gen_random_uuid(), 'HIST-' || g, 'DongBoHoSoMC', 10, '{}', 'SENT', 1, 0,
                    now() - interval '90 days', now() - interval '90 days', now() - interval '90 days', 'history'
                from generate_series(1, ?) g""", rows);
        jdbc.execute("analyze npsp_outbox");
        lines.add(String.format("outbox history: %,d delivered entries in %.0f s", rows, (System.nanoTime() - t0) / 1e9));
    }

    private void warmUp() {
        for (int i = 0; i < 200; i++) {
            submit().join();
        }
        drain(Duration.ofMinutes(2));
    }

    private void step(double rate, int seconds) {
        LocalDateTime from = now();
        OpenLoop.Step submissions = OpenLoop.run("submission", rate, seconds, 500, this::submit);
        LocalDateTime to = now();
        long queue = queue();
        drain(Duration.ofMinutes(3));
        Map<String, Object> lag = jdbc.queryForMap("""
                select count(*) as n,
                  percentile_cont(0.5) within group (order by extract(epoch from sent_at - created_at)) * 1000 as p50,
                  percentile_cont(0.95) within group (order by extract(epoch from sent_at - created_at)) * 1000 as p95,
                  percentile_cont(0.99) within group (order by extract(epoch from sent_at - created_at)) * 1000 as p99,
                  max(extract(epoch from sent_at - created_at)) * 1000 as max
                from npsp_outbox where created_at >= ? and created_at < ? and state = 'SENT'""",
                Timestamp.valueOf(from), Timestamp.valueOf(to));
        long deliveredInStep = jdbc.queryForObject("select count(*) from npsp_outbox where sent_at >= ? and sent_at < ?",
                Long.class, Timestamp.valueOf(from), Timestamp.valueOf(to));
        double stepSeconds = Duration.between(from, to).toMillis() / 1000.0;
        lines.add(String.format("| %.0f | %.1f | %.1f | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d | %s |", rate,
                submissions.achieved(), submissions.p99(), ((Number) lag.get("n")).longValue(), deliveredInStep / stepSeconds,
                num(lag.get("p50")), num(lag.get("p95")), num(lag.get("p99")), num(lag.get("max")), queue,
                submissions.load()));
        System.out.println(lines.get(lines.size() - 1));
    }

    /** The NPSP down while dossiers keep coming: how fast the backlog drains once it is back. */
    private void outage(int seconds) {
        var npsp = app.getBean(PartnerSimulators.class).server().npsp();
        npsp.setFaults(Faults.outage());
        OpenLoop.run("submission", 40, seconds, 500, this::submit);
        long backlog = queue();
        npsp.setFaults(Faults.NONE);
        long t0 = System.nanoTime();
        long firstDelivery = -1;
        while (queue() > 0 && System.nanoTime() - t0 < Duration.ofMinutes(10).toNanos()) {
            if (firstDelivery < 0 && queue() < backlog) {
                firstDelivery = System.nanoTime();
            }
            sleep(100);
        }
        long end = System.nanoTime();
        double drainSeconds = (end - (firstDelivery < 0 ? t0 : firstDelivery)) / 1e9;
        lines.add(String.format("outage: %,d entries waited after %d s at 40 submissions/s; the NPSP back, the sync resumed "
                        + "after %.1f s (the circuit breaker's wait) and delivered them in %.1f s = %.0f entries/s (%s)",
                backlog, seconds, firstDelivery < 0 ? 0 : (firstDelivery - t0) / 1e9, drainSeconds, backlog / drainSeconds,
                LoadBenchmark.loadAverage()));
    }

    private void drain(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (queue() > 0 && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    private long queue() {
        return jdbc.queryForObject("select count(*) from npsp_outbox where state in ('PENDING', 'SENDING')", Long.class);
    }

    /** The app's clock (the province's zone), which the outbox's times come from. */
    private LocalDateTime now() {
        return LocalDateTime.now(app.getBean(java.time.Clock.class));
    }

    private CompletableFuture<?> submit() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            if (r.statusCode() != 201) {
                throw new IllegalStateException("submission → " + r.statusCode() + ": " + r.body());
            }
            return r;
        });
    }

    private static double num(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
