package vn.motcua.security.internal;

import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import vn.motcua.database.DatabaseProduct;

/** Where the rate limits' buckets are kept: see {@link RateLimitProperties#store()}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    RateLimitBuckets rateLimitBuckets(RateLimitProperties properties, ObjectProvider<DataSource> dataSources) {
        DataSource dataSource = dataSources.getIfAvailable();
        boolean shared = switch (properties.store()) {
            case DATABASE -> true;
            case MEMORY -> false;
            // without a database (a web slice) there is nothing to share
            case AUTO -> dataSource != null && onPostgres(dataSource);
        };
        log.info("Rate limits: buckets kept {}", shared ? "in the database, shared by all nodes" : "in this node's memory");
        return shared ? new SharedRateLimitBuckets(dataSource)
                : new LocalRateLimitBuckets(properties.maxClients(), TimeMeter.SYSTEM_NANOTIME);
    }

    private static boolean onPostgres(DataSource dataSource) {
        return DatabaseProduct.isPostgreSql(dataSource, "Rate limits");
    }
}
