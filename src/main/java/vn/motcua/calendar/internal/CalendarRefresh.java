package vn.motcua.calendar.internal;

import vn.motcua.calendar.WorkingCalendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-reads the calendar now and then, so that an amendment made through another node (two nodes share one
 * database) reaches this one without a restart. The node that takes the amendment reloads at once.
 */
@Component
class CalendarRefresh {

    private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

    private final WorkingCalendar calendar;

    CalendarRefresh(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Scheduled(fixedDelayString = "${motcua.calendar.refresh:PT5M}", initialDelayString = "${motcua.calendar.refresh:PT5M}")
    void refresh() {
        try {
            calendar.reload();
        } catch (DataAccessException | IllegalStateException e) {
            log.warn("Calendar refresh failed, keeping the calendar in memory: {}", e.getMessage());
        }
    }
}
