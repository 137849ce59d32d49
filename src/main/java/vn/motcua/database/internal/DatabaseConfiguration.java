package vn.motcua.database.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/** The application's one transaction manager (Spring Boot's would be the same class without the request limits). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, DatabaseProperties properties,
                                                  ObjectProvider<TransactionManagerCustomizers> customizers) {
        RequestTimeoutsTransactionManager manager = new RequestTimeoutsTransactionManager(dataSource, properties);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
