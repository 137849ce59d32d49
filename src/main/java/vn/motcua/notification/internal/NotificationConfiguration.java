package vn.motcua.notification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires the notification module. Scheduling is enabled here as well as anywhere else, so the sender runs
 * even if the application class stops enabling it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    NotificationMessages notificationMessages(NotificationProperties properties) {
        return new NotificationMessages(properties.trackingUrl());
    }
}
