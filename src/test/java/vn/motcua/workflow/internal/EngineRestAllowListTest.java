package vn.motcua.workflow.internal;

import org.junit.jupiter.api.Test;
import vn.motcua.support.EngineCallsOnADossier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allow-list itself: the same engine calls under each of the three roots, nothing else, nothing odd; and the
 * README's security section lists exactly its entries (the table between the {@code engine-rest-allow-list} markers;
 * when an entry changes, copy {@code target/engine-rest-allow-list.md} there).
 */
class EngineRestAllowListTest {

    private static final String START = "<!-- engine-rest-allow-list:start -->";
    private static final String END = "<!-- engine-rest-allow-list:end -->";

    @Test
    void theSameEngineCallsUnderEachRoot() {
        for (String root : List.of("/engine-rest", "/engine-rest/engine/default", "/camunda/api/engine/engine/default")) {
            assertThat(EngineRestAllowList.allows("GET", root + "/task")).as(root).isTrue();
            assertThat(EngineRestAllowList.allows("GET", root + "/task/")).as(root).isTrue();
            assertThat(EngineRestAllowList.allows("get", root + "/task/abc-123/variables")).as(root).isTrue();
            assertThat(EngineRestAllowList.allows("POST", root + "/task/abc-123/complete")).as(root).isTrue();
            assertThat(EngineRestAllowList.allows("POST", root + "/deployment/create")).as(root).isTrue();
            assertThat(EngineRestAllowList.allows("GET", root + "/history/process-instance")).as(root).isTrue();
            assertThat(EngineRestAllowList.allows("POST", root + "/message")).as(root).isFalse();
            assertThat(EngineRestAllowList.allows("POST", root + "/signal")).as(root).isFalse();
            assertThat(EngineRestAllowList.allows("GET", root + "/external-task")).as(root).isFalse();
            assertThat(EngineRestAllowList.allows("POST", root + "/external-task/fetchAndLock")).as(root).isFalse();
            assertThat(EngineRestAllowList.allows("POST", root + "/process-definition/key/tthc-1.001193/start")).as(root).isFalse();
            assertThat(EngineRestAllowList.allows("DELETE", root + "/task/abc-123")).as(root).isFalse();
            assertThat(EngineRestAllowList.allows("PUT", root + "/process-instance/x/variables/y")).as(root).isFalse();
            assertThat(EngineRestAllowList.allows("POST", root + "/task/abc/complete/extra")).as(root).isFalse();
        }
        assertThat(EngineRestAllowList.allows("GET", "/engine-rest/engine")).isTrue();
        assertThat(EngineRestAllowList.allows("GET", "/camunda/api/engine/engine/")).isTrue();
        assertThat(EngineRestAllowList.allows("GET", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")).isTrue();
        assertThat(EngineRestAllowList.allows("POST", "/camunda/api/admin/auth/user/default/login/tasklist")).isTrue();
        assertThat(EngineRestAllowList.allows("POST", "/camunda/api/admin/setup/default/user/create")).isFalse();
        assertThat(EngineRestAllowList.allows("GET", "/camunda/api/other/plugin/x/default/y")).isFalse();
        assertThat(EngineRestAllowList.allows("GET", "/camunda/api/cockpit/plugin/base/default/process-definition/x/nonsense")).isFalse();
        assertThat(EngineRestAllowList.allows("GET", "/camunda/api/tasklist/plugin/base/default/incident")).isFalse();
        assertThat(EngineRestAllowList.allows("GET", "/camunda/api/cockpit/plugin/other/static/app/plugin.js")).isFalse();
        assertThat(EngineRestAllowList.allows("DELETE", "/camunda/api/cockpit/plugin/base/default/incident")).isFalse();
        assertThat(EngineRestAllowList.allows("GET", "/engine-rest")).isFalse();
        assertThat(EngineRestAllowList.allows("GET", "/engine-rest/engine/default")).isFalse();
    }

    /**
     * The webapps' plugin APIs are allowed call by call: every JAX-RS call of the plugins the 7.24 webapps register
     * (read from their own classes through the same service loaders the webapps use) is on the list under its app, and
     * every plugin entry on the list is one of them. A Camunda upgrade that adds, moves or drops a plugin call fails
     * here, so the list is reviewed with it.
     */
    @Test
    void thePluginApisAreExactlyTheWebappsOwnCalls() {
        java.util.Set<String> calls = new java.util.TreeSet<>();
        plugins(org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin.class, "cockpit", calls);
        plugins(org.camunda.bpm.admin.plugin.spi.AdminPlugin.class, "admin", calls);
        plugins(org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin.class, "tasklist", calls);
        // the welcome page's plugin registers no service in the Spring Boot webapp: no call of it is served
        assertThat(calls).as("the webapps' plugin calls").hasSizeGreaterThan(15);
        // each app's own plugin serves its scripts; the base plugin's asset call serves nothing the webapps load
        assertThat(calls.remove("GET /cockpit/plugin/base/static/**")).isTrue();
        assertThat(EngineRestAllowList.allows("GET", "/camunda/api/cockpit/plugin/base/static/app/plugin.js")).isFalse();
        for (String call : calls) {
            String[] parts = call.split(" ", 2);
            String concrete = "/camunda/api" + parts[1].replace("{engine}", "default").replace("{id}", "abc-123")
                    .replace("/static/**", "/static/app/plugin.js");
            assertThat(EngineRestAllowList.allows(parts[0], concrete)).as(call).isTrue();
        }
        java.util.Set<String> listed = EngineRestAllowList.WEBAPPS.stream().filter(e -> e.path().contains("/plugin/"))
                .map(e -> e.method() + " " + e.path()).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(listed).isEqualTo(calls);
    }

    /** The JAX-RS calls of every plugin of one webapp, as "METHOD /app/plugin/…" in the allow-list's syntax. */
    private static <P extends org.camunda.bpm.webapp.plugin.spi.AppPlugin> void plugins(Class<P> spi, String app,
                                                                                        java.util.Set<String> calls) {
        for (P plugin : java.util.ServiceLoader.load(spi)) {
            for (Class<?> root : plugin.getResourceClasses()) {
                walk(root, "/" + app + "/" + root.getAnnotation(jakarta.ws.rs.Path.class).value(), calls,
                        new java.util.HashSet<>());
            }
        }
    }

    private static void walk(Class<?> resource, String prefix, java.util.Set<String> calls, java.util.Set<Class<?>> seen) {
        if (!seen.add(resource)) {
            return;
        }
        for (Class<?> k = resource; k != null && k != Object.class; k = k.getSuperclass()) {
            for (java.lang.reflect.Method m : k.getDeclaredMethods()) {
                jakarta.ws.rs.Path path = m.getAnnotation(jakarta.ws.rs.Path.class);
                String full = path == null ? prefix : (prefix + "/" + path.value()).replaceAll("/+", "/")
                        .replace("{file:.*}", "**");
                String method = m.isAnnotationPresent(jakarta.ws.rs.GET.class) ? "GET"
                        : m.isAnnotationPresent(jakarta.ws.rs.POST.class) ? "POST"
                        : m.isAnnotationPresent(jakarta.ws.rs.PUT.class) ? "PUT"
                        : m.isAnnotationPresent(jakarta.ws.rs.DELETE.class) ? "DELETE" : null;
                if (method != null) {
                    calls.add(method + " " + full);
                } else if (path != null) {
                    walk(m.getReturnType(), full, calls, seen);
                }
            }
        }
    }

    /**
     * The engine calls that touch no dossier's data, each group with the reason; every other allow-listed call must be
     * one the access matrix sends as an officer of another unit ({@link EngineCallsOnADossier}).
     */
    private static final Map<String, String> NOT_A_DOSSIERS_DATA = Map.ofEntries(
            Map.entry("/engine", "the engines' names"), Map.entry("/version", "the engine's version"),
            Map.entry("/filter", "saved task queries; the tasks they list follow the task grants, which the matrix lists "
                    + "and counts per candidate group"),
            Map.entry("/task/report", "counts per candidate group of readable tasks (the matrix checks it names no other unit)"),
            Map.entry("/process-definition", "the published procedures' models"),
            Map.entry("/decision-definition", "the published decision tables"),
            Map.entry("/case-definition", "case models (CMMN is off: none)"),
            Map.entry("/decision-requirements-definition", "the published decision requirements"),
            Map.entry("/deployment", "the models' deployments"), Map.entry("/job-definition", "the models' job definitions"),
            Map.entry("/metrics", "engine-wide counters"),
            Map.entry("/batch", "batch operations (none changes data through this API)"),
            Map.entry("/history/batch", "finished batch operations"), Map.entry("/telemetry", "engine-wide data"),
            Map.entry("/user", "the officers' accounts (Admin)"), Map.entry("/group", "the units' groups (Admin)"),
            Map.entry("/tenant", "tenants (none used)"), Map.entry("/identity", "the logged-in officer's own groups"),
            Map.entry("/authorization", "the grants (Admin)"));

    @Test
    void everyAllowedCallOnADossiersDataIsInTheAccessMatrix() {
        List<EngineCallsOnADossier.Call> matrix = EngineCallsOnADossier.all();
        List<String> missing = new java.util.ArrayList<>();
        for (EngineRestAllowList.Entry entry : EngineRestAllowList.ENGINE) {
            boolean other = NOT_A_DOSSIERS_DATA.keySet().stream()
                    .anyMatch(prefix -> entry.path().equals(prefix) || entry.path().startsWith(prefix + "/"));
            if (other || entry.method().equals("OPTIONS")) {
                continue;
            }
            org.springframework.web.util.pattern.PathPattern pattern = entry.pattern();
            boolean sent = matrix.stream().anyMatch(call -> call.method().equals(entry.method())
                    && pattern.matches(org.springframework.http.server.PathContainer.parsePath(call.bare("abc-123"))));
            if (!sent) {
                missing.add(entry.method() + " " + entry.path());
            }
        }
        assertThat(missing).as("allow-listed calls on a dossier's data that the access matrix does not send").isEmpty();
    }

    @Test
    void oddPathsAreNotAllowed() {
        for (String odd : List.of("/engine-rest/task;jsessionid=1", "/engine-rest/task/a%2Fb/variables", "/engine-rest//task",
                "/engine-rest/task/../message", "/engine-rest/task/./x", "/engine-rest/task/%2e%2e/message",
                "/engine-rest/task/a%5Cb", "/engine-rest/task/a%00")) {
            assertThat(EngineRestAllowList.allows("GET", odd)).as(odd).isFalse();
        }
    }

    @Test
    void theReadmeListsEveryEntry() throws Exception {
        String table = table();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/engine-rest-allow-list.md"), table, StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(START, END);
        String listed = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END)).strip();
        assertThat(listed).as("README's allow-list table (the expected one is in target/engine-rest-allow-list.md)")
                .isEqualTo(table.strip());
    }

    /** The README table: the engine calls, then the webapps' own APIs. */
    static String table() {
        String engine = EngineRestAllowList.ENGINE.stream()
                .map(e -> "| `" + e.method() + "` | `" + e.path() + "` | " + e.who() + " |")
                .collect(Collectors.joining("\n"));
        String webapps = EngineRestAllowList.WEBAPPS.stream()
                .map(e -> "| `" + e.method() + "` | `/camunda/api" + e.path() + "` | " + e.who() + " |")
                .collect(Collectors.joining("\n"));
        return "| method | engine path (below `/engine-rest`, `/engine-rest/engine/{name}`, `/camunda/api/engine/engine/{name}`) | who needs it |\n"
                + "|---|---|---|\n" + engine + "\n" + webapps + "\n";
    }
}
