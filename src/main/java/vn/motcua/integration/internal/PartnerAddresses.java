package vn.motcua.integration.internal;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Where each partner is: its configured URL, or, when none is configured and the simulators run, the simulator's
 * address (known only once it listens, so asked at each call). Empty when neither: the partner is not configured.
 */
class PartnerAddresses {

    private final IntegrationProperties properties;
    private final ObjectProvider<PartnerSimulators> simulators;

    PartnerAddresses(IntegrationProperties properties, ObjectProvider<PartnerSimulators> simulators) {
        this.properties = properties;
        this.simulators = simulators;
    }

    String npsp() {
        return resolve(properties.npsp().url(), true);
    }

    String population() {
        return resolve(properties.population().url(), false);
    }

    String citizenStore() {
        String configured = properties.citizenStore().url();
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        PartnerSimulators running = simulators.getIfAvailable();
        return running == null ? "" : running.server().citizenStoreUrl();
    }

    private String resolve(String configured, boolean npsp) {
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        PartnerSimulators running = simulators.getIfAvailable();
        if (running == null) {
            return "";
        }
        return npsp ? running.server().npspUrl() : running.server().populationUrl();
    }
}
