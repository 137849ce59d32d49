package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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

    /**
     * The row variables of a page of the officer's own group's tasks (Tasklist's HAL page asks by the tasks' and their
     * process instances' scope ids) skip the join; a page with another unit's task in it keeps it, and so does a
     * scope that is no task of the user's groups.
     */
    @Test
    void theRowVariablesOfOwnGroupsTasksSkipTheJoinAndAPageWithAnotherUnitsTaskKeepsIt() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String own = "H36.24848:receiver";
        BpmnModelInstance model = Bpmn.createExecutableProcess("candidate-group-skip-probe").camundaHistoryTimeToLive(1).startEvent()
                .userTask("work").camundaCandidateGroups("${group}").endEvent().done();
        Deployment deployment = engine.getRepositoryService().createDeployment().source("motcua")
                .addModelInstance("probe.bpmn", model).deploy(); // the project's own source: not an analyst's model to validate
        try {
            ProcessInstance ownInstance = engine.getRuntimeService().startProcessInstanceByKey("candidate-group-skip-probe",
                    java.util.Map.of("group", own));
            ProcessInstance foreignInstance = engine.getRuntimeService().startProcessInstanceByKey("candidate-group-skip-probe",
                    java.util.Map.of("group", "H36.1:receiver"));
            Task ownTask = engine.getTaskService().createTaskQuery().processInstanceId(ownInstance.getId()).singleResult();
            Task foreignTask = engine.getTaskService().createTaskQuery().processInstanceId(foreignInstance.getId()).singleResult();

            boolean[] byId = new boolean[2];
            boolean[] joined = configuration.getCommandExecutorTxRequired().execute(context -> {
                engine.getIdentityService().setAuthentication(new Authentication("probe.officer", List.of(own)));
                try {
                    VariableInstanceQueryImpl ownPage = new VariableInstanceQueryImpl();
                    ownPage.variableScopeIdIn(ownTask.getId(), ownInstance.getId());
                    ((CandidateGroupTaskAccess.Manager) context.getAuthorizationManager()).configureVariableInstanceQuery(ownPage);
                    VariableInstanceQueryImpl mixedPage = new VariableInstanceQueryImpl();
                    mixedPage.variableScopeIdIn(ownTask.getId(), foreignTask.getId(), ownInstance.getId());
                    ((CandidateGroupTaskAccess.Manager) context.getAuthorizationManager()).configureVariableInstanceQuery(mixedPage);
                    VariableInstanceQueryImpl foreignScope = new VariableInstanceQueryImpl();
                    foreignScope.variableScopeIdIn(foreignInstance.getId());
                    ((CandidateGroupTaskAccess.Manager) context.getAuthorizationManager()).configureVariableInstanceQuery(foreignScope);
                    VariableInstanceQueryImpl byProcess = new VariableInstanceQueryImpl();
                    byProcess.processInstanceIdIn(ownInstance.getId());
                    ((CandidateGroupTaskAccess.Manager) context.getAuthorizationManager()).configureVariableInstanceQuery(byProcess);
                    TaskQueryImpl ownById = new TaskQueryImpl();
                    ownById.taskId(ownTask.getId());
                    ((CandidateGroupTaskAccess.Manager) context.getAuthorizationManager()).configureTaskQuery(ownById);
                    TaskQueryImpl foreignById = new TaskQueryImpl();
                    foreignById.taskId(foreignTask.getId());
                    ((CandidateGroupTaskAccess.Manager) context.getAuthorizationManager()).configureTaskQuery(foreignById);
                    byId[0] = ownById.getAuthCheck().getShouldPerformAuthorizatioCheck();
                    byId[1] = foreignById.getAuthCheck().getShouldPerformAuthorizatioCheck();
                    engine.getIdentityService().setAuthentication(new Authentication("probe.leader", List.of("H36.24848:leader")));
                    VariableInstanceQueryImpl leadersPage = new VariableInstanceQueryImpl();
                    leadersPage.variableScopeIdIn(ownTask.getId(), ownInstance.getId());
                    ((CandidateGroupTaskAccess.Manager) context.getAuthorizationManager()).configureVariableInstanceQuery(leadersPage);
                    return new boolean[] {ownPage.getAuthCheck().getShouldPerformAuthorizatioCheck(),
                            mixedPage.getAuthCheck().getShouldPerformAuthorizatioCheck(),
                            foreignScope.getAuthCheck().getShouldPerformAuthorizatioCheck(),
                            byProcess.getAuthCheck().getShouldPerformAuthorizatioCheck(),
                            leadersPage.getAuthCheck().getShouldPerformAuthorizatioCheck()};
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
            });
            assertThat(joined[0]).as("own group's task and its process instance: no join").isFalse();
            assertThat(joined[1]).as("a page with another unit's task: the engine's join").isTrue();
            assertThat(joined[2]).as("another unit's process instance: the engine's join").isTrue();
            assertThat(joined[3]).as("asked by process instance, not by scope: the engine's join").isTrue();
            assertThat(joined[4]).as("the leader of the task's unit: no join").isFalse();
            assertThat(byId[0]).as("own group's task by its id (every call naming a task is checked so): no join").isFalse();
            assertThat(byId[1]).as("another unit's task by its id: the engine's join").isTrue();
            // and what the user sees by id is unchanged: the own task, not the other unit's
            engine.getIdentityService().setAuthentication(new Authentication("probe.officer", List.of(own)));
            try {
                assertThat(engine.getTaskService().createTaskQuery().taskId(ownTask.getId()).count()).isEqualTo(1);
                assertThat(engine.getTaskService().createTaskQuery().taskId(foreignTask.getId()).count()).isZero();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }
}
