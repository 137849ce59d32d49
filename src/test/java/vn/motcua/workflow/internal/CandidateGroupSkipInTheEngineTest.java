package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running engine answers a list of the officer's own candidate group without the per-row authorization join,
 * and keeps the join for another unit's group (what the SQL mapping reads: {@code getShouldPerformAuthorizatioCheck()}).
 * The access matrix cannot tell: the answer is the same set either way; only the cost differs.
 */
@SpringBootTest
@ActiveProfiles("test")
class CandidateGroupSkipInTheEngineTest {

    @Autowired ProcessEngine engine;

    @Test
    void anOwnGroupsListSkipsTheJoinAndAnotherUnitsGroupKeepsIt() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String own = "H36.24848:receiver";
        boolean[] joined = configuration.getCommandExecutorTxRequired().execute(context -> {
            engine.getIdentityService().setAuthentication(new Authentication("probe.officer", List.of(own)));
            try {
                TaskQueryImpl ownList = new TaskQueryImpl();
                ownList.taskCandidateGroup(own);
                context.getAuthorizationManager().configureTaskQuery(ownList);
                TaskQueryImpl foreign = new TaskQueryImpl();
                foreign.taskCandidateGroup("H36.1:receiver");
                context.getAuthorizationManager().configureTaskQuery(foreign);
                engine.getIdentityService().setAuthentication(new Authentication("probe.leader", List.of("H36.24848:leader")));
                TaskQueryImpl unit = new TaskQueryImpl();
                unit.taskCandidateGroupIn(List.of(own, "H36.24848:specialist", "H36.24848:leader"));
                context.getAuthorizationManager().configureTaskQuery(unit);
                return new boolean[] {ownList.getAuthCheck().getShouldPerformAuthorizatioCheck(),
                        foreign.getAuthCheck().getShouldPerformAuthorizatioCheck(),
                        unit.getAuthCheck().getShouldPerformAuthorizatioCheck()};
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        });
        Class<?> manager = configuration.getCommandExecutorTxRequired()
                .execute(c -> (Class<?>) c.getAuthorizationManager().getClass());
        assertThat((Object) manager)
                .as("the engine uses the plugin's authorization manager").isEqualTo(CandidateGroupTaskAccess.Manager.class);
        assertThat(joined[0]).as("own candidate group: no join").isFalse();
        assertThat(joined[1]).as("another unit's group: the engine's join").isTrue();
        assertThat(joined[2]).as("the role groups of the unit a leader leads (leaders' filter): no join").isFalse();
    }
}
