package vn.motcua.calendar.internal;

import vn.motcua.calendar.WorkingCalendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.audit.AuditTrail;
import vn.motcua.input.Dates;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;

import java.time.LocalDate;
import java.util.List;

/**
 * The calendar as data (Labour Code 2019 art. 112; the Government's yearly swaps): anyone reads it, an
 * administrator amends it, and due dates computed afterwards use the change at once, without a restart. Each
 * amendment is audited in its own transaction.
 */
@RestController
@RequestMapping("/api/v1/calendar/days")
class CalendarController {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;

    CalendarController(JdbcClient jdbc, WorkingCalendar calendar, AuditTrail audit) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
    }

    @GetMapping
    List<CalendarDay> list(@RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Năm phải từ 2000 đến 2100", "The year must be from 2000 to 2100");
        }
        return calendar.snapshot().entries().stream().filter(d -> d.day().getYear() == year).toList();
    }

    /** Adds or replaces the entry of one day: a holiday, a swapped day off, or a weekend made a working day. */
    @PutMapping("/{day}")
    @Transactional
    CalendarDay put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                    @Valid @RequestBody DayRequest request) {
        Dates.plausible("day", day);
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        if (request.kind() == CalendarDayKind.WORKING_DAY && !weekend) {
            throw new InvalidInputException("kind", "Chỉ ngày cuối tuần mới có thể làm ngày làm việc bù",
                    "Only a weekend day can be made a working day");
        }
        jdbc.sql("delete from calendar_day where \"day\" = ?").param(day).update();
        jdbc.sql("insert into calendar_day (\"day\", kind, name_vi, name_en, basis) values (?, ?, ?, ?, ?)")
                .params(day, request.kind().name(), request.nameVi().trim(), request.nameEn().trim(), request.basis())
                .update();
        audit.record("CALENDAR_DAY_SET", "CALENDAR_DAY", day.toString(), null,
                request.kind() + " " + request.nameVi().trim() + (request.basis() == null ? "" : "; " + request.basis()));
        reloadAfterCommit();
        return new CalendarDay(day, request.kind(), request.nameVi().trim(), request.nameEn().trim(), request.basis());
    }

    @DeleteMapping("/{day}")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        Dates.plausible("day", day);
        if (jdbc.sql("delete from calendar_day where \"day\" = ?").param(day).update() == 0) {
            throw new NotFoundException("calendar day", day.toString(), "Ngày " + day + " không có trong lịch",
                    "Day " + day + " is not in the calendar");
        }
        audit.record("CALENDAR_DAY_DELETED", "CALENDAR_DAY", day.toString(), null, null);
        reloadAfterCommit();
        return ResponseEntity.noContent().build();
    }

    private void reloadAfterCommit() {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        calendar.reload();
                    }
                });
    }

    record DayRequest(@NotNull CalendarDayKind kind, @NotBlank @Size(max = 200) String nameVi,
                      @NotBlank @Size(max = 200) String nameEn, @Size(max = 200) String basis) {
    }
}
