package vn.motcua.integration.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.motcua.integration.internal.simulator.CitizenStoreSimulator;
import vn.motcua.integration.internal.simulator.Faults;
import vn.motcua.integration.internal.simulator.NpspSimulator;
import vn.motcua.integration.internal.simulator.PopulationSimulator;
import vn.motcua.integration.internal.simulator.SimulatorServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The partners' simulators inside the app, on a port of their own on 127.0.0.1 (never the app's public port), when
 * {@code motcua.simulators.enabled} (the embedded default): a newcomer sees the sync happen and reads what the "NPSP"
 * received at {@code http://127.0.0.1:8089/npsp/received}. They expect the credentials the adapters are configured
 * with, so a wrong setting fails here as it would against the real partner.
 */
public class PartnerSimulators implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PartnerSimulators.class);

    private final SimulatorServer server;

    PartnerSimulators(SimulatorProperties settings, IntegrationProperties partners, Clock clock) {
        try {
            NpspSimulator npsp = new NpspSimulator(partners.npsp().username(), partners.npsp().password(),
                    partners.npsp().dstcode(), settings.npsp().sessionTtl(), settings.npsp().legacyErrorCode(), clock,
                    settings.npsp().faults());
            PopulationSimulator population = new PopulationSimulator(partners.population().clientId(),
                    partners.population().clientSecret(), settings.population().tokenTtl(), clock,
                    settings.population().faults(), PopulationSimulator.csv(settings.population().citizens()),
                    Set.copyOf(settings.population().unavailableNumbers()));
            CitizenStoreSimulator store = new CitizenStoreSimulator(partners.citizenStore().username(),
                    partners.citizenStore().password(), settings.citizenStore().sessionTtl(), clock,
                    settings.citizenStore().faults());
            this.server = SimulatorServer.start(settings.port(), npsp, population, store);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the partner simulators on 127.0.0.1:" + settings.port()
                    + " (motcua.simulators.port; 0 takes any free port)", e);
        }
        log.info("Partner simulators on: NPSP {} (what it received: {}/received), population database {}, citizen's "
                + "data store {}", server.npspUrl(), server.npspUrl(), server.populationUrl(), server.citizenStoreUrl());
    }

    /** The running simulators (tests switch their faults and read what they received). */
    public SimulatorServer server() {
        return server;
    }

    @Override
    public void destroy() {
        server.close();
    }

    /**
     * {@code motcua.simulators.*}.
     *
     * @param port 8089 by default; 0 for any free port (tests)
     */
    @ConfigurationProperties("motcua.simulators")
    record SimulatorProperties(@DefaultValue("false") boolean enabled, @DefaultValue("8089") int port,
                               @DefaultValue NpspSettings npsp, @DefaultValue PopulationSettings population,
                               @DefaultValue CitizenStoreSettings citizenStore) {
    }

    record CitizenStoreSettings(@DefaultValue("PT30M") Duration sessionTtl, @DefaultValue Faults faults) {
    }

    /** @param legacyErrorCode answer {@code "00"} for success, as older NPSP deployments did, instead of {@code 0} */
    record NpspSettings(@DefaultValue("PT30M") Duration sessionTtl, @DefaultValue("false") boolean legacyErrorCode,
                        @DefaultValue Faults faults) {
    }

    record PopulationSettings(@DefaultValue("PT30M") Duration tokenTtl, @DefaultValue Faults faults,
                              @DefaultValue("simulators/population-citizens.csv") String citizens,
                              @DefaultValue("001099000503") List<String> unavailableNumbers) {
    }
}
