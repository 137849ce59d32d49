package vn.motcua.workflow.models;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.motcua.workflow.internal.DossierLifecycle;

import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.RECEIVER_GROUP;
import static vn.motcua.workflow.models.ModelTestSupport.PROVINCIAL_CENTRE;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/shared/motcua-return.bpmn: the receiving point returns the result and closes the dossier. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/shared/motcua-return.bpmn", "forms/form-return.form"})
class ReturnProcessTest {

    ProcessEngine processEngine;
    private DossierLifecycle lifecycle;

    @BeforeEach
    void setUp() {
        init(processEngine);
        lifecycle = ModelTestSupport.mockLifecycle();
        Mocks.register("dossierLifecycle", lifecycle);
        Mocks.register("dossierDeadlines", ModelTestSupport.mockDeadlines());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void receivingPointReturnsTheResultAndTheDossierIsReturned() {
        String businessKey = dossierCode(PROVINCIAL_CENTRE);
        Map<String, Object> variables = submission(businessKey, "1.012783", PROVINCIAL_CENTRE, "PROVINCE");
        variables.put(RECEIVER_GROUP, PROVINCIAL_CENTRE + ":receiver");
        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);
        assertThat(returning).isWaitingAt("Task_ReturnResult");
        verifyNoMoreInteractions(lifecycle);

        work(businessKey, "Task_ReturnResult", PROVINCIAL_CENTRE + ":receiver", "form-return", Map.of());

        assertThat(returning).isEnded().hasPassed("End_ResultReturned");
        verify(lifecycle).status(any(DelegateExecution.class), eq("RETURNED"));
        verifyNoMoreInteractions(lifecycle);
    }
}
