package vn.motcua.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.dossier.PaperMarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The BPMN contract of the digitisation marks ({@code ${dossierPapers...}}, processes/shared/motcua-receive.bpmn): the
 * intake form offers the procedure's papers ({@code paperOptions}) and the receiver ticks those digitised
 * ({@code digitisedPapers}) and those reused from data the state holds ({@code reusedPapers}); when the intake task
 * completes the marks of every paper of the procedure are recorded ({@link PaperMarks}), unticked ones as neither,
 * except that a paper the applicant reused on the portal from a signed result the state holds stays reused.
 */
@Component("dossierPapers")
public class DossierPapers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PaperMarks marks;
    private final ProcedureCatalog catalog;

    DossierPapers(PaperMarks marks, ProcedureCatalog catalog) {
        this.marks = marks;
        this.catalog = catalog;
    }

    /** The checklist options: each paper's name as label and value (JSON, so the form reads it as a list). */
    static TypedValue options(List<String> documents) {
        List<Map<String, String>> options = new ArrayList<>();
        for (String d : documents == null ? List.<String>of() : documents) {
            if (d != null && !d.isBlank()) {
                options.add(Map.of("label", d.strip(), "value", d.strip()));
            }
        }
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Task listener (complete) of the intake task: records the marks the receiver made. */
    public void marked(DelegateTask task) {
        String procedureCode = (String) task.getVariable(ProcessVariables.PROCEDURE_CODE);
        Set<String> digitised = names(task.getVariable(ProcessVariables.DIGITISED_PAPERS));
        Set<String> reused = names(task.getVariable(ProcessVariables.REUSED_PAPERS));
        UUID dossierId = UUID.fromString((String) task.getVariable(ProcessVariables.DOSSIER_ID));
        // a paper the applicant reused from a held signed result (checked at submission) stays reused
        marks.marks(dossierId).stream().filter(PaperMarks.Mark::reused).map(PaperMarks.Mark::paper).forEach(reused::add);
        Set<String> papers = new LinkedHashSet<>(catalog.find(procedureCode).map(Procedure::documents).orElse(List.of())
                .stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList());
        papers.addAll(digitised);
        papers.addAll(reused);
        if (papers.isEmpty()) {
            return;
        }
        List<PaperMarks.Mark> list = papers.stream()
                .map(p -> new PaperMarks.Mark(p, digitised.contains(p), reused.contains(p))).toList();
        marks.record(dossierId, list, "INTAKE",
                task.getAssignee() == null ? "system" : task.getAssignee());
    }

    /** A checklist's value as the form sends it: a JSON list (Spin or text), a Java list, or names one per line. */
    static Set<String> names(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null) {
            return out;
        }
        if (value instanceof JsonValue json) {
            value = json.getValueSerialized();
        }
        if (value instanceof Collection<?> c) {
            c.stream().filter(v -> v != null && !v.toString().isBlank()).forEach(v -> out.add(v.toString().strip()));
            return out;
        }
        String text = value.toString().strip();
        if (text.startsWith("[")) {
            try {
                for (JsonNode n : JSON.readTree(text)) {
                    if (!n.asText().isBlank()) {
                        out.add(n.asText().strip());
                    }
                }
                return out;
            } catch (JsonProcessingException e) {
                // not JSON after all: read it as lines
            }
        }
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        return out;
    }
}
