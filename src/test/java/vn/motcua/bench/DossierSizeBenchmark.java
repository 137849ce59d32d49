package vn.motcua.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;
import vn.motcua.support.TestNodes;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Database bytes per dossier (issue 19's target: under 100 KB per open dossier with full audit kept): not a test, a
 * command ({@code bench/size.sh}). For each history level asked for, a fresh PostgreSQL database, the app on it as
 * production runs it (the whole catalog deployed), then {@code --dossiers} online birth registrations submitted over
 * HTTP and accepted at intake (open: waiting for the specialist), then the same dossiers reviewed, signed and
 * returned (finished). After each stage the tables' sizes are read twice: as written ({@code pg_total_relation_size},
 * what the disk holds, dead rows of the stage's updates included; autovacuum may be off) and live (after
 * {@code VACUUM FULL}, what the rows need; the next stage starts from those compacted tables); the growth since the
 * start divided by the dossiers is the figure, by group of tables.
 *
 * <pre>
 * --dossiers=N            dossiers per level (default 300)
 * --levels=L,…            the history levels to compare in this run: full (the app's default: full without the
 *                         per-update detail rows of variables and without the parts' input copies), full-copies (the
 *                         same with the parts' input copies written), full-details (the engine's full: detail rows and
 *                         copies and the tasks' list rows), audit, activity (default full-details,full,audit); and
 *                         suffixes that combine: -rows (the tasks' list-row copies written), -uuid (the engine's ids
 *                         from Camunda's StrongUuidGenerator, 36 characters, instead of the app's CompactIds, 22),
 *                         -indexes (the engine's indexes as Camunda ships them, not made partial), e.g. full-rows,
 *                         full-copies-uuid
 * --catalog=hand          deploy only the hand-made models (default: the whole catalog)
 * --keep                  keep each level's database (motcua_bench_size_LEVEL) for a look afterwards
 * </pre>
 */
public final class DossierSizeBenchmark {

    private static final long TARGET_OPEN_BYTES = 100 * 1024;

    private final Map<String, String> options;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> verdicts = new ArrayList<>();

    private DossierSizeBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args);
        int status;
        try {
            status = new DossierSizeBenchmark(options).run() ? 0 : 2;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private boolean run() throws Exception {
        int dossiers = Integer.parseInt(options.getOrDefault("dossiers", "300"));
        List<String> levels = List.of(options.getOrDefault("levels", "full-details,full,audit").split(","));
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average " + LoadBenchmark.loadAverage());
        System.out.printf("%,d online birth registrations per history level; sizes in bytes per dossier%n", dossiers);
        Map<String, Map<String, long[]>> byLevel = new LinkedHashMap<>();
        for (String level : levels) {
            byLevel.put(level, measure(level.strip(), dossiers));
        }
        System.out.println();
        System.out.println("== summary (bytes per dossier; as written / live after VACUUM FULL)");
        System.out.printf("%-8s %-10s %14s %14s %14s %14s %14s%n", "level", "stage", "engine runtime", "engine history",
                "app tables", "all", "all, live");
        for (var level : byLevel.entrySet()) {
            for (var stage : level.getValue().entrySet()) {
                long[] v = stage.getValue();
                System.out.printf("%-8s %-10s %,14d %,14d %,14d %,14d %,14d%n", level.getKey(), stage.getKey(), v[0], v[1],
                        v[2], v[3], v[4]);
            }
            long open = level.getValue().get("open")[3];
            verdicts.add(String.format("open dossier ≤ 100 KB (102,400 bytes), history %s: %,d bytes as written (%,d live): %s",
                    level.getKey(), open, level.getValue().get("open")[4], open <= TARGET_OPEN_BYTES ? "met" : "NOT met"));
        }
        System.out.println();
        verdicts.forEach(v -> System.out.println("verdict: " + v));
        return true;
    }

    /** Per stage ("open", "finished"): bytes per dossier of engine runtime, engine history, app tables, all, all live. */
    private Map<String, long[]> measure(String level, int dossiers) throws Exception {
        System.out.printf("%n== history level %s%n", level);
        String name = "motcua_bench_size_" + level.replaceAll("[^a-z]", "");
        // --keep: a database of this exact name, left for a look afterwards (dropped and made again by the next run)
        PostgresTestDatabase database = options.containsKey("keep") ? PostgresTestDatabase.recreated(name)
                : PostgresTestDatabase.fresh(name);
        // "full-details": history level full with what the app leaves out by default (the per-update detail rows, the
        // parts' input copies, the tasks' list rows); "full-copies": with the copies only; "-rows": with the list rows
        List<String> parts = List.of(level.split("-"));
        boolean details = parts.contains("details");
        boolean copies = details || parts.contains("copies");
        boolean rows = details || parts.contains("rows");
        List<String> more = new ArrayList<>(List.of("--camunda.bpm.history-level=" + parts.get(0),
                "--motcua.history.variable-details=" + details, "--motcua.history.part-input-copies=" + copies,
                "--motcua.history.task-list-rows=" + rows, "--motcua.engine.compact-ids=" + !parts.contains("uuid"),
                "--motcua.engine.partial-indexes=" + !parts.contains("indexes"),
                "--logging.threshold.console=off"));
        if ("hand".equals(options.get("catalog"))) {
            more.add("--motcua.models.deploy-generated-catalog=false");
        }
        long t0 = System.nanoTime();
        ConfigurableApplicationContext app = LoadBenchmark.start(database, 8, more.toArray(String[]::new));
        Map<String, long[]> stages = new LinkedHashMap<>();
        try {
            System.out.printf("app started in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            TaskService tasks = app.getBean(TaskService.class);
            IdentityService identity = app.getBean(IdentityService.class);

            Map<String, long[]> before = sizes(jdbc);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < dossiers; i++) {
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (res.statusCode() != 201) {
                    throw new IllegalStateException("submission answered " + res.statusCode() + ": " + res.body());
                }
                String code = json.readTree(res.body()).get("code").asText();
                TestNodes.work(tasks, identity, Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier",
                        Map.of("receiveDecision", "ACCEPT"));
                codes.add(code);
            }
            Map<String, long[]> open = sizes(jdbc);
            stages.put("open", perDossier(before, open, dossiers));
            print("open (submitted, accepted at intake)", before, open, dossiers);

            for (String code : codes) {
                TestNodes.work(tasks, identity, Officers.XUANHUONG_SPECIALIST, code, "Task_ReviewDossier",
                        Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện"));
                TestNodes.work(tasks, identity, Officers.XUANHUONG_LEADER, code, "Task_ApproveResult", Map.of("approval", "APPROVE"));
                TestNodes.work(tasks, identity, Officers.XUANHUONG_RECEIVER, code, "Task_ReturnResult", Map.of());
            }
            Map<String, long[]> finished = sizes(jdbc);
            stages.put("finished", perDossier(before, finished, dossiers));
            print("finished (reviewed, signed, returned)", before, finished, dossiers);
        } finally {
            app.close();
        }
        return stages;
    }

    /** Every table of the schema: {bytes as written, bytes live}; the live figure after VACUUM FULL of that table. */
    private static Map<String, long[]> sizes(JdbcTemplate jdbc) {
        Map<String, long[]> sizes = new TreeMap<>();
        List<String> tables = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r'""", String.class);
        for (String table : tables) {
            long written = jdbc.queryForObject("select pg_total_relation_size(?::regclass)", Long.class, '"' + table + '"');
            sizes.put(table, new long[] {written, 0});
        }
        for (String table : tables) {
            jdbc.execute("vacuum full \"" + table + "\"");
            sizes.get(table)[1] = jdbc.queryForObject("select pg_total_relation_size(?::regclass)", Long.class, '"' + table + '"');
        }
        return sizes;
    }

    private static String group(String table) {
        String t = table.toLowerCase();
        return t.startsWith("act_hi_") ? "engine history" : t.startsWith("act_") ? "engine runtime" : "app tables";
    }

    private static long[] perDossier(Map<String, long[]> before, Map<String, long[]> after, int dossiers) {
        long[] out = new long[5];
        for (var e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            long written = e.getValue()[0] - b[0];
            // the live size before the stage is the base: VACUUM FULL rewrote every table then
            long live = e.getValue()[1] - b[1];
            int g = switch (group(e.getKey())) {
                case "engine runtime" -> 0;
                case "engine history" -> 1;
                default -> 2;
            };
            out[g] += written;
            out[3] += written;
            out[4] += live;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= dossiers;
        }
        return out;
    }

    private static void print(String stage, Map<String, long[]> before, Map<String, long[]> after, int dossiers) {
        System.out.printf("%s, the tables that grew most (bytes per dossier, as written / live):%n", stage);
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        (e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0]) / dossiers,
                        (e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]) / dossiers}))
                .filter(e -> e.getValue()[0] > 0)
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(12)
                .forEach(e -> System.out.printf("  %-32s %,10d %,10d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
}
