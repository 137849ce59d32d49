package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.dossier.PaperMarks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The intake task's digitisation marks: every paper of the procedure recorded, ticked ones digitised or reused. */
class DossierPapersTest {

    private final PaperMarks marks = mock(PaperMarks.class);
    private final ProcedureCatalog catalog = mock(ProcedureCatalog.class);
    private final DossierPapers papers = new DossierPapers(marks, catalog);
    private final UUID dossier = UUID.randomUUID();

    private DelegateTask task(Object digitised, Object reused) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getVariable(ProcessVariables.PROCEDURE_CODE)).thenReturn("1.001193");
        when(task.getVariable(ProcessVariables.DOSSIER_ID)).thenReturn(dossier.toString());
        when(task.getVariable(ProcessVariables.DIGITISED_PAPERS)).thenReturn(digitised);
        when(task.getVariable(ProcessVariables.REUSED_PAPERS)).thenReturn(reused);
        when(task.getAssignee()).thenReturn("xuanhuong.tiepnhan");
        Procedure procedure = mock(Procedure.class);
        when(procedure.documents()).thenReturn(List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Giấy tờ tùy thân"));
        when(catalog.find("1.001193")).thenReturn(Optional.of(procedure));
        return task;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPaperOfTheProcedureIsRecordedWithTheReceiversTicks() {
        papers.marked(task("[\"Tờ khai đăng ký khai sinh\"]", List.of("Giấy tờ tùy thân")));

        ArgumentCaptor<List<PaperMarks.Mark>> recorded = ArgumentCaptor.forClass(List.class);
        verify(marks).record(eq(dossier), recorded.capture(), eq("INTAKE"), eq("xuanhuong.tiepnhan"));
        assertThat(recorded.getValue()).containsExactly(
                new PaperMarks.Mark("Tờ khai đăng ký khai sinh", true, false),
                new PaperMarks.Mark("Giấy chứng sinh", false, false),
                new PaperMarks.Mark("Giấy tờ tùy thân", true, true));
    }

    @Test
    void theFormsValuesAreReadInEveryShapeTheyCome() {
        assertThat(DossierPapers.names(null)).isEmpty();
        assertThat(DossierPapers.names(List.of("A", " ", "B "))).containsExactly("A", "B");
        assertThat(DossierPapers.names("[\"A\",\"B\"]")).containsExactly("A", "B");
        assertThat(DossierPapers.names("A\nB\n")).containsExactly("A", "B");
        assertThat(DossierPapers.names(SpinValues.jsonValue("[\"Giấy chứng sinh\"]").create()))
                .containsExactly("Giấy chứng sinh");
        assertThat(DossierPapers.names(org.camunda.spin.Spin.JSON("[\"Giấy chứng sinh\"]")))
                .containsExactly("Giấy chứng sinh");
    }

    @Test
    void theOptionsAreTheProceduresPapersAsJson() {
        assertThat(((org.camunda.spin.plugin.variable.value.JsonValue) DossierPapers.options(List.of("Giấy chứng sinh", " ")))
                .getValueSerialized())
                .contains("\"label\":\"Giấy chứng sinh\"", "\"value\":\"Giấy chứng sinh\"");
    }

    @Test
    void aProcedureWithoutPapersAndNoTicksRecordsNothing() {
        DelegateTask task = task(null, null);
        when(catalog.find("1.001193")).thenReturn(Optional.empty());
        papers.marked(task);
        verify(marks, org.mockito.Mockito.never()).record(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPaperTheApplicantReusedOnThePortalStaysReusedWhateverTheReceiverTicks() {
        when(marks.marks(dossier)).thenReturn(List.of(new PaperMarks.Mark("Giấy chứng sinh", true, true)));
        papers.marked(task("[]", "[]"));

        ArgumentCaptor<List<PaperMarks.Mark>> recorded = ArgumentCaptor.forClass(List.class);
        verify(marks).record(eq(dossier), recorded.capture(), eq("INTAKE"), eq("xuanhuong.tiepnhan"));
        assertThat(recorded.getValue()).containsExactly(
                new PaperMarks.Mark("Tờ khai đăng ký khai sinh", false, false),
                new PaperMarks.Mark("Giấy chứng sinh", true, true),
                new PaperMarks.Mark("Giấy tờ tùy thân", false, false));
    }
}
