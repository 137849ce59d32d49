package vn.motcua.calendar.internal;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.SliceOfficers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.notFound;
import static vn.motcua.support.Problems.required;
import static vn.motcua.support.SliceOfficers.as;

/**
 * The calendar API's rules, with the database mocked and a transaction manager that only runs the transaction's
 * callbacks, so that "the calendar reloads once the change is committed" is checked here; the rows themselves and the
 * due dates computed afterwards are in {@code CalendarAdministrationApiTest}.
 */
@ControllerSlice(CalendarController.class)
@Import(CalendarControllerTest.CallbacksOnlyTransactions.class)
class CalendarControllerTest {

    /** Thursday 30 April 2026, Reunification Day. */
    private static final LocalDate REUNIFICATION_DAY = LocalDate.of(2026, 4, 30);
    private static final String HOLIDAY = """
            {"kind": "HOLIDAY", "nameVi": " Ngày Giải phóng miền Nam ", "nameEn": "Reunification Day",
             "basis": "Bộ luật Lao động 2019, Điều 112"}""";

    @Autowired MockMvc mvc;
    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS) JdbcClient jdbc;
    @MockitoBean WorkingCalendar calendar;
    @MockitoBean AuditTrail audit;

    @Test
    void anyoneReadsTheDaysOfAYear() throws Exception {
        given(calendar.snapshot()).willReturn(new CalendarRules(List.of(
                new CalendarDay(LocalDate.of(2025, 9, 2), CalendarDayKind.HOLIDAY, "Quốc khánh", "National Day", null),
                new CalendarDay(REUNIFICATION_DAY, CalendarDayKind.HOLIDAY, "Ngày Giải phóng miền Nam", "Reunification Day",
                        null)),
                LocalTime.of(17, 0), LocalTime.of(15, 0)));

        mvc.perform(get("/api/v1/calendar/days").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].day").value("2026-04-30"))
                .andExpect(jsonPath("$[0].kind").value("HOLIDAY"));
    }

    @Test
    void aYearOutside2000To2100IsABadRequestNamingTheYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("year", "1999"))
                .andExpect(invalid("year", "Năm phải từ 2000 đến 2100", "The year must be from 2000 to 2100"));
    }

    @Test
    void anAdministratorSetsAHolidayWhichIsAuditedAndTheCalendarReloadsOnceCommitted() throws Exception {
        admin(put("/api/v1/calendar/days/{day}", REUNIFICATION_DAY), HOLIDAY)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day").value("2026-04-30"))
                .andExpect(jsonPath("$.nameVi").value("Ngày Giải phóng miền Nam"))
                .andExpect(jsonPath("$.basis").value("Bộ luật Lao động 2019, Điều 112"));
        verify(audit).record("CALENDAR_DAY_SET", "CALENDAR_DAY", "2026-04-30", null,
                "HOLIDAY Ngày Giải phóng miền Nam; Bộ luật Lao động 2019, Điều 112");
        verify(calendar).reload();
    }

    @Test
    void onlyAWeekendDayCanBeMadeAWorkingDay() throws Exception {
        admin(put("/api/v1/calendar/days/{day}", REUNIFICATION_DAY), HOLIDAY.replace("HOLIDAY", "WORKING_DAY"))
                .andExpect(invalid("kind",
                        "Chỉ ngày cuối tuần mới có thể làm ngày làm việc bù", "Only a weekend day can be made a working day"));
        verifyNoInteractions(jdbc, audit);
        verify(calendar, never()).reload();
    }

    @Test
    void aDayWithoutItsVietnameseNameIsABadRequestNamingIt() throws Exception {
        admin(put("/api/v1/calendar/days/{day}", REUNIFICATION_DAY), HOLIDAY.replace(" Ngày Giải phóng miền Nam ", ""))
                .andExpect(required("nameVi"));
        verifyNoInteractions(jdbc);
    }

    @Test
    void aDayThatIsNoDateIsABadRequest() throws Exception {
        admin(put("/api/v1/calendar/days/{day}", "2026-13-01"), HOLIDAY)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(jdbc);
    }

    @Test
    void removingADayThatIsNotInTheCalendarIsNotFoundAndReloadsNothing() throws Exception {
        given(jdbc.sql(anyString()).param(any()).update()).willReturn(0);

        mvc.perform(delete("/api/v1/calendar/days/{day}", REUNIFICATION_DAY).with(as(SliceOfficers.ADMIN)))
                .andExpect(notFound("Ngày 2026-04-30 không có trong lịch / Day 2026-04-30 is not in the calendar"));
        verify(calendar, never()).reload();
        verifyNoInteractions(audit);
    }

    @Test
    void removingADayIsAuditedAndReloadsTheCalendar() throws Exception {
        given(jdbc.sql(anyString()).param(any()).update()).willReturn(1);

        mvc.perform(delete("/api/v1/calendar/days/{day}", REUNIFICATION_DAY).with(as(SliceOfficers.ADMIN)))
                .andExpect(status().isNoContent());
        verify(audit).record("CALENDAR_DAY_DELETED", "CALENDAR_DAY", "2026-04-30", null, null);
        verify(calendar).reload();
    }

    @Test
    void onlyAdministratorsAmendTheCalendar() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/{day}", REUNIFICATION_DAY)
                        .contentType(MediaType.APPLICATION_JSON).content(HOLIDAY))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/calendar/days/{day}", REUNIFICATION_DAY).with(as(SliceOfficers.XUANHUONG_LEADER))
                        .contentType(MediaType.APPLICATION_JSON).content(HOLIDAY))
                .andExpect(status().isForbidden());
        verifyNoInteractions(jdbc, audit);
    }

    private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                String body) throws Exception {
        return mvc.perform(request.with(as(SliceOfficers.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Begins and commits nothing but runs the synchronisations, as a real transaction manager does on commit. */
    @TestConfiguration
    @EnableTransactionManagement
    static class CallbacksOnlyTransactions {

        @Bean
        PlatformTransactionManager transactionManager() {
            return new AbstractPlatformTransactionManager() {
                @Override
                protected Object doGetTransaction() {
                    return new Object();
                }

                @Override
                protected void doBegin(Object transaction, TransactionDefinition definition) {
                }

                @Override
                protected void doCommit(DefaultTransactionStatus status) {
                }

                @Override
                protected void doRollback(DefaultTransactionStatus status) {
                }
            };
        }
    }
}
