package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The fault benchmark of issue 19 items 4 and 6 (BENCHMARKS.md "Faults under load" and "Database failover"): not a
 * test, a command ({@code bench/faults.sh}, which makes the database clusters and passes their URLs and the commands
 * that cause and end each fault). Starts the app in this JVM (and, for {@code --second-node}, a second node in a
 * process of its own), submits dossiers at a steady rate, each with an {@code Idempotency-Key} and retried with it
 * (every second, up to {@code --give-up} seconds; on the other node when there are two) after a 503, a 409, any other
 * error or no answer, as a real client does; causes the fault during the submissions, ends it, submits on, and then
 * prints what the clients got and what the database holds, with verdict lines.
 *
 * <pre>
 * --scenario=NAME      the fault's name in the output (failover, outage, lock, readonly, diskfull, kill)
 * --url=JDBC           the app's datasource URL (for failover both servers, targetServerType=primary)
 * --check-url=JDBC     where the results are counted after the run (for failover the promoted replica)
 * --setup=COMMAND      run (bash -c) after the app started, before the submissions (diskfull: the small tablespace)
 * --fault-on=COMMAND   causes the fault (bash -c), e.g. stops the primary
 * --fault-off=COMMAND  ends it (bash -c), e.g. promotes the replica or starts the primary again
 * --second-node        a second node in a process of its own; the fault is killing it (SIGKILL)
 * --rate=N             new submissions per second (default 5)
 * --before=S           seconds of submissions before the fault (default 20)
 * --gap=S              seconds between causing the fault and ending it (default 5: a failover manager's detection)
 * --after=S            seconds of new submissions after the fault ended (default 30)
 * --slowest=S          the lock scenario's bound: no answer may take this long (default: the gap, the lock's length)
 * --give-up=S          a client gives a submission up after this long (default 180)
 * --log=FILE           the app's log (its console is silenced so the figures stay readable)
 * </pre>
 */
public final class FaultBenchmark {

    private static final String PROBLEM_TITLE = "Tạm thời gián đoạn / Service temporarily unavailable";

    private final Map<String, String> options;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<Submission> submissions = new ArrayList<>();
    private final long t0 = System.nanoTime();
    private ConfigurableApplicationContext app;
    private String base;
    /** The second node ({@code --second-node}): a process of its own, killed as the fault. */
    private Process secondNode;
    private String secondBase;
    private String scenario;
    private volatile double faultAt = Double.NaN;
    private volatile double endedAt = Double.NaN;
    /** Per second since the first submission: the pool's busy and open connections, and threads waiting for one. */
    private final Map<Integer, int[]> poolSamples = new java.util.concurrent.ConcurrentHashMap<>();

    /** One HTTP request: when it was sent and answered (seconds since the start), and what came back. */
    record Attempt(int submission, int number, double sent, double answered, int status, boolean problem503,
                   String note, boolean secondNode) {
    }

    /** One dossier a client wants made: its key, and the code of the 201 it finally got (null: gave up). */
    static final class Submission {
        final int number;
        final String key = UUID.randomUUID().toString();
        volatile String code;
        volatile int tries;
        volatile boolean replayed;

        Submission(int number) {
            this.number = number;
        }

        String email() {
            return "failover+" + number + "@example.vn";
        }
    }

