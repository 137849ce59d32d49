package vn.motcua.workflow.internal;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link EngineErrors} and the engine API's guards into every JAX-RS application that serves the engine's REST
 * resources: the REST starter's at {@code /engine-rest} (which registers them itself) and the one the webapps register
 * for themselves at {@code /camunda/api/engine} (Tasklist's, Cockpit's and Admin's calls), which takes no providers
 * from Spring. Every other JAX-RS application of the webapps (their plugin APIs) gets {@link EngineErrorBodies}.
 * Jersey finds this class through {@code META-INF/services} and runs it for each application it starts.
 */
public class EngineApiProviders implements ForcedAutoDiscoverable {

    /** A resource class that only an application serving the engine's REST API registers. */
    private static final String ENGINE_REST_SERVICE = "org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl";

    @Override
    public void configure(FeatureContext context) {
        boolean engineApi = context.getConfiguration().getClasses().stream()
                .anyMatch(c -> c.getName().equals(ENGINE_REST_SERVICE));
        if (engineApi && !context.getConfiguration().isRegistered(EngineErrors.class)) {
            EngineErrors.PROVIDERS.forEach(context::register);
        } else if (!context.getConfiguration().isRegistered(EngineErrorBodies.class)) {
            // the webapps' plugin APIs (Cockpit's queries, Admin's metrics): their refusals as problem+json too
            context.register(EngineErrorBodies.class);
        }
    }
}
