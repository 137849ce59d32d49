package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.LEADER_GROUP;
import static vn.motcua.catalog.ProcessVariables.STOP_REASON;
import static vn.motcua.catalog.ProcessVariables.WITHDRAWAL_REASON;
import static vn.motcua.workflow.models.ModelTestSupport.XUAN_HUONG;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/**
 * processes/shared/motcua-withdraw.bpmn: the applicant asks to withdraw (status 7), the leader confirms the stop
 * and writes the reason of the stop slip (form 05, Circular 03/2025/TT-VPCP), status 8 (Decree 118/2025/NĐ-CP).
 */
@ModelTest({"processes/shared/motcua-withdraw.bpmn", "forms/form-stop.form"})
class WithdrawProcessTest {

    private static final String LEADERS = XUAN_HUONG + ":leader";

    @Test
    void withdrawalRequestIsRecordedThenTheLeaderStopsTheDossier() {
        String businessKey = dossierCode(XUAN_HUONG);
        Map<String, Object> variables = submission(businessKey, "1.001193", XUAN_HUONG, "COMMUNE");
        variables.put(LEADER_GROUP, LEADERS);
        variables.put(WITHDRAWAL_REASON, "Gia đình đăng ký khai sinh tại nơi cư trú của mẹ");

        ProcessInstance withdraw = runtimeService().startProcessInstanceByKey("motcua-withdraw", businessKey, variables);

        assertThat(withdraw).isWaitingAt("Task_ConfirmStop");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("WITHDRAWAL_REQUESTED"),
                eq("Gia đình đăng ký khai sinh tại nơi cư trú của mẹ"));
        verifyNoMoreInteractions(lifecycle());

        work(businessKey, "Task_ConfirmStop", LEADERS, "form-stop",
                withVariables(STOP_REASON, "Dừng giải quyết theo đề nghị rút hồ sơ của người yêu cầu"));

        assertThat(withdraw).isEnded().hasPassedInOrder("Start_WithdrawalRequested", "Task_ConfirmStop", "End_Stopped");
        assertThat(withdraw).variables().containsEntry(STOP_REASON, "Dừng giải quyết theo đề nghị rút hồ sơ của người yêu cầu");
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"),
                eq("Dừng giải quyết theo đề nghị rút hồ sơ của người yêu cầu"));
        verifyNoMoreInteractions(lifecycle());
    }
}
