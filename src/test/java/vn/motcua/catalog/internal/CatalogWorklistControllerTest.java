package vn.motcua.catalog.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.support.ControllerSlice;

import java.util.List;
import java.util.Map;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;

/** The analysts' worklist of terms the source does not publish. */
@ControllerSlice(CatalogWorklistController.class)
class CatalogWorklistControllerTest {

    @Autowired MockMvc mvc;
    @MockitoBean ProcedureCatalog catalog;

    @Test
    void listsDefaultLimitsUnknownFeesAndPeoplesCouncilFeesMissingFromTheTableButNotPublishedTerms() throws Exception {
        Procedure customs = new Procedure("1.000014", "Thủ tục hải quan", "Hải quan", "COMMUNE", "", "p", "d", "f",
                Map.of(Channel.ONLINE, new ChannelTerms(Channel.ONLINE, TimeLimit.workingDays(10), false, Fee.unknown())),
                List.of(), List.of());
        Procedure marriage = new Procedure("1.000894", "Đăng ký kết hôn", "Hộ tịch", "COMMUNE", "", "p", "d", "f",
                Map.of(Channel.COUNTER, new ChannelTerms(Channel.COUNTER, TimeLimit.SAME_DAY, true,
                        new Fee(Fee.Basis.PROVINCIAL_TABLE, null, null, List.of()))), List.of(), List.of());
        Procedure clean = new Procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch", "COMMUNE", "", "p", "d", "f",
                Map.of(Channel.COUNTER, new ChannelTerms(Channel.COUNTER, TimeLimit.workingDays(3), 8_000)), List.of(), List.of());
        given(catalog.all()).willReturn(List.of(customs, marriage, clean));

        mvc.perform(get("/api/v1/procedures/worklist"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].code").value("1.000014"))
                .andExpect(jsonPath("$[0].gap").value("LIMIT_NOT_PUBLISHED"))
                .andExpect(jsonPath("$[0].applied").value("10WD"))
                .andExpect(jsonPath("$[1].gap").value("FEE_NOT_PUBLISHED"))
                .andExpect(jsonPath("$[2].code").value("1.000894"))
                .andExpect(jsonPath("$[2].gap").value("PROVINCIAL_FEE_MISSING"));
        mvc.perform(get("/api/v1/procedures/worklist").param("gap", "limit_not_published"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void anUnknownGapIsRefusedInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/procedures/worklist").param("gap", "FREE"))
                .andExpect(invalid("gap"));
    }
}