    private FaultBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args);
        int status = 0;
        FaultBenchmark bench = new FaultBenchmark(options);
        try {
            status = bench.run() ? 0 : 2;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            if (bench.app != null) {
                bench.app.close();
            }
            if (bench.secondNode != null) {
                bench.secondNode.destroyForcibly();
            }
        }
        System.exit(status);
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private boolean run() throws Exception {
        String url = required("url");
        scenario = options.getOrDefault("scenario", "failover");
        double rate = Double.parseDouble(options.getOrDefault("rate", "5"));
        int before = Integer.parseInt(options.getOrDefault("before", "20"));
        int gap = Integer.parseInt(options.getOrDefault("gap", "5"));
        int after = Integer.parseInt(options.getOrDefault("after", "30"));
        int giveUp = Integer.parseInt(options.getOrDefault("give-up", "180"));
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average " + LoadBenchmark.loadAverage());
        System.out.println("scenario: " + scenario + "; app datasource: " + url);

        double started = now();
        String log = options.getOrDefault("log", "target-bench/faults-app.log");
        String[] appArguments = {
                // short waits, so that the fault is answered quickly: a connection within 3 s or 503, a server
                // that does not answer the connect within 2 s is skipped for the next one in the URL
                "--spring.datasource.hikari.connection-timeout=3000",
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.datasource.hikari.data-source-properties.connectTimeout=2",
                "--logging.threshold.console=off"};
        PostgresTestDatabase database = new PostgresTestDatabase(url, "postgres", "");
        List<String> first = new ArrayList<>(List.of(appArguments));
        first.add("--logging.file.name=" + log);
        app = LoadBenchmark.start(database, 8, first.toArray(String[]::new));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        System.out.printf("app started in %.0f s on %s (log %s)%n", now() - started, base, log);
        if (options.containsKey("second-node")) {
            startSecondNode(database, appArguments, log.replaceFirst("(\\.log)?$", "-second.log"));
        }
        if (options.containsKey("setup")) {
            run(options.get("setup"));
        }
        // the JIT's first calls, not counted: a few submissions without a key (on each node)
        for (int i = 0; i < 20; i++) {
            for (String node : secondBase == null ? List.of(base) : List.of(base, secondBase)) {
                HttpResponse<String> warm = send(node, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), null);
                if (warm.statusCode() != 201) {
                    throw new IllegalStateException("warm-up submission answered " + warm.statusCode() + ": "
                            + warm.body());
                }
            }
        }
        int threadsBefore = serverThreads();

        ExecutorService clients = Executors.newCachedThreadPool();
        List<Future<?>> running = new ArrayList<>();
        double begin = now();
        HikariDataSource pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> poolSamples.put((int) Math.floor(now() - begin), new int[] {
                pool.getHikariPoolMXBean().getActiveConnections(), pool.getHikariPoolMXBean().getTotalConnections(),
                pool.getHikariPoolMXBean().getThreadsAwaitingConnection()}), 500, 1000, TimeUnit.MILLISECONDS);
        double end = Double.NaN;
        boolean caused = false;
        boolean ended = false;
        long intervalNanos = (long) (1e9 / rate);
        long next = System.nanoTime();
        System.out.printf("%n%6.1f s  submitting %.0f dossiers/s%s%n", 0.0, rate,
                secondBase == null ? "" : " to two nodes (each retry on the other node)");
        while (true) {
            double t = now() - begin;
            if (!caused && t >= before) {
                caused = true;
                faultAt = now();
                String what = causeFault();
                System.out.printf("%6.1f s  fault caused (%.1f s): %s%n", faultAt - begin, now() - faultAt, what);
            }
            if (caused && !ended && now() - faultAt >= gap) {
                ended = true;
                double asked = now();
                String what = options.containsKey("fault-off") ? options.get("fault-off") : "(nothing to do)";
                if (options.containsKey("fault-off")) {
                    run(options.get("fault-off"));
                }
                endedAt = now();   // e.g. pg_ctl promote waits until the replica accepts writes
                System.out.printf("%6.1f s  fault ended (asked at %.1f s, took %.1f s): %s%n", endedAt - begin,
                        asked - begin, endedAt - asked, what);
            }
            if (ended && now() - endedAt >= after) {
                end = now();
                break;
            }
            Submission s = new Submission(submissions.size() + 1);
            submissions.add(s);
            running.add(clients.submit(() -> client(s, giveUp)));
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        System.out.printf("%6.1f s  no new submissions; waiting for the clients' retries%n", end - begin);
        for (Future<?> f : running) {
            f.get(giveUp + 60L, TimeUnit.SECONDS);
        }
        clients.shutdown();
        sampler.shutdownNow();
        System.out.printf("%6.1f s  every client done%n", now() - begin);
        return report(begin, end, threadsBefore);
    }

    /** Causes the fault: the script's command, or (two nodes) the second node killed as a crash would. */
    private String causeFault() throws Exception {
        if (secondNode != null) {
            secondNode.destroyForcibly();   // SIGKILL: no shutdown hook, requests cut in the middle
            secondNode.waitFor(30, TimeUnit.SECONDS);
            return "second node (pid " + secondNode.pid() + ") killed with SIGKILL";
        }
        String command = required("fault-on");
        run(command);
        return command;
    }

    /** Starts the second node: the same arguments, its own JVM, its own log, a port of its own; waits for health. */
    private void startSecondNode(PostgresTestDatabase database, String[] appArguments, String log) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), "vn.motcua.MotcuaApplication",
                "--spring.profiles.active=postgres"));
        command.addAll(LoadBenchmark.arguments(database, 8, appArguments));
        command.removeIf(a -> a.startsWith("--server.port=") || a.startsWith("--motcua.data-dir="));
        command.addAll(List.of("--server.port=" + port, "--motcua.node-name=second-node",
                "--motcua.data-dir=" + System.getProperty("java.io.tmpdir") + "/motcua-bench-data-second",
                "--logging.file.name=" + log));
        double started = now();
        secondNode = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new java.io.File(log + ".out"))).start();
        secondBase = "http://127.0.0.1:" + port;
        while (true) {
            if (!secondNode.isAlive()) {
                throw new IllegalStateException("the second node exited with " + secondNode.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(secondBase + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (now() - started > 300) {
                throw new IllegalStateException("the second node did not start within 300 s; see " + log);
            }
            Thread.sleep(1000);
        }
        System.out.printf("second node started in %.0f s on %s, pid %d (log %s)%n", now() - started, secondBase,
                secondNode.pid(), log);
    }

    /** The server's own threads (the clients' pools and the HTTP client's threads left out). */
    private static int serverThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> !n.startsWith("pool-") && !n.startsWith("HttpClient-")
                        && !n.startsWith("ForkJoinPool")).count();
    }

    /** A client: sends the submission until it gets its 201, every second, with the same key. */
    private void client(Submission s, int giveUpSeconds) {
        Map<String, Object> body = new LinkedHashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        body.put("applicant", Map.of("idNumber", Officers.APPLICANT_ID, "fullName", "Nguyễn Thị Hạnh",
                "email", s.email()));
        double first = now();
        while (now() - first < giveUpSeconds) {
            s.tries++;
            // two nodes: a load balancer's round robin, each retry on the other node
            boolean onSecond = secondBase != null && (s.number + s.tries) % 2 == 0;
            double sent = now();
            int status = 0;
            boolean problem = false;
            String note = null;
            try {
                HttpResponse<String> r = send(onSecond ? secondBase : base, body, s.key);
                status = r.statusCode();
                if (status == 201) {
                    s.code = json.readTree(r.body()).path("code").asText();
                    s.replayed = r.headers().firstValue("Idempotent-Replayed").isPresent();
                } else if (status == 503) {
                    problem = isProblem503(r);
                    if (!problem) {
                        note = head(r);
                    }
                } else {
                    note = head(r);
                }
            } catch (IOException e) {
                note = "no answer: " + e;
            } catch (Exception e) {
                note = "client: " + e;
            }
            attempts.add(new Attempt(s.number, s.tries, sent, now(), status, problem, note, onSecond));
            if (status == 201) {
                return;
            }
            try {
                Thread.sleep(1000);   // sooner than Retry-After (5 s): the switch is measured to the second
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean isProblem503(HttpResponse<String> r) {
        try {
            JsonNode problem = json.readTree(r.body());
            return r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    && r.headers().firstValue("Retry-After").isPresent()
                    && problem.path("status").asInt() == 503 && PROBLEM_TITLE.equals(problem.path("title").asText());
        } catch (Exception e) {
            return false;
        }
    }

    private static String head(HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body().replaceAll("\\s+", " ");
        return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("-") + " "
                + body.substring(0, Math.min(240, body.length()));
    }

    private HttpResponse<String> send(String node, Map<String, Object> body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + "/api/v1/dossiers"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void run(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " exited with " + p.exitValue());
        }
    }

    // ---- the figures

    private boolean report(double begin, double end, int threadsBefore) throws Exception {
        List<Attempt> all = attempts.stream().sorted((a, b) -> Double.compare(a.answered(), b.answered())).toList();
        // two nodes: the requests the kill cut, and those sent to the dead node before the balancer would know it
        List<Attempt> toDeadNode = all.stream().filter(a -> a.secondNode() && a.status() == 0
                && a.answered() >= faultAt).toList();
        long created = all.stream().filter(a -> a.status() == 201).count();
        long unavailable = all.stream().filter(a -> a.status() == 503).count();
        long unavailableProblem = all.stream().filter(Attempt::problem503).count();
        long inProgress = all.stream().filter(a -> a.status() == 409).count();
        long noAnswer = all.stream().filter(a -> a.status() == 0).count() - toDeadNode.size();
        List<Attempt> other = all.stream().filter(a -> a.status() != 201 && a.status() != 503 && a.status() != 409
                && a.status() != 0).toList();
        double slowest503 = all.stream().filter(a -> a.status() == 503).mapToDouble(a -> a.answered() - a.sent())
                .max().orElse(0);

        // without service: the longest time between two 201 answers
        double gapFrom = 0;
        double gapTo = 0;
        double previous = begin;
        for (Attempt a : all) {
            if (a.status() == 201) {
                if (a.answered() - previous > gapTo - gapFrom) {
                    gapFrom = previous;
                    gapTo = a.answered();
                }
                previous = a.answered();
            }
        }
        Optional<Attempt> firstAfterPromotion = all.stream().filter(a -> a.status() == 201 && a.sent() >= endedAt)
                .min((a, b) -> Double.compare(a.answered(), b.answered()));
        Optional<Attempt> firstFailure = all.stream().filter(a -> a.status() != 201).findFirst();
        Optional<Attempt> lastFailure = all.stream().filter(a -> a.status() != 201)
                .max((a, b) -> Double.compare(a.answered(), b.answered()));

        List<Submission> answered = submissions.stream().filter(s -> s.code != null).toList();
        List<Submission> gaveUp = submissions.stream().filter(s -> s.code == null).toList();
        long retried = submissions.stream().filter(s -> s.tries > 1).count();
        long replayed = submissions.stream().filter(s -> s.replayed).count();
        int mostTries = submissions.stream().mapToInt(s -> s.tries).max().orElse(0);

        System.out.println();
        System.out.println("== what the clients got");
        System.out.printf("fault (%s) caused at %.1f s, ended at %.1f s, last new submission at %.1f s (since"
                + " the first submission)%n", scenario, faultAt - begin, endedAt - begin, end - begin);
        System.out.printf("submissions (dossiers wanted): %d; answered 201: %d; given up: %d; retried: %d (most tries"
                + " %d); 201 replayed from the key: %d%n", submissions.size(), answered.size(), gaveUp.size(), retried,
                mostTries, replayed);
        System.out.printf("requests: %d; 201: %d; 503: %d (problem+json with Retry-After: %d, slowest answered in %.1f s);"
                + " 409: %d; no answer: %d; other: %d%n", all.size(), created, unavailable, unavailableProblem, slowest503,
                inProgress, noAnswer, other.size());
        if (secondNode != null) {
            System.out.printf("requests to the killed node cut or refused from the kill on (retried on the other node):"
                    + " %d, of them sent before the kill (in flight): %d%n", toDeadNode.size(),
                    toDeadNode.stream().filter(a -> a.sent() < faultAt).count());
        }
        double slowestDuringFault = all.stream().filter(a -> a.answered() >= faultAt && a.sent() <= endedAt)
                .mapToDouble(a -> a.answered() - a.sent()).max().orElse(0);
        System.out.printf("slowest answer to a request in flight during the fault: %.1f s%n", slowestDuringFault);
        firstFailure.ifPresent(f -> System.out.printf("first failed request answered at %.1f s, last at %.1f s%n",
                f.answered() - begin, lastFailure.get().answered() - begin));
        System.out.printf("seconds without service (longest time between two 201 answers): %.1f s (%.1f s to %.1f s)%n",
                gapTo - gapFrom, gapFrom - begin, gapTo - begin);
        System.out.printf("first 201 to a request sent after the fault ended: %s%n", firstAfterPromotion
                .map(a -> String.format("%.1f s after its end (sent at +%.1f s, answered at +%.1f s)",
                        a.answered() - endedAt, a.sent() - endedAt, a.answered() - endedAt))
                .orElse("none"));
        System.out.printf("first 201 after the fault was caused: %s%n", all.stream()
                .filter(a -> a.status() == 201 && a.answered() > faultAt).findFirst()
                .map(a -> String.format("%.1f s after it was caused, %.1f s after its end", a.answered() - faultAt,
                        a.answered() - endedAt)).orElse("none"));
        Map<String, Integer> otherKinds = new TreeMap<>();
        for (Attempt a : all) {
            if (a.note() != null) {
                otherKinds.merge(a.note().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "…").replaceAll("\\d{4,}", "…"), 1,
                        Integer::sum);
            }
        }
        otherKinds.forEach((k, n) -> System.out.printf("  %4d × %s%n", n, k));
        System.out.println("per second (since the first submission): answers (201 / 503 / other)"
                + " | pool: busy / open connections, threads waiting for one");
        printTimeline(all, begin);

        // the app's own view after the fault: every connection given back, no thread left behind
        HikariDataSource pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
        for (int i = 0; i < 20 && pool.getHikariPoolMXBean().getActiveConnections() > 0; i++) {
            Thread.sleep(500);
        }
        Thread.sleep(2000);
        int busyAfter = pool.getHikariPoolMXBean().getActiveConnections();
        int waitingAfter = pool.getHikariPoolMXBean().getThreadsAwaitingConnection();
        int threadsAfter = serverThreads();
        boolean noLeak = busyAfter == 0 && waitingAfter == 0 && threadsAfter <= threadsBefore + 2;
        System.out.printf("after the run: %d busy connections, %d threads waiting for one; the server's threads %d"
                + " (before the submissions %d)%n", busyAfter, waitingAfter, threadsAfter, threadsBefore);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select inet_server_port(), pg_is_in_recovery()")) {
            r.next();
            System.out.printf("the app's pool now connects to port %d (in recovery: %s), %d connections, %d busy%n",
                    r.getInt(1), r.getBoolean(2), pool.getHikariPoolMXBean().getTotalConnections(),
                    pool.getHikariPoolMXBean().getActiveConnections());
        }
        app.close();
        app = null;

        System.out.println();
        System.out.println("== the database after the fault (" + required("check-url") + ")");
        boolean ok;
        try (Connection c = DriverManager.getConnection(required("check-url"), "postgres", "")) {
            ok = check(c, answered, gaveUp);
        }
        System.out.println();
        boolean onlyProblems = unavailable == unavailableProblem && other.isEmpty() && noAnswer == 0;
        boolean recovered = firstAfterPromotion.isPresent();
        System.out.printf("verdict recovered without restart: %s (one app context throughout; %s)%n",
                recovered ? "yes" : "NO", firstAfterPromotion.map(a -> String.format("first new 201 %.1f s after the"
                        + " fault ended", a.answered() - endedAt)).orElse("no 201 after the fault ended"));
        System.out.printf("verdict no connection or thread leak: %s (%d busy connections, %d waiting, server threads %d"
                + " after, %d before)%n", noLeak ? "yes" : "NO", busyAfter, waitingAfter, threadsAfter, threadsBefore);
        boolean bounded = true;
        if (options.containsKey("slowest")) {
            double bound = Double.parseDouble(options.get("slowest"));
            bounded = slowestDuringFault < bound;
            System.out.printf("verdict timeouts, not a pile-up: %s (slowest answer during the fault %.1f s, bound %.0f s:"
                    + " the fault's length)%n", bounded ? "yes" : "NO", slowestDuringFault, bound);
        }
        System.out.printf("verdict 503 problem+json only: %s (%d × 503, %d of them problem+json with Retry-After; %d"
                + " other error answers; %d × 409 in progress; %d without an answer)%n", onlyProblems ? "yes" : "NO",
                unavailable, unavailableProblem, other.size(), inProgress, noAnswer);
        System.out.printf("verdict every client got its dossier: %s (%d of %d)%n", gaveUp.isEmpty() ? "yes" : "NO",
                answered.size(), submissions.size());
        return ok && onlyProblems && recovered && gaveUp.isEmpty() && noLeak && bounded;
    }

    private void printTimeline(List<Attempt> all, double begin) {
        TreeMap<Integer, int[]> seconds = new TreeMap<>();
        for (Attempt a : all) {
            int[] row = seconds.computeIfAbsent((int) Math.floor(a.answered() - begin), k -> new int[4]);
            row[0]++;
            row[a.status() == 201 ? 1 : a.status() == 503 ? 2 : 3]++;
        }
        int stop = (int) Math.floor(faultAt - begin);
        int promote = (int) Math.floor(endedAt - begin);
        int last = all.stream().filter(a -> a.status() != 201).mapToInt(a -> (int) Math.floor(a.answered() - begin))
                .max().orElse(promote);
        StringBuilder line = new StringBuilder();
        for (int s = Math.max(0, stop - 3); s <= Math.min(Math.max(promote + 15, last + 2), stop + 150); s++) {
            int[] r = seconds.getOrDefault(s, new int[4]);
            int[] p = poolSamples.getOrDefault(s, new int[] {-1, -1, -1});
            line.append(String.format("  %3d s%-8s %3d (%d / %d / %d) | %d / %d, %d%n", s, s == stop ? " (fault)"
                    : s == promote ? " (ended)" : "", r[0], r[1], r[2], r[3], p[0], p[1], p[2]));
        }
        System.out.print(line);
    }

    /** Counts in the promoted database; true when nothing is lost or made twice. */
    private boolean check(Connection c, List<Submission> answered, List<Submission> gaveUp) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_is_in_recovery()")) {
            r.next();
            System.out.println("in recovery (a replica): " + r.getBoolean(1));
        }
        String[] codes = answered.stream().map(s -> s.code).toArray(String[]::new);
        Array codeArray = c.createArrayOf("varchar", codes);
        long present;
        long withProcess;
        try (PreparedStatement q = c.prepareStatement("select count(*), count(p.id_) from dossier d left join"
                + " act_hi_procinst p on p.id_ = d.process_instance_id where d.code = any(?)")) {
            q.setArray(1, codeArray);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                present = r.getLong(1);
                withProcess = r.getLong(2);
            }
        }
        // each submission's dossiers, by its applicant's e-mail address (one address per submission)
        Map<String, Integer> perSubmission = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select applicant_email, count(*) from"
                + " dossier where applicant_email like 'failover+%' group by applicant_email")) {
            while (r.next()) {
                perSubmission.put(r.getString(1), r.getInt(2));
            }
        }
        long duplicated = perSubmission.values().stream().filter(n -> n > 1).count();
        long extra = perSubmission.values().stream().mapToLong(n -> n - 1).filter(n -> n > 0).sum();
        long madeForGivenUp = gaveUp.stream().filter(s -> perSubmission.containsKey(s.email())).count();
        // the key's row names the dossier the client was told about
        Map<String, String> keyToCode = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select k.idempotency_key, d.code from"
                + " submission_key k join dossier d on d.id = k.dossier_id")) {
            while (r.next()) {
                keyToCode.put(r.getString(1), r.getString(2));
            }
        }
        long keyMismatch = answered.stream().filter(s -> !s.code.equals(keyToCode.get(s.key))).count();
        // process instances per dossier of the run (top level; business key = the dossier's code)
        TreeMap<Integer, Integer> instances = new TreeMap<>();
        long orphans;
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select n, count(*) from (select d.code, count(p.id_) n from dossier d"
                    + " left join act_hi_procinst p on p.business_key_ = d.code and p.super_process_instance_id_ is null"
                    + " where d.applicant_email like 'failover+%' group by d.code) x group by n order by n")) {
                while (r.next()) {
                    instances.put(r.getInt(1), r.getInt(2));
                }
            }
            try (ResultSet r = s.executeQuery("select count(*) from act_hi_procinst p where p.super_process_instance_id_"
                    + " is null and not exists (select 1 from dossier d where d.code = p.business_key_)")) {
                r.next();
                orphans = r.getLong(1);
            }
        }
        System.out.printf("dossiers answered 201 and present: %d of %d (with their process instance: %d)%n", present,
                codes.length, withProcess);
        System.out.printf("dossiers of the run in the database: %d, for %d submissions; submissions with more than one"
                + " dossier: %d (%d extra dossiers)%n", perSubmission.values().stream().mapToInt(Integer::intValue).sum(),
                perSubmission.size(), duplicated, extra);
        System.out.printf("idempotency keys naming the dossier their client was told: %d of %d%n",
                answered.size() - keyMismatch, answered.size());
        System.out.printf("process instances per dossier (top level): %s; process instances without a dossier: %d%n",
                instances, orphans);
        if (!gaveUp.isEmpty()) {
            System.out.printf("submissions given up by their client: %d, of which made anyway: %d%n", gaveUp.size(),
                    madeForGivenUp);
        }
        long lost = codes.length - present;
        System.out.printf("verdict 0 lost: %s (%d of %d dossiers answered 201 missing)%n", lost == 0 ? "yes" : "NO",
                lost, codes.length);
        System.out.printf("verdict 0 duplicated: %s (%d submissions with a second dossier)%n", duplicated == 0 ? "yes"
                : "NO", duplicated);
        boolean oneInstance = instances.keySet().stream().allMatch(n -> n == 1) && orphans == 0;
        System.out.printf("verdict one process instance per dossier: %s%n", oneInstance ? "yes" : "NO");
        return lost == 0 && duplicated == 0 && keyMismatch == 0 && oneInstance && withProcess == present;
    }

    private String required(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException("--" + option + "= is required (bench/faults.sh passes it)");
        }
        return value;
    }
}
