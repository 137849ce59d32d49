package vn.motcua.workflow;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.TestNodes;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * History level full without the per-update detail rows of variables (workflow.internal.VariableDetailHistory): a
 * dossier taken through intake leaves the last value of each variable, its task history and the user operation log
 * (Tasklist's task history), but no {@code ACT_HI_DETAIL} row; the level the database records stays full. Nor does the
 * submission's routing check leave a decision in the history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VariableDetailHistoryTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void aDossierKeepsEachVariablesLastValueTasksAndOperationLogButNoDetailRows() throws Exception {
        String code = acceptedAtIntake();

        String[] processes = history.createHistoricProcessInstanceQuery().list().stream()
                .filter(p -> code.equals(p.getBusinessKey())).map(HistoricProcessInstance::getId).toArray(String[]::new);
        assertThat(processes).as("the dossier's process and the parts of the lifecycle it called").hasSizeGreaterThan(1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(processes).variableName("receiveDecision")
                .list()).as("the decision's last value").isNotEmpty().allSatisfy(v -> assertThat(v.getValue()).isEqualTo("ACCEPT"));
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_CheckDossier")
                .finished().count()).isEqualTo(1);
        assertThat(history.createUserOperationLogQuery().userId(Officers.XUANHUONG_RECEIVER).operationType("Claim").count())
                .as("the user operation log (history level full)").isPositive();
        long details = 0;
        for (String process : processes) {
            details += history.createHistoricDetailQuery().processInstanceId(process).count();
        }
        assertThat(details).as("per-update detail rows of the dossier's variables").isZero();
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel())
                .isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    }

    /**
     * The submission's routing check evaluates the procedure's authority decision before the dossier exists; only the
     * decision the dossier's process takes is in the history, linked to it (the check left a second, unlinked one).
     */
    @Test
    void onlyTheProcesssAuthorityDecisionIsInTheHistoryNotTheRoutingChecks() throws Exception {
        String code = submitted();
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-" + Dossiers.BIRTH).singleResult().getId();
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("authority-" + Dossiers.BIRTH)
                .processInstanceId(process).count()).as("the process's decision").isEqualTo(1);
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("authority-" + Dossiers.BIRTH).list())
                .as("decisions of no process: routing checks").allSatisfy(d -> assertThat(d.getProcessInstanceId()).isNotNull());
    }

    /**
     * A part of the lifecycle starts with copies of the dossier's contract variables; their history is the dossier's
     * own rows, not a second row per part. What the part set (the receiver's decision, its outcome) is in the part's
     * history, and the dossier's process keeps every variable's last value, the part's outcome included.
     */
    @Test
    void aPartsHistoryKeepsWhatThePartSetNotTheCopiesItStartedWith() throws Exception {
        String code = acceptedAtIntake();

        String dossier = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-" + Dossiers.BIRTH).singleResult().getId();
        String receive = history.createHistoricProcessInstanceQuery().superProcessInstanceId(dossier)
                .processDefinitionKey("motcua-receive").singleResult().getId();
        java.util.Set<String> inPart = history.createHistoricVariableInstanceQuery().processInstanceId(receive).list().stream()
                .map(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> inDossier = history.createHistoricVariableInstanceQuery().processInstanceId(dossier).list()
                .stream().map(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
                .collect(java.util.stream.Collectors.toSet());

        assertThat(inPart).as("what the receiver decided, in the part").contains("receiveDecision", "receiveOutcome");
        assertThat(inPart).as("copies the part started with").doesNotContain("procedureCode", "applicantName",
                "dossierData", "receiverGroup");
        assertThat(inPart).as("the keys a dossier is found by, kept in every part").contains("dossierCode", "dossierId",
                "dossierSearch");
        assertThat(history.createHistoricTaskInstanceQuery().processVariableValueEquals("dossierCode", code)
                .taskDefinitionKey("Task_CheckDossier").finished().count())
                .as("the part's finished task, found by the dossier's code").isOne();
        String decide = history.createHistoricProcessInstanceQuery().superProcessInstanceId(dossier)
                .processDefinitionKey("motcua-decide").singleResult().getId();
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(decide).variableName("dossierCode").count())
                .as("the next part still runs with its copy").isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(decide).variableName("dueAt").count())
                .as("the next part's copy, not written").isZero();
        // a copy the part changes is the part's own value from then on: written
        java.util.Date later = new java.util.Date(System.currentTimeMillis() + 86_400_000L);
        runtime.setVariable(decide, "dueAt", later);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(decide).variableName("dueAt")
                .singleResult().getValue()).as("the changed copy in the part's history").isEqualTo(later);
        assertThat(inDossier).as("the dossier's own history").contains("dossierCode", "dossierId", "procedureCode",
                "applicantName", "dossierData", "receiveDecision", "receiveOutcome");
    }

    /**
     * Every user task carries four task-local copies of the dossier's values for Tasklist's list rows; they are on the
     * running task, not in the history (the dossier's process history holds the values), also after the task ended.
     */
    @Test
    void aTasksListRowIsOnTheTaskButNotInTheHistory() throws Exception {
        String code = acceptedAtIntake();

        org.camunda.bpm.engine.task.Task review = tasks.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey("Task_ReviewDossier").singleResult();
        assertThat(tasks.getVariablesLocal(review.getId())).as("the running task's row for Tasklist")
                .containsKeys("rowDossierCode", "rowApplicant", "rowProcedure", "rowDossierDue")
                .containsEntry("rowDossierCode", code);
        String check = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey("Task_CheckDossier").finished().singleResult().getId();
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(review.getId(), check).list())
                .as("the rows of the running and the finished task in the history").isEmpty();
        String dossier = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-" + Dossiers.BIRTH).singleResult().getId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(dossier).list().stream()
                .map(org.camunda.bpm.engine.history.HistoricVariableInstance::getName))
                .as("the values the rows copy, in the dossier's history").contains("dossierCode", "applicantName",
                        "procedureName", "dueAt");
    }

    /** An online birth registration submitted over HTTP: its code. */
    private String submitted() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asText();
    }

    /** The same, accepted by the receiver (the receive part has ended, the decide part runs). */
    private String acceptedAtIntake() throws Exception {
        String code = submitted();
        TestNodes.work(tasks, identity, Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        return code;
    }
}
