package vn.motcua.workflow.internal;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The engine REST calls anyone may make — everything else is answered {@code 404}, exactly like an unknown path,
 * before it reaches the engine or its authentication ({@link EngineRestGate}). The engine's resources are reachable at
 * {@code /engine-rest/…} (Camunda Modeler, the calls the README documents), {@code /engine-rest/engine/{name}/…} and
 * {@code /camunda/api/engine/engine/{name}/…} (what Tasklist, Cockpit and Admin call from the browser); the same
 * {@link #ENGINE} entries apply to all three. The webapps' own APIs are {@link #WEBAPPS}.
 *
 * <p>Each entry names who needs it. The list was made from the calls of the Camunda 7.24 webapps' scripts (the
 * {@code camunda-webapp-webjar}'s {@code resource("…")} and {@code engine/…} paths), from the project's tests and
 * from the README. Left out on purpose: message correlation ({@code /message}), signals ({@code /signal}),
 * conditional starts ({@code /condition}), external tasks, starting a process or submitting a start form through
 * the engine (dossiers start through {@code POST /api/v1/dossiers}), process instance modification, migration and
 * restart, batches that change data, CMMN (off), the history cleanup and removal-time endpoints, {@code /execution}
 * signals and messages, generic variable writes outside a task. <b>To add one</b>: add an {@link Entry} with the
 * method, the path below the engine root in {@link PathPattern} syntax ({@code {id}} for one path segment) and who
 * needs it; {@code EngineRestAllowListTest} checks that the README's table lists every entry, and the access matrix
 * ({@code AccessMatrixOnPostgresTest}) should get a row for it.
 */
final class EngineRestAllowList {

    /** One allowed call: HTTP method, path pattern below the engine root (or below {@code /camunda/api}), who needs it. */
    record Entry(String method, String path, String who) {
        private static final PathPatternParser PARSER = new PathPatternParser();

        PathPattern pattern() {
            return PARSER.parse(path);
        }
    }

    private static final String OFFICER = "officers (Tasklist)";
    private static final String COCKPIT = "auditors, analysts, administrators (Cockpit)";
    private static final String AUDITOR = "auditors, administrators (Cockpit: runtime data and history)";
    private static final String ADMIN = "administrators (Admin)";
    private static final String ANALYST = "analysts (Camunda Modeler, Cockpit)";
    private static final String ALL = "every officer (Tasklist, Cockpit, Admin)";

    /** Below {@code /engine-rest}, {@code /engine-rest/engine/{name}} and {@code /camunda/api/engine/engine/{name}}. */
    static final List<Entry> ENGINE = List.of(
            // --- the engine itself
            new Entry("GET", "/engine", ALL + " and Camunda Modeler (which engines exist)"),
            new Entry("GET", "/version", "Camunda Modeler (connection check)"),
            // --- tasks: the officers' work in Tasklist (the engine's authorizations decide which tasks)
            new Entry("GET", "/task", OFFICER + "; README (task of a dossier)"),
            new Entry("POST", "/task", OFFICER + " (task query with sorting)"),
            new Entry("GET", "/task/count", OFFICER),
            new Entry("POST", "/task/count", OFFICER),
            new Entry("GET", "/task/{id}", OFFICER),
            new Entry("PUT", "/task/{id}", OFFICER + " (due and follow-up dates, where the engine allows)"),
            new Entry("GET", "/task/{id}/form", OFFICER),
            new Entry("GET", "/task/{id}/deployed-form", OFFICER + " (the step's Camunda Form)"),
            new Entry("GET", "/task/{id}/rendered-form", OFFICER),
            new Entry("GET", "/task/{id}/form-variables", OFFICER),
            new Entry("GET", "/task/{id}/variables", OFFICER),
            new Entry("GET", "/task/{id}/variables/{name}", OFFICER),
            new Entry("GET", "/task/{id}/variables/{name}/data", OFFICER + " (a file variable)"),
            new Entry("GET", "/task/{id}/identity-links", OFFICER),
            new Entry("POST", "/task/{id}/identity-links", OFFICER + " (candidate groups, where the engine allows)"),
            new Entry("POST", "/task/{id}/identity-links/delete", OFFICER + " (where the engine allows)"),
            new Entry("GET", "/task/{id}/comment", OFFICER),
            new Entry("POST", "/task/{id}/comment/create", OFFICER),
            new Entry("POST", "/task/{id}/claim", OFFICER),
            new Entry("POST", "/task/{id}/unclaim", OFFICER),
            new Entry("POST", "/task/{id}/complete", OFFICER + "; README"),
            new Entry("POST", "/task/{id}/submit-form", OFFICER + " (Camunda Forms)"),
            new Entry("POST", "/task/{id}/assignee", ADMIN + " (the engine refuses everyone else)"),
            new Entry("POST", "/task/{id}/delegate", ADMIN + " (the engine refuses everyone else)"),
            new Entry("POST", "/task/{id}/resolve", OFFICER + " (a delegated task)"),
            new Entry("GET", "/task/report/candidate-group-count", COCKPIT + " (open tasks per group)"),
            new Entry("GET", "/filter", OFFICER + " (the task lists)"),
            new Entry("GET", "/filter/count", OFFICER),
            new Entry("GET", "/filter/{id}", OFFICER),
            new Entry("GET", "/filter/{id}/list", OFFICER),
            new Entry("POST", "/filter/{id}/list", OFFICER),
            new Entry("GET", "/filter/{id}/count", OFFICER),
            new Entry("POST", "/filter/{id}/count", OFFICER),
            new Entry("POST", "/filter/create", OFFICER + " (own filters, where the engine allows)"),
            new Entry("PUT", "/filter/{id}", OFFICER + " (where the engine allows)"),
            new Entry("DELETE", "/filter/{id}", OFFICER + " (where the engine allows)"),
            new Entry("OPTIONS", "/filter", OFFICER + " (may I create a filter)"),
            new Entry("OPTIONS", "/filter/{id}", OFFICER),
            // --- definitions and deployments: Modeler, Cockpit, Tasklist's forms and diagrams
            new Entry("GET", "/process-definition", COCKPIT + "; " + OFFICER),
            new Entry("GET", "/process-definition/count", COCKPIT),
            new Entry("GET", "/process-definition/statistics", COCKPIT),
            new Entry("GET", "/process-definition/{id}", COCKPIT + "; " + OFFICER),
            new Entry("GET", "/process-definition/{id}/xml", COCKPIT + "; " + OFFICER + " (the diagram)"),
            new Entry("GET", "/process-definition/{id}/statistics", COCKPIT),
            new Entry("GET", "/process-definition/{id}/static-called-process-definitions",
                    COCKPIT + " (a procedure's called parts, seen by the allow-list's debug log in Chromium)"),
            new Entry("GET", "/process-definition/{id}/form-variables", OFFICER),
            new Entry("GET", "/process-definition/{id}/deployed-start-form", OFFICER),
            new Entry("GET", "/process-definition/{id}/startForm", OFFICER),
            new Entry("PUT", "/process-definition/{id}/suspended", ADMIN + " (Cockpit; the engine refuses everyone else)"),
            new Entry("GET", "/process-definition/key/{key}", COCKPIT),
            new Entry("GET", "/process-definition/key/{key}/xml", COCKPIT),
            new Entry("GET", "/decision-definition", COCKPIT),
            new Entry("GET", "/decision-definition/count", COCKPIT),
            new Entry("GET", "/decision-definition/{id}", COCKPIT),
            new Entry("GET", "/decision-definition/{id}/xml", COCKPIT),
            new Entry("GET", "/decision-definition/key/{key}", COCKPIT),
            new Entry("GET", "/decision-definition/key/{key}/xml", COCKPIT),
            new Entry("GET", "/decision-requirements-definition", COCKPIT),
            new Entry("GET", "/decision-requirements-definition/count", COCKPIT),
            new Entry("GET", "/decision-requirements-definition/{id}", COCKPIT),
            new Entry("GET", "/decision-requirements-definition/{id}/xml", COCKPIT),
            new Entry("GET", "/case-definition/count", COCKPIT + " (dashboard; CMMN is off, so always 0)"),
            new Entry("GET", "/deployment", ANALYST + " (Modeler's connection check; Cockpit's deployments)"),
            new Entry("GET", "/deployment/count", ANALYST),
            new Entry("POST", "/deployment/create", ANALYST + " (deploy; size limit, then the model validator); README"),
            new Entry("GET", "/deployment/{id}", ANALYST),
            new Entry("DELETE", "/deployment/{id}", ANALYST + " (cascade=true: administrators only); README"),
            new Entry("GET", "/deployment/{id}/resources", ANALYST + "; " + OFFICER + " (forms)"),
            new Entry("GET", "/deployment/{id}/resources/{resourceId}", ANALYST + "; " + OFFICER),
            new Entry("GET", "/deployment/{id}/resources/{resourceId}/data", ANALYST + "; " + OFFICER + " (forms)"),
            // --- runtime data: Cockpit for auditors and administrators (the engine shows officers none)
            new Entry("GET", "/process-instance", AUDITOR),
            new Entry("POST", "/process-instance", AUDITOR + " (instance query)"),
            new Entry("GET", "/process-instance/count", AUDITOR),
            new Entry("POST", "/process-instance/count", AUDITOR),
            new Entry("GET", "/process-instance/{id}", AUDITOR),
            new Entry("DELETE", "/process-instance/{id}", ADMIN + " (Cockpit; the engine refuses everyone else)"),
            new Entry("GET", "/process-instance/{id}/activity-instances", AUDITOR),
            new Entry("GET", "/process-instance/{id}/variables", AUDITOR),
            new Entry("GET", "/process-instance/{id}/variables/{name}", AUDITOR),
            new Entry("GET", "/process-instance/{id}/variables/{name}/data", AUDITOR),
            new Entry("PUT", "/process-instance/{id}/suspended", ADMIN + " (Cockpit; the engine refuses everyone else)"),
            new Entry("GET", "/variable-instance", AUDITOR),
            new Entry("POST", "/variable-instance", AUDITOR),
            new Entry("GET", "/variable-instance/count", AUDITOR),
            new Entry("POST", "/variable-instance/count", AUDITOR),
            new Entry("GET", "/variable-instance/{id}/data", AUDITOR + " (a file variable)"),
            new Entry("GET", "/incident", AUDITOR),
            new Entry("GET", "/incident/count", AUDITOR),
            new Entry("GET", "/job", AUDITOR),
            new Entry("POST", "/job", AUDITOR),
            new Entry("GET", "/job/count", AUDITOR),
            new Entry("PUT", "/job/{id}/retries", ADMIN + " (Cockpit: retry a failed step)"),
            new Entry("GET", "/job-definition", AUDITOR),
            new Entry("GET", "/job-definition/count", AUDITOR),
            new Entry("GET", "/metrics/{name}/sum", COCKPIT + " (dashboard figures)"),
            // --- history: auditors (Cockpit); officers see their own operations in Tasklist's task history
            new Entry("GET", "/history/process-instance", AUDITOR),
            new Entry("POST", "/history/process-instance", AUDITOR),
            new Entry("GET", "/history/process-instance/count", AUDITOR),
            new Entry("POST", "/history/process-instance/count", AUDITOR),
            new Entry("GET", "/history/process-instance/{id}", AUDITOR),
            new Entry("GET", "/history/activity-instance", AUDITOR),
            new Entry("POST", "/history/activity-instance", AUDITOR),
            new Entry("GET", "/history/activity-instance/count", AUDITOR),
            new Entry("GET", "/history/variable-instance", AUDITOR),
            new Entry("POST", "/history/variable-instance", AUDITOR),
            new Entry("GET", "/history/variable-instance/count", AUDITOR),
            new Entry("GET", "/history/task", AUDITOR + "; " + OFFICER),
            new Entry("GET", "/history/task/count", AUDITOR + "; " + OFFICER),
            new Entry("POST", "/history/task", AUDITOR + " (Cockpit's task lists)"),
            new Entry("POST", "/history/task/count", AUDITOR + " (Cockpit's task dashboard)"),
            new Entry("GET", "/batch/statistics", AUDITOR + " (Cockpit's batch page: read only)"),
            new Entry("GET", "/batch/statistics/count", AUDITOR + " (Cockpit's batch page)"),
            new Entry("GET", "/history/batch", AUDITOR + " (Cockpit's batch page: finished batches)"),
            new Entry("GET", "/history/batch/count", AUDITOR + " (Cockpit's batch page)"),
            new Entry("GET", "/history/incident", AUDITOR),
            new Entry("GET", "/history/incident/count", AUDITOR),
            new Entry("GET", "/history/decision-instance", AUDITOR),
            new Entry("GET", "/history/decision-instance/count", AUDITOR),
            new Entry("GET", "/history/user-operation", AUDITOR + "; " + OFFICER + " (a task's history)"),
            new Entry("GET", "/history/user-operation/count", AUDITOR + "; " + OFFICER),
            // --- identity: everyone reads their own profile and groups; administrators manage (Admin)
            new Entry("GET", "/user", ALL + " (the engine shows officers themselves only)"),
            new Entry("GET", "/user/count", ALL),
            new Entry("OPTIONS", "/user", ADMIN),
            new Entry("GET", "/user/{id}/profile", ALL),
            new Entry("OPTIONS", "/user/{id}", ADMIN),
            new Entry("PUT", "/user/{id}/profile", ADMIN),
            new Entry("PUT", "/user/{id}/credentials", ALL + " (own password)"),
            new Entry("POST", "/user/create", ADMIN),
            new Entry("DELETE", "/user/{id}", ADMIN),
            new Entry("POST", "/user/{id}/unlock", ADMIN),
            new Entry("GET", "/group", ALL + " (own groups)"),
            new Entry("POST", "/group", ADMIN + " (the groups page's query)"),
            new Entry("GET", "/group/count", ALL),
            new Entry("OPTIONS", "/group", ADMIN),
            new Entry("GET", "/group/{id}", ALL),
            new Entry("OPTIONS", "/group/{id}", ADMIN),
            new Entry("PUT", "/group/{id}", ADMIN),
            new Entry("DELETE", "/group/{id}", ADMIN),
            new Entry("POST", "/group/create", ADMIN),
            new Entry("OPTIONS", "/group/{id}/members", ADMIN),
            new Entry("PUT", "/group/{id}/members/{userId}", ADMIN),
            new Entry("DELETE", "/group/{id}/members/{userId}", ADMIN),
            new Entry("GET", "/tenant", ADMIN),
            new Entry("GET", "/tenant/count", ADMIN),
            new Entry("OPTIONS", "/tenant", ADMIN),
            new Entry("GET", "/identity/groups", ALL + " (the groups of the logged-in officer)"),
            new Entry("GET", "/identity/password-policy", ALL),
            new Entry("POST", "/identity/password-policy", ALL + " (check a new password)"),
            new Entry("GET", "/authorization", ADMIN),
            new Entry("GET", "/authorization/count", ADMIN),
            new Entry("OPTIONS", "/authorization", ADMIN),
            new Entry("GET", "/authorization/check", ALL + " (may I …: the webapps show or hide actions)"),
            new Entry("GET", "/authorization/{id}", ADMIN),
            new Entry("POST", "/authorization/create", ADMIN),
            new Entry("PUT", "/authorization/{id}", ADMIN),
            new Entry("DELETE", "/authorization/{id}", ADMIN),
            new Entry("GET", "/telemetry/data", ADMIN + " (system page)"));

    /** Below {@code /camunda/api}: the webapps' own APIs (login, their plugins' queries), with their own checks. */
    static final List<Entry> WEBAPPS = List.of(
            new Entry("GET", "/engine/engine", ALL + " (which engines exist)"),
            new Entry("GET", "/admin/auth/user/{engine}", ALL + " (who is logged in)"),
            new Entry("POST", "/admin/auth/user/{engine}/login/{app}", ALL + " (login; refused with single sign-on)"),
            new Entry("POST", "/admin/auth/user/{engine}/logout", ALL),
            // --- the webapps' plugins: their scripts, and the queries of Cockpit's and Admin's built-in plugins
            // (every JAX-RS call of the 7.24 webapps' plugin resources; EngineRestAllowListTest reads them from the
            // webapps' own classes and fails when one is missing here or one here no longer exists)
            new Entry("GET", "/cockpit/plugin/cockpitPlugins/static/**", COCKPIT + " (Cockpit's plugin scripts)"),
            new Entry("GET", "/tasklist/plugin/tasklistPlugins/static/**", OFFICER + " (Tasklist's plugin scripts)"),
            new Entry("GET", "/admin/plugin/adminPlugins/static/**", ADMIN + " (Admin's plugin scripts)"),
            new Entry("GET", "/cockpit/plugin/base/{engine}/process-definition/statistics", COCKPIT + " (dashboard)"),
            new Entry("GET", "/cockpit/plugin/base/{engine}/process-definition/statistics-count", COCKPIT + " (dashboard)"),
            new Entry("GET", "/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions",
                    COCKPIT + " (a procedure's called parts)"),
            new Entry("POST", "/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions",
                    COCKPIT + " (a procedure's called parts)"),
            new Entry("GET", "/cockpit/plugin/base/{engine}/process-instance", AUDITOR + " (instances of a procedure)"),
            new Entry("POST", "/cockpit/plugin/base/{engine}/process-instance", AUDITOR + " (instances of a procedure)"),
            new Entry("GET", "/cockpit/plugin/base/{engine}/process-instance/count", AUDITOR),
            new Entry("POST", "/cockpit/plugin/base/{engine}/process-instance/count", AUDITOR),
            new Entry("GET", "/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances",
                    AUDITOR + " (a dossier's parts)"),
            new Entry("POST", "/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances",
                    AUDITOR + " (a dossier's parts)"),
            new Entry("GET", "/cockpit/plugin/base/{engine}/incident", AUDITOR + " (incidents)"),
            new Entry("POST", "/cockpit/plugin/base/{engine}/incident", AUDITOR + " (incidents)"),
            new Entry("GET", "/cockpit/plugin/base/{engine}/incident/count", AUDITOR),
            new Entry("POST", "/cockpit/plugin/base/{engine}/incident/count", AUDITOR),
            new Entry("GET", "/admin/plugin/adminPlugins/{engine}/metrics/aggregated", ADMIN + " (system page: usage metrics)"));

    /** The apps below {@code /camunda/api} that {@link #WEBAPPS} names (besides the webapps' engine API). */
    static final Set<String> APPS = Set.of("cockpit", "admin", "tasklist");

    private static final List<Compiled> ENGINE_COMPILED = ENGINE.stream().map(Compiled::new).toList();
    private static final List<Compiled> WEBAPPS_COMPILED = WEBAPPS.stream().map(Compiled::new).toList();
    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final List<PathPattern> ENGINE_ROOTS = List.of(
            PARSER.parse("/engine-rest/engine/{name}/{*rest}"), PARSER.parse("/camunda/api/engine/engine/{name}/{*rest}"));
    private static final PathPattern ENGINE_REST = PARSER.parse("/engine-rest/{*rest}");
    private static final PathPattern WEBAPP_API = PARSER.parse("/camunda/api/{*rest}");

    private EngineRestAllowList() {
    }

    private record Compiled(Entry entry, PathPattern pattern) {
        Compiled(Entry entry) {
            this(entry, entry.pattern());
        }

        boolean matches(String method, PathContainer path) {
            return entry.method().equals(method) && pattern.matches(path);
        }
    }

    /**
     * Whether a request to this path (the raw request URI without the query, context path removed) is allowed.
     * Anything odd in the path — an encoded slash or backslash, a dot segment, a path parameter ({@code ;}), an empty
     * segment — is not.
     */
    static boolean allows(String method, String uri) {
        if (uri == null || odd(uri)) {
            return false;
        }
        String m = method.toUpperCase(Locale.ROOT);
        PathContainer path = PathContainer.parsePath(uri);
        for (PathPattern root : ENGINE_ROOTS) {
            PathPattern.PathMatchInfo match = root.matchAndExtract(path);
            if (match != null) {
                return matches(ENGINE_COMPILED, m, match.getUriVariables().get("rest"));
            }
        }
        PathPattern.PathMatchInfo engine = ENGINE_REST.matchAndExtract(path);
        if (engine != null) {
            return matches(ENGINE_COMPILED, m, engine.getUriVariables().get("rest"));
        }
        PathPattern.PathMatchInfo webapp = WEBAPP_API.matchAndExtract(path);
        if (webapp != null) {
            String rest = webapp.getUriVariables().get("rest");
            String app = rest.length() > 1 ? rest.substring(1).split("/", 2)[0] : "";
            return (APPS.contains(app) || "engine".equals(app)) && matches(WEBAPPS_COMPILED, m, rest);
        }
        return false;
    }

    private static boolean matches(List<Compiled> entries, String method, String rest) {
        if (rest != null && rest.length() > 1 && rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1); // Tasklist asks for "engine/" and "task/"
        }
        if (rest == null || rest.isEmpty()) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(rest);
        return entries.stream().anyMatch(e -> e.matches(method, path));
    }

    private static boolean odd(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.contains(";") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")
                || lower.contains("//") || lower.contains("/./") || lower.contains("/../") || lower.endsWith("/.")
                || lower.endsWith("/..") || lower.contains("%2e") || lower.contains("%00")
                || lower.contains("%25") || lower.contains("%7f") || !wellFormedEscapes(lower);
    }

    /**
     * Every {@code %} starts an escape of two hex digits that is not a control character (found by the fuzz suite:
     * {@code …/%25} and a dangling {@code %} reached the engine's resources and ended in 500). A loop, not a regular
     * expression: a pattern with alternation overflows the stack on a long path.
     */
    private static boolean wellFormedEscapes(String lower) {
        for (int i = lower.indexOf('%'); i >= 0; i = lower.indexOf('%', i + 1)) {
            if (i + 2 >= lower.length() || "23456789abcdef".indexOf(lower.charAt(i + 1)) < 0
                    || Character.digit(lower.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
