package vn.motcua.database.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/** The application's one transaction manager (Spring Boot's would be the same class without the request limits). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    /**
     * The data source behind a circuit breaker ({@link CircuitBreakingDataSource}); the pool stays reachable with
     * {@code unwrap}. Its settings bound here from the environment: a post-processor is made before the configuration properties beans.
     */
    @Bean
    static BeanPostProcessor circuitBreakingDataSource(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof CircuitBreakingDataSource)
                        && "dataSource".equals(beanName)) {
                    DatabaseProperties properties = Binder.get(environment)
                            .bindOrCreate("motcua.database", DatabaseProperties.class);
                    return new CircuitBreakingDataSource(dataSource, properties.breakerFailures(),
                            properties.breakerOpen());
                }
                return bean;
            }
        };
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, DatabaseProperties properties,
                                                  ObjectProvider<TransactionManagerCustomizers> customizers) {
        RequestTimeoutsTransactionManager manager = new RequestTimeoutsTransactionManager(dataSource, properties);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
