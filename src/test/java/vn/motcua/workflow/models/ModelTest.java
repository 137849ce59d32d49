package vn.motcua.workflow.models;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of models on the in-memory engine ({@code camunda.cfg.xml}): before each test the models it names are deployed
 * (in one deployment, as {@code @Deployment} would), with the shared lifecycle when a procedure's model calls it, and
 * the beans the models call are fresh Mockito mocks ({@link ModelTestSupport#lifecycle()},
 * {@link ModelTestSupport#deadlines()}, {@link ModelTestSupport#apologyIssued()}); after it the deployment is deleted
 * and the mocks are dropped. A test names only its own models:
 * <pre>
 * &#64;ModelTest(value = {"processes/tthc-1.001193.bpmn", "decisions/authority-1.001193.dmn", "forms/form-1.001193.form"},
 *         withSharedLifecycle = true)
 * </pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ProcessEngineExtension.class, ModelTestExtension.class})
@interface ModelTest {

    /** The resources the test is about: a procedure's process, decision and intake form, or a shared model and its forms. */
    String[] value();

    /** Deploy the shared lifecycle ({@link ModelTestExtension#SHARED_LIFECYCLE}) too: every procedure's model calls it. */
    boolean withSharedLifecycle() default false;
}
