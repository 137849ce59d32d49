package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.CONSULT_DUE_AT;
import static vn.motcua.catalog.ProcessVariables.CONSULT_GROUP;
import static vn.motcua.catalog.ProcessVariables.CONSULT_OPINION;
import static vn.motcua.catalog.ProcessVariables.CONSULT_UNIT_CODE;
import static vn.motcua.workflow.models.ModelTestSupport.CONSULTATION_DEADLINE;
import static vn.motcua.workflow.models.ModelTestSupport.LAC_DUONG;
import static vn.motcua.workflow.models.ModelTestSupport.TAX_AGENCY;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/**
 * processes/shared/motcua-consult.bpmn: consultation of another agency (liên thông; Decree 118/2025/NĐ-CP),
 * with the consulted agency's own answer deadline from the working calendar.
 */
@ModelTest({"processes/shared/motcua-consult.bpmn", "forms/form-consult.form"})
class ConsultProcessTest {

    private static final String TAX_SPECIALISTS = TAX_AGENCY + ":specialist";
    private static final String ANSWER = "Không phát sinh nghĩa vụ tài chính";

    private String businessKey;

    @BeforeEach
    void setUp() {
        businessKey = dossierCode(LAC_DUONG);
    }

    @Test
    void consultedAgencyRecordedThenItsOfficersAnswer() {
        ProcessInstance consult = start();

        assertThat(consult).isWaitingAt("Task_AnswerConsultation");
        assertThat(consult).variables().containsEntry(CONSULT_DUE_AT, CONSULTATION_DEADLINE);
        assertThat(openTask(businessKey, "Task_AnswerConsultation").getDueDate()).as("answer due by the calendar")
                .isEqualTo(CONSULTATION_DEADLINE);
        assertThat(job("Timer_ConsultationOverdue", consult).getDuedate()).isEqualTo(CONSULTATION_DEADLINE);
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).consult(any(DelegateExecution.class), eq(TAX_AGENCY));
        verifyNoMoreInteractions(lifecycle());

        work(businessKey, "Task_AnswerConsultation", TAX_SPECIALISTS, "form-consult", withVariables(CONSULT_OPINION, ANSWER));

        assertThat(consult).isEnded().hasPassed("End_ConsultationAnswered").hasNotPassed("End_ConsultationOverdue");
        assertThat(consult).variables().containsEntry(CONSULT_OPINION, ANSWER);
        order.verify(lifecycle()).consultAnswered(any(DelegateExecution.class), eq(TAX_AGENCY), eq(ANSWER));
        verifyNoMoreInteractions(lifecycle());
        assertThat(managementService().createJobQuery().processInstanceId(consult.getId()).count())
                .as("the overdue timer ends with the answer").isZero();
    }

    @Test
    void consultedAgencyLateIsRecordedAndStillAskedToAnswer() {
        ProcessInstance consult = start();

        execute(job("Timer_ConsultationOverdue", consult));

        assertThat(consult).hasPassed("Timer_ConsultationOverdue", "End_ConsultationOverdue")
                .isWaitingAt("Task_AnswerConsultation");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).consult(any(DelegateExecution.class), eq(TAX_AGENCY));
        order.verify(lifecycle()).consultationOverdue(any(DelegateExecution.class), eq(TAX_AGENCY));
        verifyNoMoreInteractions(lifecycle());

        work(businessKey, "Task_AnswerConsultation", TAX_SPECIALISTS, "form-consult", withVariables(CONSULT_OPINION, ANSWER));

        assertThat(consult).isEnded().hasPassed("End_ConsultationAnswered");
        order.verify(lifecycle()).consultAnswered(any(DelegateExecution.class), eq(TAX_AGENCY), eq(ANSWER));
        verifyNoMoreInteractions(lifecycle());
    }

    private ProcessInstance start() {
        Map<String, Object> variables = submission(businessKey, "1.012783", LAC_DUONG, "COMMUNE");
        variables.put(CONSULT_UNIT_CODE, TAX_AGENCY);
        variables.put(CONSULT_GROUP, TAX_SPECIALISTS);
        return runtimeService().startProcessInstanceByKey("motcua-consult", businessKey, variables);
    }
}
