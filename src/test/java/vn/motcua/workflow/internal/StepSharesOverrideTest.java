package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.dossier.DossierProgress;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A procedure's model overrides the province's split of the time limit between the steps ({@code motcua.steps} on its
 * process); each deployed definition's model is read once, and a new version with another split gets its own.
 */
class StepSharesOverrideTest {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 10, 0);
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 30, 17, 0);
    private static final List<Integer> PROVINCE = List.of(10, 60, 25, 5);

    private final WorkingCalendar calendar = mock(WorkingCalendar.class);
    private final DossierProgress progress = mock(DossierProgress.class);
    private final DossierDeadlines deadlines = new DossierDeadlines(calendar, progress, Clock.systemUTC(), 1, "15WD", "5WD",
            "receive=10,review=60,approve=25,return=5", 75);
    private final UUID dossier = UUID.randomUUID();

    StepSharesOverrideTest() {
        when(progress.clock(dossier)).thenReturn(new DossierProgress.DossierClock(RECEIVED, DUE));
        when(calendar.stepEnds(eq(RECEIVED), eq(DUE), any())).thenReturn(List.of(RECEIVED.plusHours(1),
                RECEIVED.plusDays(3), RECEIVED.plusDays(5), DUE));
        when(calendar.pointWithin(any(), any(), eq(75))).thenAnswer(call -> call.getArgument(1));
    }

    @Test
    void aProcedureWithoutItsOwnSplitUsesTheProvincesAndItsModelIsReadOnce() {
        DelegateExecution procedure = procedure("tthc-9.000001:1:a", model("tthc-9.000001", null));

        deadlines.stepDue(task(procedure), "REVIEW");
        deadlines.stepFollowUp(task(procedure), "REVIEW");

        verify(calendar, times(2)).stepEnds(RECEIVED, DUE, PROVINCE);
        verify(procedure, times(1)).getBpmnModelInstance();
    }

    @Test
    void theModelsSplitIsUsedAndANewVersionWithAnotherSplitGetsItsOwn() {
        DelegateExecution first = procedure("tthc-9.000002:1:a", model("tthc-9.000002", "receive=5,review=70,approve=20,return=5"));
        DelegateExecution second = procedure("tthc-9.000002:2:b", model("tthc-9.000002", "receive=20,review=50,approve=20,return=10"));

        deadlines.stepDue(task(first), "RECEIVE");
        deadlines.stepDue(task(first), "APPROVE");
        deadlines.stepDue(task(second), "RECEIVE");

        verify(calendar, times(2)).stepEnds(RECEIVED, DUE, List.of(5, 70, 20, 5));
        verify(calendar, times(1)).stepEnds(RECEIVED, DUE, List.of(20, 50, 20, 10));
        verify(first, times(1)).getBpmnModelInstance();
        verify(second, times(1)).getBpmnModelInstance();
    }

    @Test
    void aSharedPartAsksTheProcedureThatCalledIt() {
        DelegateExecution procedure = procedure("tthc-9.000003:1:a", model("tthc-9.000003", "receive=5,review=70,approve=20,return=5"));
        DelegateExecution part = mock(DelegateExecution.class);
        when(part.getProcessInstance()).thenReturn(part);
        when(part.getSuperExecution()).thenReturn(procedure);
        when(part.getProcessDefinitionId()).thenReturn("motcua-receive:1:c");

        deadlines.stepDue(task(part), "RECEIVE");

        verify(calendar).stepEnds(RECEIVED, DUE, List.of(5, 70, 20, 5));
        verify(part, times(0)).getBpmnModelInstance();
    }

    private DelegateTask task(DelegateExecution execution) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getExecution()).thenReturn(execution);
        when(task.getVariable(ProcessVariables.DOSSIER_ID)).thenReturn(dossier.toString());
        return task;
    }

    private static DelegateExecution procedure(String definitionId, BpmnModelInstance model) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessInstance()).thenReturn(execution);
        when(execution.getProcessDefinitionId()).thenReturn(definitionId);
        when(execution.getBpmnModelInstance()).thenReturn(model);
        return execution;
    }

    private static BpmnModelInstance model(String key, String steps) {
        String properties = steps == null ? "" : """
                <bpmn:extensionElements><camunda:properties>
                  <camunda:property name="motcua.steps" value="%s"/>
                </camunda:properties></bpmn:extensionElements>""".formatted(steps);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://motcua.vn/test">
                  <bpmn:process id="%s" isExecutable="true">%s<bpmn:startEvent id="start"/></bpmn:process>
                </bpmn:definitions>""".formatted(key, properties);
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
