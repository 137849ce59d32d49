package vn.motcua.workflow.models;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.test.TestHelper;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.ArrayList;
import java.util.List;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Deploys what a {@link ModelTest} names and registers the mocked beans before each test; undoes both after it. The
 * engine is the one {@link org.camunda.bpm.engine.test.junit5.ProcessEngineExtension} builds from
 * {@code camunda.cfg.xml} (the same cached instance), and the deployment is made the way its {@code @Deployment} makes
 * one, named after the test.
 */
final class ModelTestExtension implements BeforeEachCallback, AfterEachCallback {

    /** The shared lifecycle every procedure calls (processes/shared) and the forms of its tasks. */
    static final List<String> SHARED_LIFECYCLE = List.of("processes/shared/motcua-receive.bpmn",
            "processes/shared/motcua-consult.bpmn", "processes/shared/motcua-decide.bpmn",
            "processes/shared/motcua-return.bpmn", "processes/shared/motcua-withdraw.bpmn",
            "processes/shared/motcua-fee.bpmn", "forms/form-fee.form", "forms/form-receive.form",
            "forms/form-receive-supplemented.form", "forms/form-consult.form", "forms/form-review.form",
            "forms/form-approve.form", "forms/form-apology.form", "forms/form-return.form", "forms/form-return-post.form",
            "forms/form-return-electronic.form", "forms/form-stop.form");

    private static final String CONFIGURATION = "camunda.cfg.xml";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ModelTestExtension.class);
    private static final String DEPLOYMENT = "deployment";

    @Override
    public void beforeEach(ExtensionContext context) {
        ModelTest models = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ModelTest.class)
                .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass() + " is not a @ModelTest"));
        List<String> resources = new ArrayList<>(List.of(models.value()));
        if (models.withSharedLifecycle()) {
            resources.addAll(SHARED_LIFECYCLE);
        }
        ProcessEngine engine = TestHelper.getProcessEngine(CONFIGURATION);
        init(engine);
        String deployment = TestHelper.annotationDeploymentSetUp(engine, resources.toArray(String[]::new),
                context.getRequiredTestClass(), context.getRequiredTestMethod().getName());
        context.getStore(NAMESPACE).put(DEPLOYMENT, deployment);
        ModelTestSupport.registerMocks();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ModelTestSupport.resetMocks();
        TestHelper.annotationDeploymentTearDown(TestHelper.getProcessEngine(CONFIGURATION),
                context.getStore(NAMESPACE).remove(DEPLOYMENT, String.class), context.getRequiredTestClass(),
                context.getRequiredTestMethod().getName());
    }
}
