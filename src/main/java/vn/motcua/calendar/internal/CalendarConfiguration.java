package vn.motcua.calendar.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Enables {@link CalendarProperties} ({@code motcua.calendar.*}) for {@link WorkingCalendar}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {
}
