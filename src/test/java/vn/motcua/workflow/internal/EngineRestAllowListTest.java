package vn.motcua.workflow.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(EngineRestAllowList.allows("GET", "/engine-rest")).isFalse();
        assertThat(EngineRestAllowList.allows("GET", "/engine-rest/engine/default")).isFalse();
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
