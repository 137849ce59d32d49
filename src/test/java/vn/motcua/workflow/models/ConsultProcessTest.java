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
import org.mockito.InOrder;

import vn.motcua.workflow.DossierLifecycle;

import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.workflow.ProcessVariables.CONSULT_GROUP;
import static vn.motcua.workflow.ProcessVariables.CONSULT_UNIT_CODE;
import static vn.motcua.workflow.models.ModelTestSupport.LAC_DUONG;
import static vn.motcua.workflow.models.ModelTestSupport.TAX_AGENCY;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/shared/motcua-consult.bpmn: consultation of another agency (liên thông). */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/shared/motcua-consult.bpmn", "forms/form-consult.form"})
class ConsultProcessTest {

    ProcessEngine processEngine;
    private DossierLifecycle lifecycle;

    @BeforeEach
    void setUp() {
        init(processEngine);
        lifecycle = ModelTestSupport.mockLifecycle();
        Mocks.register("dossierLifecycle", lifecycle);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void consultedAgencyRecordedThenItsOfficersAnswer() {
        String businessKey = dossierCode(LAC_DUONG);
        Map<String, Object> variables = submission(businessKey, "1.012783", LAC_DUONG, "COMMUNE");
        variables.put(CONSULT_UNIT_CODE, TAX_AGENCY);
        variables.put(CONSULT_GROUP, TAX_AGENCY + ":specialist");

        ProcessInstance consult = runtimeService().startProcessInstanceByKey("motcua-consult", businessKey, variables);

        assertThat(consult).isWaitingAt("Task_AnswerConsultation");
        InOrder order = inOrder(lifecycle);
        order.verify(lifecycle).consult(any(DelegateExecution.class), eq(TAX_AGENCY));

        work(businessKey, "Task_AnswerConsultation", TAX_AGENCY + ":specialist", "form-consult",
                withVariables("consultOpinion", "Không phát sinh nghĩa vụ tài chính"));

        assertThat(consult).isEnded().hasPassed("End_ConsultationAnswered");
        assertThat(consult).variables().containsEntry("consultOpinion", "Không phát sinh nghĩa vụ tài chính");
        verifyNoMoreInteractions(lifecycle);
    }
}
