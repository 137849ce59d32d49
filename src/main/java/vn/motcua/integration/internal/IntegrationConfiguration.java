package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.PopulationRegistry;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.result.ResultDocuments;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;

/** Wires the integration module: one {@link PartnerCalls} per partner, the adapters, the NPSP sync, the simulators. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({IntegrationProperties.class, PartnerSimulators.SimulatorProperties.class})
class IntegrationConfiguration {

    @Bean
    @ConditionalOnProperty(name = "motcua.simulators.enabled", havingValue = "true")
    PartnerSimulators partnerSimulators(PartnerSimulators.SimulatorProperties settings, IntegrationProperties partners,
                                        Clock clock) {
        return new PartnerSimulators(settings, partners, clock);
    }

    @Bean
    PartnerAddresses partnerAddresses(IntegrationProperties properties, ObjectProvider<PartnerSimulators> simulators) {
        return new PartnerAddresses(properties, simulators);
    }

    @Bean
    PopulationRegistry populationRegistry(IntegrationProperties properties, PartnerAddresses addresses, ObjectMapper json,
                                          Clock clock, MeterRegistry meters) {
        return new LgspPopulationRegistry(properties, addresses,
                new PartnerCalls("population", properties.population().calls(), clock, meters), json, clock);
    }

    @Bean
    NpspClient npspClient(IntegrationProperties properties, PartnerAddresses addresses, ObjectMapper json, Clock clock,
                          MeterRegistry meters) {
        return new NpspClient(properties, addresses, new PartnerCalls("npsp", properties.npsp().calls(), clock, meters), json);
    }

    @Bean
    NpspOutbox npspOutbox(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions,
                          org.springframework.context.ApplicationEventPublisher events) {
        return new NpspOutbox(jdbc, new org.springframework.transaction.support.TransactionTemplate(transactions), events);
    }

    @Bean
    NpspStatusMapping npspStatusMapping(JdbcClient jdbc) {
        return new NpspStatusMapping(jdbc);
    }

    @Bean
    NpspRecorder npspRecorder(NpspOutbox outbox, DossierQueries dossiers, ProcedureCatalog catalog, UnitDirectory units,
                              NpspStatusMapping statuses, ResultDocuments results, ObjectMapper json, Clock clock,
                              vn.motcua.dossier.PaperMarks paperMarks, vn.motcua.payment.FeeRecords fees) {
        return new NpspRecorder(outbox, dossiers, catalog, units, statuses, results, json, clock, paperMarks, fees);
    }

    @Bean
    NpspSender npspSender(NpspOutbox outbox, NpspClient client, IntegrationProperties properties, ObjectMapper json,
                          Clock clock, @Value("${motcua.node-name:}") String nodeName, MeterRegistry meters) {
        return new NpspSender(outbox, client, properties, json, clock, nodeName(nodeName), meters);
    }

    @Bean
    NpspSatisfactionSync npspSatisfactionSync(NpspOutbox outbox, vn.motcua.feedback.ServiceRatingFigures ratings,
                                              UnitDirectory units, ObjectMapper json, Clock clock) {
        return new NpspSatisfactionSync(outbox, ratings, units, json, clock);
    }

    @Bean
    NpspScheduler npspScheduler(NpspSender sender) {
        return new NpspScheduler(sender);
    }

    @Bean
    NpspMetrics npspMetrics(NpspOutbox outbox, Clock clock, MeterRegistry meters) {
        return new NpspMetrics(outbox, clock, meters);
    }

    @Bean
    NpspDeadLetters npspDeadLetters(NpspOutbox outbox, NpspRecorder recorder, DossierQueries dossiers, AuditTrail audit,
                                    Clock clock) {
        return new NpspDeadLetters(outbox, recorder, dossiers, audit, clock);
    }

    @Bean
    CitizenStoreOutbox citizenStoreOutbox(JdbcClient jdbc) {
        return new CitizenStoreOutbox(jdbc);
    }

    @Bean
    CitizenStoreClient citizenStoreClient(IntegrationProperties properties, PartnerAddresses addresses, ObjectMapper json,
                                          Clock clock, MeterRegistry meters) {
        return new CitizenStoreClient(properties, addresses,
                new PartnerCalls("citizen-store", properties.citizenStore().calls(), clock, meters), json);
    }

    @Bean
    CitizenStoreDelivery citizenStoreDelivery(CitizenStoreOutbox outbox, CitizenStoreClient client,
                                              ResultDocuments results, DossierQueries dossiers,
                                              IntegrationProperties properties, Clock clock) {
        return new CitizenStoreDelivery(outbox, client, results, dossiers, properties, clock);
    }

    @Bean
    NpspInbound npspInbound(DossierIntake intake, JdbcClient jdbc, Clock clock) {
        return new NpspInbound(intake, jdbc, clock);
    }

    /** Before the app's catch-all API chain ({@code vn.motcua.security}); its own paths only. */
    @Bean
    @Order(0)
    SecurityFilterChain npspConnectorChain(HttpSecurity http, IntegrationProperties properties, ObjectMapper json)
            throws Exception {
        return NpspConnectorSecurity.chain(http, properties.npsp().connector(), json);
    }

    private static String nodeName(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ManagementFactory.getRuntimeMXBean().getPid();
        } catch (Exception e) {
            return "node-" + ManagementFactory.getRuntimeMXBean().getPid();
        }
    }
}
