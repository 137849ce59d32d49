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

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.workflow.ProcessVariables.APPROVAL;
import static vn.motcua.workflow.ProcessVariables.COMPETENT_UNIT_CODE;
import static vn.motcua.workflow.ProcessVariables.LEADER_GROUP;
import static vn.motcua.workflow.ProcessVariables.OPINION;
import static vn.motcua.workflow.ProcessVariables.PROPOSAL;
import static vn.motcua.workflow.ProcessVariables.SPECIALIST_GROUP;
import static vn.motcua.workflow.models.ModelTestSupport.LAC_DUONG;
import static vn.motcua.workflow.models.ModelTestSupport.LAND_OFFICE;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/shared/motcua-decide.bpmn: hand-over (form 06), specialist review, leader approval. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/shared/motcua-decide.bpmn", "forms/form-review.form", "forms/form-approve.form"})
class DecideProcessTest {

    private static final String SPECIALISTS = LAND_OFFICE + ":specialist";
    private static final String LEADERS = LAND_OFFICE + ":leader";

    ProcessEngine processEngine;
    private DossierLifecycle lifecycle;
    private String businessKey;

    @BeforeEach
    void setUp() {
        init(processEngine);
        lifecycle = ModelTestSupport.mockLifecycle();
        Mocks.register("dossierLifecycle", lifecycle);
        businessKey = dossierCode(LAC_DUONG);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void handedOverReviewedAndApprovedDossierIsFinished() {
        ProcessInstance decide = start();
        assertThat(decide).isWaitingAt("Task_ReviewDossier");

        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp đổi"));
        assertThat(decide).isWaitingAt("Task_ApproveResult");
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded()
                .hasPassedInOrder("Start_HandedOver", "Task_ReviewDossier", "Task_ApproveResult", "End_Finished");
        assertThat(decide).variables().containsEntry(PROPOSAL, "GRANT").containsEntry(APPROVAL, "APPROVE");
        InOrder order = inOrder(lifecycle);
        order.verify(lifecycle).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle).status(any(DelegateExecution.class), eq("FINISHED"));
        verifyNoMoreInteractions(lifecycle);
    }

    @Test
    void resultReturnedByTheLeaderGoesBackToReviewThenIsApproved() {
        ProcessInstance decide = start();
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện"));

        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve",
                withVariables(APPROVAL, "RETURN", OPINION, "Kiểm tra lại sơ đồ thửa đất"));

        assertThat(decide).isWaitingAt("Task_ReviewDossier").hasNotPassed("End_Finished");
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "REJECT", OPINION, "Ranh giới thửa đất đang tranh chấp"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_Finished");
        assertThat(decide).variables().containsEntry(PROPOSAL, "REJECT");
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(decide.getId())
                .activityId("Task_ReviewDossier").count()).as("reviews").isEqualTo(2);
        InOrder order = inOrder(lifecycle);
        order.verify(lifecycle).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle).status(any(DelegateExecution.class), eq("FINISHED"));
        verifyNoMoreInteractions(lifecycle);
    }

    private ProcessInstance start() {
        Map<String, Object> variables = submission(businessKey, "1.012783", LAC_DUONG, "COMMUNE");
        variables.put(COMPETENT_UNIT_CODE, LAND_OFFICE);
        variables.put(SPECIALIST_GROUP, SPECIALISTS);
        variables.put(LEADER_GROUP, LEADERS);
        return runtimeService().startProcessInstanceByKey("motcua-decide", businessKey, variables);
    }
}
