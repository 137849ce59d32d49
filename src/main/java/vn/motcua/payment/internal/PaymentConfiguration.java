package vn.motcua.payment.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.payment.internal.simulator.PaygovSimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Wires online payment: the platform's adapter (or its simulator when none is configured), orders, reconciliation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

    /** The platform's simulator, with the other partner simulators; it expects the configured merchant and secret. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "motcua.simulators.enabled", havingValue = "true")
    PaygovSimulator paygovSimulator(PaymentProperties properties) {
        try {
            return PaygovSimulator.start(properties.simulator().port(), properties.merchantCode(), properties.secret(),
                    properties.simulator().faults());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the payment platform simulator (motcua.payment.simulator.port)", e);
        }
    }

    /** This node's own address, for a callback URL left empty (tests and a demo on a random port). */
    @Bean
    LocalPort paymentLocalPort() {
        return new LocalPort();
    }

    static final class LocalPort implements ApplicationListener<WebServerInitializedEvent> {
        private volatile int port;

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            port = event.getWebServer().getPort();
        }
    }

    @Bean
    PaygovClient paygovClient(PaymentProperties properties, ObjectProvider<PaygovSimulator> simulator, LocalPort local) {
        return new PaygovClient(properties, () -> {
            if (!properties.url().isBlank()) {
                return properties.url().replaceAll("/+$", "");
            }
            PaygovSimulator running = simulator.getIfAvailable();
            return running == null ? "" : running.url();
        }, () -> properties.callbackUrl().isBlank()
                ? "http://127.0.0.1:" + local.port + "/api/v1/payments/paygov/callback" : properties.callbackUrl(),
                // empty: this node's own tracking page (tests, a demo on another port)
                () -> properties.returnUrl().isBlank() ? "http://127.0.0.1:" + local.port + "/tra-cuu" : properties.returnUrl());
    }

    @Bean
    PaymentOrders paymentOrders(JdbcClient jdbc) {
        return new PaymentOrders(jdbc);
    }

    @Bean
    OnlinePayments onlinePayments(DossierQueries dossiers, DossierProgress progress, FeeLedger ledger,
                                  PaymentOrders orders, PaygovClient platform, PaymentProperties properties,
                                  ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        return new OnlinePayments(dossiers, progress, ledger, orders, platform, properties, events,
                new TransactionTemplate(transactions), clock);
    }

    @Bean
    PaymentReconciliation paymentReconciliation(PaymentOrders orders, PaygovClient platform, OnlinePayments payments,
                                                PaymentProperties properties, PlatformTransactionManager transactions,
                                                Clock clock) {
        return new PaymentReconciliation(orders, platform, payments, properties, new TransactionTemplate(transactions),
                clock);
    }
}
