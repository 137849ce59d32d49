package vn.motcua.workflow.models;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.mockito.Mockito;

import vn.motcua.workflow.DossierLifecycle;
import vn.motcua.workflow.ProcessVariables;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * What the model tests share: the demo units (illustrative codes in the shape of Decision 20/2020/QĐ-TTg,
 * as seeded by the organisation module), a dossier submission as the dossier module starts a procedure,
 * and "an officer of this group works this task with this form".
 */
final class ModelTestSupport {

    static final String XUAN_HUONG = "H36.24781";      // Phường Xuân Hương - Đà Lạt
    static final String LAC_DUONG = "H36.24848";       // Xã Lạc Dương
    static final String PROVINCIAL_CENTRE = "H36.20";  // Trung tâm Phục vụ hành chính công tỉnh
    static final String LAND_OFFICE = "H36.16.01";     // Văn phòng Đăng ký đất đai
    static final String TAX_AGENCY = "H36.T01";        // cơ quan thuế, được lấy ý kiến
    static final String COMMUNE = "COMMUNE";
    static final String PROVINCE = "PROVINCE";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ModelTestSupport() {
    }

    static DossierLifecycle mockLifecycle() {
        return Mockito.mock(DossierLifecycle.class);
    }

    /** A fresh dossier code in the Circular 01/2018 shape: receiving unit - yyMMdd - daily sequence. */
    static String dossierCode(String receivingUnitCode) {
        return "%s-250701-%04d".formatted(receivingUnitCode, SEQUENCE.incrementAndGet());
    }

    /** The variables the dossier module sets when it starts a procedure process. */
    static Map<String, Object> submission(String dossierCode, String procedureCode, String receivingUnitCode,
                                          String receivingUnitLevel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DOSSIER_ID, UUID.randomUUID().toString());
        variables.put(ProcessVariables.DOSSIER_CODE, dossierCode);
        variables.put(ProcessVariables.PROCEDURE_CODE, procedureCode);
        variables.put(ProcessVariables.RECEIVING_UNIT_CODE, receivingUnitCode);
        variables.put(ProcessVariables.RECEIVING_UNIT_LEVEL, receivingUnitLevel);
        variables.put(ProcessVariables.CHANNEL, "COUNTER");
        variables.put(ProcessVariables.APPLICANT_NAME, "Nguyễn Văn An");
        variables.put(ProcessVariables.SUPPLEMENT_DEADLINE, "P15D");
        return variables;
    }

    /**
     * The open task {@code taskKey} of the dossier (found by business key, so this also proves the call
     * activities pass the business key on), offered to exactly {@code candidateGroup} with Camunda Form
     * {@code formKey}, completed with {@code variables}.
     */
    static void work(String businessKey, String taskKey, String candidateGroup, String formKey,
                     Map<String, Object> variables) {
        Task task = openTask(businessKey, taskKey);
        assertThat(candidateGroups(task)).as("candidate groups of %s", taskKey).containsExactly(candidateGroup);
        assertThat(task.getCamundaFormRef()).as("form of %s", taskKey).isNotNull();
        assertThat(task.getCamundaFormRef().getKey()).as("form of %s", taskKey).isEqualTo(formKey);
        complete(task, variables);
    }

    /** A routing output of the authority DMN, stored as a plain String process variable (never a serialized map). */
    static void assertStringVariable(String processInstanceId, String name, String expected) {
        TypedValue value = runtimeService().getVariableTyped(processInstanceId, name);
        assertThat(value).as("variable %s", name).isNotNull();
        assertThat(value.getType()).as("type of %s", name).isEqualTo(ValueType.STRING);
        assertThat(value.getValue()).as("variable %s", name).isEqualTo(expected);
    }

    static Task openTask(String businessKey, String taskKey) {
        Task task = taskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .initializeFormKeys()
                .singleResult();
        assertThat(task).as("open task %s of dossier %s", taskKey, businessKey).isNotNull();
        return task;
    }

    static java.util.List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
