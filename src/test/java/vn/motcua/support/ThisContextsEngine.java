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
 *
 * <p>Likewise Cockpit's, Admin's, Tasklist's and the welcome page's runtime delegates: static, set by each context's
 * webapp start-up and set to {@code null} when any context with the webapps closes (a multi-node test shutting a node
 * down), which leaves the webapps of every context still cached failing with a {@code NullPointerException}. A
 * missing delegate is put back as the start-up sets it.
 */
public class ThisContextsEngine implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
            if (org.camunda.bpm.cockpit.Cockpit.getRuntimeDelegate() == null) {
                org.camunda.bpm.cockpit.Cockpit.setCockpitRuntimeDelegate(new org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate());
            }
            if (org.camunda.bpm.admin.Admin.getRuntimeDelegate() == null) {
                org.camunda.bpm.admin.Admin.setAdminRuntimeDelegate(new org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate());
            }
            if (org.camunda.bpm.tasklist.Tasklist.getRuntimeDelegate() == null) {
                org.camunda.bpm.tasklist.Tasklist.setTasklistRuntimeDelegate(new org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate());
            }
            if (org.camunda.bpm.welcome.Welcome.getRuntimeDelegate() == null) {
                org.camunda.bpm.welcome.Welcome.setRuntimeDelegate(new org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate());
            }
        }
    }
}
