package vn.motcua.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test of a Spring test context, makes that context's engine the one Camunda's REST API and its
 * authentication filter find under the name "default". They look engines up in a static registry, where the last
 * context started wins; the test contexts that Spring keeps cached in one JVM (H2 and PostgreSQL, with and without
 * OpenID Connect) would otherwise answer {@code /engine-rest} from another context's database. Registered for every
 * Spring test in {@code META-INF/spring.factories}.
 */
public class ThisContextsEngine implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
