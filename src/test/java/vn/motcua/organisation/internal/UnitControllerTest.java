package vn.motcua.organisation.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.support.ControllerSlice;

import java.util.List;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ControllerSlice(UnitController.class)
class UnitControllerTest {

    @Autowired MockMvc mvc;
    @MockitoBean UnitDirectory units;

    @Test
    void anyoneReadsTheReceivingPointsWithTheirAddressesAndHotlines() throws Exception {
        given(units.receivingPoints()).willReturn(List.of(new Unit("H36.24781", "Ủy ban nhân dân Phường Xuân Hương - Đà Lạt",
                "Xuan Huong - Da Lat Ward", "COMMUNE", "COMMUNE", "H36", "24781", "2 Nguyễn Văn Trỗi", "0263 3822 811", true)));

        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("H36.24781"))
                .andExpect(jsonPath("$[0].address").value("2 Nguyễn Văn Trỗi"))
                .andExpect(jsonPath("$[0].hotline").value("0263 3822 811"));
    }
}
