package vn.motcua.workflow.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.motcua.catalog.ProcessVariables;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models as files: every BPMN opens in Camunda Modeler with a complete, non-overlapping diagram and
 * follows the project's contract (DMN-computed candidate groups, Camunda Forms, call activities that pass
 * everything, catalog facts on procedure processes); every DMN has its diagram; every form is a Camunda Form
 * for this engine version. A model edited by hand or by a tool that breaks one of these fails here.
 */
class ModelConformanceTest {

    private static final String[] MODEL_FOLDERS = {"processes", "decisions", "forms"};
    private static final Set<String> FORM_COMPONENT_TYPES =
            // checklist: the intake form's digitisation marks (options from a variable, valuesKey), form-js in Tasklist;
            // filepicker: an intake form's upload field for one required document (the portal sends its files in the
            // part named by its key, as the generated catalog's forms do)
            Set.of("textfield", "textarea", "number", "datetime", "select", "radio", "checkbox", "checklist", "text",
                    "filepicker");
    private static final Set<String> CATALOG_PROPERTIES = Set.of("motcua.code", "motcua.field", "motcua.level",
            "motcua.agency", "motcua.limit.COUNTER", "motcua.limit.ONLINE", "motcua.limit.POSTAL", "motcua.fee.COUNTER",
            "motcua.fee.ONLINE", "motcua.fee.POSTAL");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyBpmnHasAShapePerFlowNodeAndAnEdgePerSequenceFlow() {
        forEachBpmn((file, model) -> {
            Map<String, Bounds> shapes = shapes(model);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as("%s: shape of %s", file, node.getId()).containsKey(node.getId());
            }
            Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), e -> e));
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as("%s: edge of %s", file, flow.getId()).containsKey(flow.getId());
                assertThat(edges.get(flow.getId()).getWaypoints()).as("%s: waypoints of %s", file, flow.getId()).hasSizeGreaterThanOrEqualTo(2);
            }
        });
    }

    @Test
    void everyBpmnDiagramHasNoOverlappingShapesExceptContentInsideItsSubProcess() {
        forEachBpmn((file, model) -> {
            List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .filter(s -> !(s.getBpmnElement() instanceof BoundaryEvent))
                    .toList();
            for (int i = 0; i < shapes.size(); i++) {
                for (int j = i + 1; j < shapes.size(); j++) {
                    BpmnShape a = shapes.get(i);
                    BpmnShape b = shapes.get(j);
                    String what = "%s: %s and %s".formatted(file, a.getBpmnElement().getId(), b.getBpmnElement().getId());
                    if (enclosingSubProcesses(b.getBpmnElement()).contains(a.getBpmnElement())) {
                        assertThat(inside(b.getBounds(), a.getBounds())).as(what + ": drawn inside its sub-process").isTrue();
                    } else if (enclosingSubProcesses(a.getBpmnElement()).contains(b.getBpmnElement())) {
                        assertThat(inside(a.getBounds(), b.getBounds())).as(what + ": drawn inside its sub-process").isTrue();
                    } else {
                        assertThat(overlap(a.getBounds(), b.getBounds())).as(what + " overlap").isFalse();
                    }
                }
            }
        });
    }

    @Test
    void everyBoundaryEventSitsOnTheBorderOfItsActivity() {
        forEachBpmn((file, model) -> {
            Map<String, Bounds> shapes = shapes(model);
            for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
                Bounds own = shapes.get(event.getId());
                Bounds host = shapes.get(event.getAttachedTo().getId());
                assertThat(own).as("%s: shape of %s", file, event.getId()).isNotNull();
                assertThat(host).as("%s: shape of %s", file, event.getAttachedTo().getId()).isNotNull();
                double cx = own.getX() + own.getWidth() / 2;
                double cy = own.getY() + own.getHeight() / 2;
                boolean withinX = cx >= host.getX() - 1 && cx <= host.getX() + host.getWidth() + 1;
                boolean withinY = cy >= host.getY() - 1 && cy <= host.getY() + host.getHeight() + 1;
                boolean onEdge = Math.abs(cx - host.getX()) <= 1 || Math.abs(cx - host.getX() - host.getWidth()) <= 1
                        || Math.abs(cy - host.getY()) <= 1 || Math.abs(cy - host.getY() - host.getHeight()) <= 1;
                assertThat(withinX && withinY && onEdge)
                        .as("%s: %s on the border of %s", file, event.getId(), event.getAttachedTo().getId()).isTrue();
            }
        });
    }

    @Test
    void everyProcessIsExecutableAndKeepsItsHistoryForAYear() {
        forEachBpmn((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as("%s executable", file).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s history time to live", file).isEqualTo("365");
                assertThat(process.getName()).as("%s name", file).isNotBlank();
            }
        });
    }

    @Test
    void everyUserTaskIsOfferedToADmnComputedGroupWithACamundaForm() {
        Set<String> forms = formIds();
        forEachBpmn((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaCandidateGroups()).as("%s: candidate groups of %s", file, task.getId())
                        .matches("\\$\\{(receiverGroup|specialistGroup|leaderGroup|consultGroup|returnGroup)}");
                assertThat(task.getCamundaFormRef()).as("%s: form of %s", file, task.getId()).isIn(forms);
                assertThat(task.getCamundaFormRefBinding()).as("%s: form binding of %s", file, task.getId()).isEqualTo("latest");
                assertThat(task.getName()).as("%s: name of %s", file, task.getId()).isNotBlank();
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(start.getCamundaFormRef()).as("%s: form of %s", file, start.getId()).isIn(forms);
                    assertThat(start.getCamundaFormRefBinding()).as("%s: form binding of %s", file, start.getId()).isEqualTo("latest");
                }
            }
        });
    }

    /**
     * What an officer did on a task is recorded when the task is completed (task listener, event complete). An
     * execution listener on the task's end would also run when the task is cancelled (by a terminate end event,
     * an interrupting event or a withdrawal) and record work that nobody did, or fail on form variables that were
     * never written.
     */
    @Test
    void noUserTaskRecordsWorkWhenItIsMerelyCancelled() {
        forEachBpmn((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getExtensionElements() == null) {
                    continue;
                }
                List<CamundaExecutionListener> listeners = task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaExecutionListener.class).list();
                assertThat(listeners).as("%s: end execution listeners of %s", file, task.getId())
                        .noneMatch(listener -> "end".equals(listener.getCamundaEvent()));
            }
        });
    }

    /**
     * The Spring bean name is the BPMN contract: every bean a model calls ({@code ${dossierLifecycle.status(...)}})
     * is a component of the application with a public method of that name taking that many arguments, and every
     * listener a model delegates to ({@code delegateExpression="${apologyIssued}"}) is a component implementing
     * the listener's interface. A renamed method or bean fails here, not in production.
     */
    @Test
    void everyBeanAModelCallsMatchesTheJavaContract() {
        Map<String, Class<?>> components = components();
        Set<String> engineNames = Set.of("execution", "task", "decisionResult");
        Pattern call = Pattern.compile("(?<![\\w.])([a-zA-Z_]\\w*)\\.(\\w+)\\(");
        Set<String> called = new HashSet<>();
        forEachModel("processes", ".bpmn", (file, path) -> {
            for (String expression : expressions(Files.readString(path))) {
                Matcher matcher = call.matcher(expression);
                while (matcher.find()) {
                    String bean = matcher.group(1);
                    String method = matcher.group(2);
                    if (engineNames.contains(bean)) {
                        continue;
                    }
                    assertThat(components).as("%s: bean %s in %s", file, bean, expression).containsKey(bean);
                    int arguments = argumentCount(expression, matcher.end());
                    called.add(bean + "." + method);
                    assertThat(Arrays.stream(components.get(bean).getMethods())
                            .filter(m -> m.getName().equals(method) && Modifier.isPublic(m.getModifiers()))
                            .map(m -> m.getParameterCount()))
                            .as("%s: %s.%s with %d arguments in %s", file, bean, method, arguments, expression)
                            .contains(arguments);
                }
            }
        });
        assertThat(called).as("the lifecycle calls the models make")
                .contains("dossierLifecycle.status", "dossierLifecycle.warnOverdue", "dossierLifecycle.handOver",
                        "dossierLifecycle.consult", "dossierLifecycle.consultAnswered",
                        "dossierLifecycle.consultationOverdue", "dossierDeadlines.dueDate", "dossierDeadlines.warningAt",
                        "dossierDeadlines.supplementDeadline", "dossierDeadlines.consultationDeadline",
                        "dossierDeadlines.stepDue", "dossierDeadlines.stepFollowUp");

        Set<String> delegated = new HashSet<>();
        forEachBpmn((file, model) -> {
            for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                checkDelegate(file, listener.getCamundaDelegateExpression(), ExecutionListener.class, components, delegated);
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                checkDelegate(file, listener.getCamundaDelegateExpression(), TaskListener.class, components, delegated);
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                checkDelegate(file, task.getCamundaDelegateExpression(), JavaDelegate.class, components, delegated);
            }
        });
        assertThat(delegated).as("the apology (form 04) is issued by its listener").contains("apologyIssued");
    }

    /** Every message a model waits for is one the Java side correlates (a ProcessVariables MESSAGE_ constant). */
    @Test
    void everyMessageIsOneTheApplicationCorrelates() {
        Set<String> messages = Arrays.stream(ProcessVariables.class.getFields())
                .filter(f -> f.getName().startsWith("MESSAGE_"))
                .map(ModelConformanceTest::constant)
                .collect(Collectors.toSet());
        forEachBpmn((file, model) -> {
            for (Message message : model.getModelElementsByType(Message.class)) {
                assertThat(message.getName()).as("%s: message %s", file, message.getId()).isIn(messages);
            }
        });
    }

    /** Every call activity calls a process that exists among the models. */
    @Test
    void everyCalledProcessExists() {
        Set<String> processes = new HashSet<>();
        forEachBpmn((file, model) -> model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId())));
        assertThat(processes).contains("motcua-receive", "motcua-consult", "motcua-decide", "motcua-return", "motcua-withdraw");
        forEachBpmn((file, model) -> {
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                assertThat(call.getCalledElement()).as("%s: %s", file, call.getId()).isIn(processes);
            }
        });
    }

    /**
     * The applicant may withdraw at any point before the result (Decree 118/2025/NĐ-CP, status 7): every procedure
     * has an interrupting event sub-process on the withdrawal message that calls motcua-withdraw.
     */
    @Test
    void everyProcedureCanBeWithdrawnAtAnyPoint() {
        List<String> procedures = new ArrayList<>();
        forEachBpmn((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!process.getId().startsWith("tthc-")) {
                    continue;
                }
                procedures.add(process.getId());
                SubProcess withdrawal = model.getModelElementById("SubProcess_Withdrawal");
                assertThat(withdrawal).as("%s SubProcess_Withdrawal", file).isNotNull();
                assertThat(withdrawal.triggeredByEvent()).as("%s: event sub-process", file).isTrue();
                assertThat(withdrawal.getParentElement()).as("%s: at process level", file).isEqualTo(process);
                List<StartEvent> starts = withdrawal.getChildElementsByType(StartEvent.class).stream().toList();
                assertThat(starts).as("%s: start of the withdrawal", file).hasSize(1);
                StartEvent start = starts.get(0);
                assertThat(start.isInterrupting()).as("%s: the withdrawal interrupts the procedure", file).isTrue();
                List<MessageEventDefinition> definitions = start.getEventDefinitions().stream()
                        .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast).toList();
                assertThat(definitions).as("%s: message start", file).hasSize(1);
                assertThat(definitions.get(0).getMessage().getName()).as(file)
                        .isEqualTo(ProcessVariables.MESSAGE_WITHDRAWAL_REQUESTED);
                assertThat(withdrawal.getChildElementsByType(CallActivity.class)).as("%s: Call_Withdraw", file)
                        .singleElement().satisfies(c -> assertThat(c.getCalledElement()).isEqualTo("motcua-withdraw"));
            }
        });
        assertThat(procedures).contains("tthc-1.001193", "tthc-1.001612", "tthc-1.012783");
    }

    @Test
    void everyCallActivityPassesTheBusinessKeyAndThePartsVariablesToTheLatestSharedModel() {
        forEachBpmn((file, model) -> {
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                String what = file + ": " + call.getId();
                assertThat(call.getCalledElement()).as(what).startsWith("motcua-");
                assertThat(call.getCamundaCalledElementBinding()).as(what).isEqualTo("latest");
                List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
                List<CamundaOut> outs = call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
                // the parts' variables through one mapping (PartVariables), not every variable copied both ways
                assertThat(call.getCamundaVariableMappingDelegateExpression()).as(what + " variable mapping")
                        .isEqualTo("${partVariables}");
                assertThat(ins).as(what + " no in variables=all").noneMatch(in -> "all".equals(in.getCamundaVariables()));
                assertThat(ins).as(what + " in businessKey")
                        .anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
                assertThat(outs).as(what + " no out variables=all").noneMatch(out -> "all".equals(out.getCamundaVariables()));
            }
        });
    }

    @Test
    void everyProcedureModelCarriesItsCatalogFactsIntakeFormAndAuthorityDecision() {
        Set<String> forms = formIds();
        Set<String> decisions = decisionIds();
        List<String> procedures = new ArrayList<>();
        forEachBpmn((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!process.getId().startsWith("tthc-")) {
                    continue;
                }
                String code = process.getId().substring("tthc-".length());
                procedures.add(code);
                Map<String, String> facts = new HashMap<>();
                process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult()
                        .getCamundaProperties().forEach((CamundaProperty p) -> facts.put(p.getCamundaName(), p.getCamundaValue()));
                assertThat(facts.keySet()).as("%s catalog properties", file).containsAll(CATALOG_PROPERTIES);
                assertThat(facts.get("motcua.code")).as(file).isEqualTo(code);
                assertThat(facts.get("motcua.level")).as(file).isIn("COMMUNE", "PROVINCE");
                for (String channel : List.of("COUNTER", "ONLINE", "POSTAL")) {
                    assertThat(facts.get("motcua.limit." + channel)).as("%s limit %s", file, channel).matches("\\d{1,4}(WD|CD)");
                    assertThat(facts.get("motcua.fee." + channel)).as("%s fee %s", file, channel).matches("\\d+");
                }
                // the documents live once, as the intake form's upload fields, not also as a list in the model
                assertThat(facts).as("%s documents listed in the model", file).doesNotContainKey("motcua.documents");

                StartEvent start = model.getModelElementById("Start_DossierSubmitted");
                assertThat(start).as("%s Start_DossierSubmitted", file).isNotNull();
                assertThat(start.getCamundaFormRef()).as("%s intake form", file).isEqualTo("form-" + code).isIn(forms);
                BusinessRuleTask authority = model.getModelElementById("Task_DetermineAuthority");
                assertThat(authority).as("%s Task_DetermineAuthority", file).isNotNull();
                assertThat(authority.getCamundaDecisionRef()).as("%s decision", file).isEqualTo("authority-" + code).isIn(decisions);
                assertThat(authority.getCamundaDecisionRefBinding()).as(file).isEqualTo("latest");
                assertThat(authority.getCamundaResultVariable()).as("%s must not store the whole decision result", file).isNull();
            }
        });
        assertThat(procedures).contains("1.001193", "1.001612", "1.012783");
    }

    @Test
    void everyDecisionHasADiagramShapeAUniqueHitPolicyAndAYearOfHistory() {
        forEachModel("decisions", ".dmn", (file, path) -> {
            DmnModelInstance model;
            try (InputStream in = Files.newInputStream(path)) {
                model = Dmn.readModelFromStream(in);
            }
            Set<String> shapes = dmnShapeRefs(path);
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                assertThat(shapes).as("%s: DMNShape of %s", file, decision.getId()).contains(decision.getId());
                assertThat(decision.getCamundaHistoryTimeToLiveString()).as("%s history time to live", file).isEqualTo("365");
                DecisionTable table = (DecisionTable) decision.getExpression();
                assertThat(table.getHitPolicy()).as(file).isEqualTo(HitPolicy.UNIQUE);
                for (Rule rule : table.getRules()) {
                    assertThat(rule.getDescription()).as("%s: description of %s", file, rule.getId()).isNotNull();
                    assertThat(rule.getDescription().getTextContent()).as("%s: description of %s", file, rule.getId()).isNotBlank();
                }
            }
        });
    }

    @Test
    void everyFormIsACamundaFormForThisEngineWithSupportedComponents() {
        forEachModel("forms", ".form", (file, path) -> {
            JsonNode form = json.readTree(path.toFile());
            assertThat(form.path("id").asText()).as("%s id", file).isEqualTo(file.replace(".form", ""));
            assertThat(form.path("executionPlatform").asText()).as(file).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(file).isEqualTo("7.24.0");
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode component : form.path("components")) {
                assertThat(component.path("type").asText()).as("%s component type", file).isIn(FORM_COMPONENT_TYPES);
                assertThat(ids.add(component.path("id").asText())).as("%s unique id %s", file, component.path("id")).isTrue();
                if (component.has("key")) {
                    assertThat(keys.add(component.path("key").asText())).as("%s unique key %s", file, component.path("key")).isTrue();
                }
            }
        });
    }

    @Test
    void intakeFormKeysNeverOverwriteTheLifecycleVariables() {
        Set<String> reserved = Arrays.stream(ProcessVariables.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(ModelConformanceTest::constant)
                .collect(Collectors.toSet());
        forEachModel("forms", ".form", (file, path) -> {
            if (!file.matches("form-\\d.*\\.form")) {
                return;
            }
            for (JsonNode component : json.readTree(path.toFile()).path("components")) {
                if (component.has("key")) {
                    assertThat(component.path("key").asText()).as("%s key", file).isNotIn(reserved);
                }
            }
        });
    }

    @Test
    void supplementedDossierFormCannotAskForASecondSupplement() throws IOException {
        JsonNode form = json.readTree(modelFolder("forms").resolve("form-receive-supplemented.form").toFile());
        List<String> choices = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            if (ProcessVariables.RECEIVE_DECISION.equals(component.path("key").asText())) {
                assertThat(component.path("validate").path("required").asBoolean()).isTrue();
                component.path("values").forEach(v -> choices.add(v.path("value").asText()));
            }
        }
        assertThat(choices).as("guide the applicant once (Decree 118/2025/NĐ-CP)").containsExactly("ACCEPT", "REFUSE");
    }

    private void forEachBpmn(ModelCheck<BpmnModelInstance> check) {
        forEachModel("processes", ".bpmn", (file, path) -> {
            try (InputStream in = Files.newInputStream(path)) {
                check.accept(file, Bpmn.readModelFromStream(in));
            }
        });
    }

    private static void forEachModel(String folder, String extension, ModelCheck<Path> check) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(modelFolder(folder))) {
            // generated catalog models: checked by ModelValidator (WholeTreeIsValidTest) and run by CatalogConformanceTest
            files = walk.filter(p -> p.getFileName().toString().endsWith(extension))
                    .filter(p -> !modelFolder(folder).relativize(p).toString().startsWith("catalog/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("%s/**/*%s", folder, extension).isNotEmpty();
        for (Path file : files) {
            try {
                check.accept(modelFolder(folder).relativize(file).toString(), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The folder as packaged on the classpath (the pom copies the top-level model folders there). */
    private static Path modelFolder(String folder) {
        assertThat(folder).isIn((Object[]) MODEL_FOLDERS);
        try {
            return Path.of(ModelConformanceTest.class.getClassLoader().getResource(folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> formIds() {
        Set<String> ids = new HashSet<>();
        forEachModel("forms", ".form", (file, path) -> ids.add(new ObjectMapper().readTree(path.toFile()).path("id").asText()));
        return ids;
    }

    private static Set<String> decisionIds() {
        Set<String> ids = new HashSet<>();
        forEachModel("decisions", ".dmn", (file, path) -> {
            try (InputStream in = Files.newInputStream(path)) {
                Dmn.readModelFromStream(in).getModelElementsByType(Decision.class).forEach(d -> ids.add(d.getId()));
            }
        });
        return ids;
    }

    private static Map<String, Bounds> shapes(BpmnModelInstance model) {
        Map<String, Bounds> shapes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            assertThat(shape.getBpmnElement()).as("element drawn by %s", shape.getId()).isNotNull();
            assertThat(shape.getBounds()).as("bounds of %s", shape.getId()).isNotNull();
            shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
        }
        return shapes;
    }

    private static void checkDelegate(String file, String delegateExpression, Class<?> listenerType,
                                      Map<String, Class<?>> components, Set<String> delegated) {
        if (delegateExpression == null) {
            return;
        }
        assertThat(delegateExpression).as("%s: delegate expression", file).matches("\\$\\{\\w+}");
        String bean = delegateExpression.substring(2, delegateExpression.length() - 1);
        assertThat(components).as("%s: bean %s", file, bean).containsKey(bean);
        assertThat(listenerType.isAssignableFrom(components.get(bean)))
                .as("%s: %s is a %s", file, bean, listenerType.getSimpleName()).isTrue();
        delegated.add(bean);
    }

    /** The application's Spring components by bean name, read from the compiled classes (no context started). */
    private static Map<String, Class<?>> components() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, Class<?>> components = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.motcua")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName(), false, ModelConformanceTest.class.getClassLoader());
                components.put(names.generateBeanName(candidate, registry), type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return components;
    }

    /** The sub-processes (expanded or event) that contain {@code element}, innermost first. */
    private static List<ModelElementInstance> enclosingSubProcesses(ModelElementInstance element) {
        List<ModelElementInstance> enclosing = new ArrayList<>();
        for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof SubProcess) {
                enclosing.add(parent);
            }
        }
        return enclosing;
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    /** The JUEL expressions ({@code ${...}} and {@code #{...}}) in a model file, XML entities decoded. */
    private static List<String> expressions(String xml) {
        String text = xml.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < text.length() - 1; i++) {
            if ((text.charAt(i) == '$' || text.charAt(i) == '#') && text.charAt(i + 1) == '{') {
                int depth = 0;
                int end = i + 1;
                for (; end < text.length(); end++) {
                    char c = text.charAt(end);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        break;
                    }
                }
                expressions.add(text.substring(i, Math.min(end + 1, text.length())));
                i = end;
            }
        }
        return expressions;
    }

    /** The number of arguments of the call whose argument list starts at {@code from} (just after its "("). */
    private static int argumentCount(String expression, int from) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        Character quote = null;
        for (int i = from; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != null) {
                if (c == quote) {
                    quote = null;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (c == '(') {
                depth++;
                any = true;
            } else if (c == ')') {
                if (depth-- == 0) {
                    return any ? commas + 1 : 0;
                }
            } else if (c == ',' && depth == 0) {
                commas++;
            } else if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        throw new IllegalStateException("unbalanced call in " + expression);
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    /** The DMN model API does not expose DMNDI, so read the diagram with plain DOM. */
    private static Set<String> dmnShapeRefs(Path dmn) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList diagrams = factory.newDocumentBuilder().parse(dmn.toFile())
                    .getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNDiagram");
            Set<String> refs = new HashSet<>();
            for (int d = 0; d < diagrams.getLength(); d++) {
                NodeList shapes = ((Element) diagrams.item(d))
                        .getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
                for (int s = 0; s < shapes.getLength(); s++) {
                    refs.add(((Element) shapes.item(s)).getAttribute("dmnElementRef"));
                }
            }
            return refs;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(dmn + ": " + e.getMessage(), e);
        }
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ModelCheck<T> {
        void accept(String file, T model) throws IOException;
    }
}
