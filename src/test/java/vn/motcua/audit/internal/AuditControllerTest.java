package vn.motcua.audit.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.ControllerSlice;
import vn.motcua.support.SliceOfficers;

import java.time.LocalDateTime;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.SliceOfficers.as;

/** The auditors' read of the audit trail; what is recorded is in {@code AuditTrailTest}. */
@ControllerSlice(AuditController.class)
class AuditControllerTest {

    @Autowired MockMvc mvc;
    @MockitoBean AuditQueries queries;

    @Test
    void anAuditorFiltersByDaysAndADayMeansTheWholeDay() throws Exception {
        given(queries.find(any(), anyInt())).willReturn(List.of(new AuditEntry(7, LocalDateTime.of(2026, 7, 1, 8, 0),
                "xuanhuong.chuyenvien", "DOSSIER_READ", "DOSSIER", "H36.24781-260701-0001", "H36.24781", null, "10.0.0.1")));

        mvc.perform(get("/api/v1/audit").param("actor", "xuanhuong.chuyenvien").param("from", "2026-07-01")
                        .param("to", "2026-07-02").param("limit", "20").with(as(SliceOfficers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("DOSSIER_READ"))
                .andExpect(jsonPath("$[0].clientAddress").value("10.0.0.1"));
        verify(queries).find(new AuditQueries.Filter("xuanhuong.chuyenvien", null, null, null, null,
                LocalDateTime.of(2026, 7, 1, 0, 0), LocalDateTime.of(2026, 7, 3, 0, 0)), 20);
    }

    @Test
    void aDateTimeIsTakenAsItIs() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "2026-07-01T08:30").with(as(SliceOfficers.AUDITOR)))
                .andExpect(status().isOk());
        verify(queries).find(new AuditQueries.Filter(null, null, null, null, null, LocalDateTime.of(2026, 7, 1, 8, 30),
                null), 100);
    }

    @Test
    void anUnreadableDateIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/audit").param("to", "01/07/2026").with(as(SliceOfficers.AUDITOR)))
                .andExpect(invalid("to",
                        "Ngày giờ không hợp lệ (yyyy-MM-dd hoặc yyyy-MM-ddTHH:mm)",
                        "Invalid date or date-time (yyyy-MM-dd or yyyy-MM-ddTHH:mm)"));
        verifyNoInteractions(queries);
    }

    @Test
    void aLimitOutsideOneToAThousandIsABadRequestNamingIt() throws Exception {
        mvc.perform(get("/api/v1/audit").param("limit", "1001").with(as(SliceOfficers.AUDITOR)))
                .andExpect(invalid("limit", "Số dòng phải từ 1 đến 1000", "The limit must be from 1 to 1000"));
        verifyNoInteractions(queries);
    }

    @Test
    void onlyAuditorsReadTheTrail() throws Exception {
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit").with(as(SliceOfficers.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(as(SliceOfficers.XUANHUONG_LEADER))).andExpect(status().isForbidden());
        verifyNoInteractions(queries);
    }
}
