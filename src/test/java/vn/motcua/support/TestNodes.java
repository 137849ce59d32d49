package vn.motcua.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests that run the application as several nodes on one PostgreSQL database share: a node started with the
 * database, a random port and its own name (plus the test's own settings, given as command-line arguments so that they
 * take precedence over application.yaml, as an operator's would), and an officer working a dossier's task on a node.
 */
public final class TestNodes {

    private TestNodes() {
    }

    /** The settings every node of a multi-node test has; the test adds its own before {@link #start}. */
    public static Map<String, Object> settings(PostgresTestDatabase database, String nodeName) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", database.url());
        settings.put("spring.datasource.username", database.user());
        settings.put("spring.datasource.password", database.password());
        settings.put("spring.datasource.hikari.maximum-pool-size", "6");
        settings.put("server.port", "0");
        settings.put("motcua.node-name", nodeName);
        return settings;
    }

    /** A node of the application on the test profile with these settings. */
    @SafeVarargs
    public static ConfigurableApplicationContext start(Map<String, Object> settings,
                                                       ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(MotcuaApplication.class).profiles("test").initializers(initializers).run(args);
    }

    /** The officer claims and completes the dossier's one open task {@code taskKey} with these variables. */
    public static void work(TaskService tasks, IdentityService identity, String officer, String code, String taskKey,
                            Map<String, Object> variables) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).list();
        assertThat(open).as("task %s of %s", taskKey, code).hasSize(1);
        List<String> groups = identity.createGroupQuery().groupMember(officer).list().stream().map(Group::getId).toList();
        identity.setAuthentication(officer, groups);
        try {
            tasks.claim(open.get(0).getId(), officer);
            tasks.complete(open.get(0).getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
