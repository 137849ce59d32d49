package vn.motcua.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar is data an administrator amends through the API, applied without a restart. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarAdministrationApiTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "demo";

    @Autowired MockMvc mvc;
    @Autowired WorkingCalendar calendar;

    @Test
    void anAdministratorDeclaresADayOffAndDueDatesUseItAtOnce() throws Exception {
        LocalDate friday = LocalDate.of(2034, 6, 16);
        LocalDateTime thursdayMorning = LocalDateTime.of(2034, 6, 15, 9, 0);
        assertThat(calendar.dueAt(thursdayMorning, TimeLimit.parse("1WD"))).isEqualTo(friday.atTime(17, 0));

        mvc.perform(put("/api/v1/calendar/days/{day}", friday).with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DAY_OFF\",\"nameVi\":\"Nghỉ hoán đổi\",\"nameEn\":\"Swapped day off\","
                                + "\"basis\":\"Thông báo của Bộ Nội vụ (giả định)\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("DAY_OFF"));
        try {
            assertThat(calendar.isWorkingDay(friday)).isFalse();
            assertThat(calendar.dueAt(thursdayMorning, TimeLimit.parse("1WD"))).isEqualTo(LocalDateTime.of(2034, 6, 19, 17, 0));
            mvc.perform(get("/api/v1/calendar/days").param("year", "2034"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.day == '2034-06-16')].nameVi").value("Nghỉ hoán đổi"));
        } finally {
            mvc.perform(delete("/api/v1/calendar/days/{day}", friday).with(httpBasic(ADMIN, PASSWORD)))
                    .andExpect(status().isNoContent());
        }
        assertThat(calendar.isWorkingDay(friday)).isTrue();
    }

    @Test
    void aSaturdayMadeAWorkingDayCountsAsOne() throws Exception {
        LocalDate saturday = LocalDate.of(2034, 6, 24);
        mvc.perform(put("/api/v1/calendar/days/{day}", saturday).with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WORKING_DAY\",\"nameVi\":\"Làm bù\",\"nameEn\":\"Make-up working day\"}"))
                .andExpect(status().isOk());
        try {
            assertThat(calendar.isWorkingDay(saturday)).isTrue();
        } finally {
            mvc.perform(delete("/api/v1/calendar/days/{day}", saturday).with(httpBasic(ADMIN, PASSWORD)));
        }
    }

    @Test
    void onlyAdministratorsAmendTheCalendar() throws Exception {
        String body = "{\"kind\":\"HOLIDAY\",\"nameVi\":\"Nghỉ\",\"nameEn\":\"Off\"}";
        mvc.perform(put("/api/v1/calendar/days/2034-06-14").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/calendar/days/2034-06-14").with(httpBasic("xuanhuong.lanhdao", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(calendar.isWorkingDay(LocalDate.of(2034, 6, 14))).isTrue();
    }

    @Test
    void badAmendmentsAreRefusedAndChangeNothing() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/2034-06-14").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PARTY\",\"nameVi\":\"x\",\"nameEn\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(put("/api/v1/calendar/days/2034-06-14").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKING_DAY\",\"nameVi\":\"x\",\"nameEn\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(put("/api/v1/calendar/days/2034-06-14").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"nameVi\":\"\",\"nameEn\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nameVi"));
        mvc.perform(put("/api/v1/calendar/days/not-a-date").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"nameVi\":\"x\",\"nameEn\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/calendar/days/2034-06-14").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(calendar.isWorkingDay(LocalDate.of(2034, 6, 14))).isTrue();
    }
}
