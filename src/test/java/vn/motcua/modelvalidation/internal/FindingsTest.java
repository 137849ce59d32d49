package vn.motcua.modelvalidation.internal;

import org.junit.jupiter.api.Test;
import vn.motcua.modelvalidation.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The wording shared by the validators: a parser's own reason, readable on one line; findings in a stable order. */
class FindingsTest {

    @Test
    void aParsersReasonIsItsInnermostMessageOnOneLineAndAtMost300Characters() {
        Findings findings = new Findings();
        findings.add("a.bpmn", "", "không đọc được BPMN", "BPMN cannot be parsed",
                new IllegalStateException("wrapper", new RuntimeException("line 3:\n   element  not closed")));
        findings.add("b.bpmn", "", "không đọc được BPMN", "BPMN cannot be parsed", new RuntimeException("x".repeat(400)));
        findings.add("c.bpmn", "", "không đọc được BPMN", "BPMN cannot be parsed", new IllegalArgumentException());

        assertThat(findings.sorted()).extracting(Finding::messageEn).containsExactly(
                "BPMN cannot be parsed: line 3: element not closed",
                "BPMN cannot be parsed: " + "x".repeat(299) + "…",
                "BPMN cannot be parsed: IllegalArgumentException");
        assertThat(findings.sorted().get(0).messageVi()).isEqualTo("không đọc được BPMN: line 3: element not closed");
    }

    @Test
    void aNameTheEngineCannotStoreIsReportedInBothLanguagesAndAStorableOneIsNot() {
        Findings findings = new Findings();
        findings.nameTooLong("d.dmn", "authority-1", "n".repeat(Findings.MAX_NAME), "bảng quyết định", "decision");
        findings.nameTooLong("d.dmn", "authority-2", "n".repeat(Findings.MAX_NAME + 1), "bảng quyết định", "decision");
        findings.nameTooLong("d.dmn", "authority-3", null, "bảng quyết định", "decision");

        assertThat(findings.sorted()).containsExactly(new Finding("d.dmn", "authority-2",
                "tên bảng quyết định dài hơn 255 ký tự: engine không lưu được",
                "decision name longer than 255 characters: the engine cannot store it"));
    }

    @Test
    void findingsAreSortedByResourceThenElementThenMessage() {
        Findings findings = new Findings();
        findings.add("b.form", "key", "vi", "b");
        findings.add("a.bpmn", "Task_B", "vi", "a");
        findings.add("a.bpmn", "Task_A", "vi", "z");
        findings.add("a.bpmn", "Task_A", "vi", "y");

        assertThat(findings.sorted()).extracting(Finding::resource, Finding::element, Finding::messageEn).containsExactly(
                tuple("a.bpmn", "Task_A", "y"),
                tuple("a.bpmn", "Task_A", "z"),
                tuple("a.bpmn", "Task_B", "a"),
                tuple("b.form", "key", "b"));
    }
}
