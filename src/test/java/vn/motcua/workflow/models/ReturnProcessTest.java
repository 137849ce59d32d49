package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.RECEIVER_GROUP;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.followUp;
import static vn.motcua.workflow.models.ModelTestSupport.STEP_DUE;
import static vn.motcua.workflow.models.ModelTestSupport.PROVINCIAL_CENTRE;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/shared/motcua-return.bpmn: the receiving point returns the result and closes the dossier. */
@ModelTest({"processes/shared/motcua-return.bpmn", "forms/form-return.form", "processes/shared/motcua-fee.bpmn",
        "forms/form-fee.form"})
class ReturnProcessTest {

    @Test
    void receivingPointReturnsTheResultAndTheDossierIsReturned() {
        String businessKey = dossierCode(PROVINCIAL_CENTRE);
        Map<String, Object> variables = submission(businessKey, "1.012783", PROVINCIAL_CENTRE, "PROVINCE");
        variables.put(RECEIVER_GROUP, PROVINCIAL_CENTRE + ":receiver");
        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);
        assertThat(returning).isWaitingAt("Task_ReturnResult");
        org.assertj.core.api.Assertions.assertThat(openTask(businessKey, "Task_ReturnResult").getDueDate()).as("returned by the dossier's due date")
                .isEqualTo(STEP_DUE.get("RETURN"));
        org.assertj.core.api.Assertions.assertThat(openTask(businessKey, "Task_ReturnResult").getFollowUpDate()).isEqualTo(followUp("RETURN"));
        // the result came back from the competent unit to the receiving point (form 06, return leg)
        verify(lifecycle()).handBack(any(DelegateExecution.class), eq(PROVINCIAL_CENTRE));
        verifyNoMoreInteractions(lifecycle());

        work(businessKey, "Task_ReturnResult", PROVINCIAL_CENTRE + ":receiver", "form-return", Map.of());

        assertThat(returning).isEnded().hasPassed("End_ResultReturned");
        verify(lifecycle()).status(any(DelegateExecution.class), eq("RETURNED"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void aDossierWhoseProcessingWasStoppedHasNoResultToReturnAndKeepsItsStatus() {
        String businessKey = dossierCode(PROVINCIAL_CENTRE);
        Map<String, Object> variables = submission(businessKey, "1.012783", PROVINCIAL_CENTRE, "PROVINCE");
        variables.put(RECEIVER_GROUP, PROVINCIAL_CENTRE + ":receiver");
        variables.put("decideOutcome", "STOPPED");

        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);

        assertThat(returning).isEnded().hasPassed("End_NothingToReturn").hasNotPassed("Task_ReturnResult", "End_ResultReturned");
        verify(lifecycle()).handBack(any(DelegateExecution.class), eq(PROVINCIAL_CENTRE));
        verifyNoMoreInteractions(lifecycle());
    }
}
