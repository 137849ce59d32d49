package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.Map;

import org.mockito.InOrder;
import vn.motcua.catalog.ProcessVariables;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.inOrder;
import static vn.motcua.catalog.ProcessVariables.RECEIVER_GROUP;
import static vn.motcua.workflow.models.ModelTestSupport.LAC_DUONG;
import static vn.motcua.workflow.models.ModelTestSupport.XUAN_HUONG;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.followUp;
import static vn.motcua.workflow.models.ModelTestSupport.STEP_DUE;
import static vn.motcua.workflow.models.ModelTestSupport.PROVINCIAL_CENTRE;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/shared/motcua-return.bpmn: the receiving point returns the result and closes the dossier. */
@ModelTest({"processes/shared/motcua-return.bpmn", "forms/form-return.form", "forms/form-return-post.form",
        "forms/form-return-electronic.form", "processes/shared/motcua-fee.bpmn", "forms/form-fee.form"})
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
    void theResultGoesBackToTheOtherReceivingPointTheApplicantChoseWhichReturnsIt() {
        String businessKey = dossierCode(PROVINCIAL_CENTRE);
        Map<String, Object> variables = submission(businessKey, "1.012783", PROVINCIAL_CENTRE, "PROVINCE");
        variables.put(RECEIVER_GROUP, PROVINCIAL_CENTRE + ":receiver");
        variables.put(ProcessVariables.RESULT_RETURN_METHOD, "AT_OTHER_POINT");
        variables.put(ProcessVariables.RESULT_RETURN_UNIT_CODE, LAC_DUONG);

        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);

        // form 06: the return leg goes to the chosen point, not to the point that received the dossier
        verify(lifecycle()).handBack(any(DelegateExecution.class), eq(LAC_DUONG));
        work(businessKey, "Task_ReturnResult", LAC_DUONG + ":receiver", "form-return", Map.of());
        assertThat(returning).isEnded().hasPassed("End_ResultReturned").hasNotPassed("Task_PostResult",
                "Task_PublishElectronicResult");
        verify(lifecycle()).status(any(DelegateExecution.class), eq("RETURNED"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void byPostTheReturnPointHandsTheResultToThePostWithItsTrackingNumberAndTheDossierIsReturned() {
        String businessKey = dossierCode(XUAN_HUONG);
        Map<String, Object> variables = submission(businessKey, "1.012783", XUAN_HUONG, "COMMUNE");
        variables.put(RECEIVER_GROUP, XUAN_HUONG + ":receiver");
        variables.put(ProcessVariables.RESULT_RETURN_METHOD, "POSTAL");
        variables.put(ProcessVariables.RESULT_RETURN_UNIT_CODE, XUAN_HUONG);
        variables.put(ProcessVariables.RESULT_POSTAL_ADDRESS, "12 Trần Phú, Phường Xuân Hương - Đà Lạt");

        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);

        assertThat(returning).isWaitingAt("Task_PostResult");
        org.assertj.core.api.Assertions.assertThat(openTask(businessKey, "Task_PostResult").getDueDate())
                .isEqualTo(STEP_DUE.get("RETURN"));
        work(businessKey, "Task_PostResult", XUAN_HUONG + ":receiver", "form-return-post",
                Map.of("postalTrackingNumber", "EMS123456789VN"));

        assertThat(returning).isEnded().hasPassed("End_ResultPosted").hasNotPassed("Task_ReturnResult");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).handBack(any(DelegateExecution.class), eq(XUAN_HUONG));
        order.verify(lifecycle()).resultPosted(any(DelegateExecution.class), eq(XUAN_HUONG), eq("EMS123456789VN"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("RETURNED"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void electronicallyTheResultIsPublishedForDownloadAndTheDossierIsReturned() {
        String businessKey = dossierCode(PROVINCIAL_CENTRE);
        Map<String, Object> variables = submission(businessKey, "1.012783", PROVINCIAL_CENTRE, "PROVINCE");
        variables.put(RECEIVER_GROUP, PROVINCIAL_CENTRE + ":receiver");
        variables.put(ProcessVariables.RESULT_RETURN_METHOD, "ELECTRONIC");
        variables.put(ProcessVariables.RESULT_RETURN_UNIT_CODE, PROVINCIAL_CENTRE);

        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);

        assertThat(returning).isWaitingAt("Task_PublishElectronicResult");
        work(businessKey, "Task_PublishElectronicResult", PROVINCIAL_CENTRE + ":receiver", "form-return-electronic",
                Map.of("electronicResultReady", true));

        assertThat(returning).isEnded().hasPassed("End_ResultPublished").hasNotPassed("Task_ReturnResult", "Task_PostResult");
        verify(lifecycle()).handBack(any(DelegateExecution.class), eq(PROVINCIAL_CENTRE));
        verify(lifecycle()).status(any(DelegateExecution.class), eq("RETURNED"),
                org.mockito.ArgumentMatchers.contains("Kết quả điện tử"));
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
