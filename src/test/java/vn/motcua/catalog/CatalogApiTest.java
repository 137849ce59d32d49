package vn.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CatalogApiTest {

    @Autowired MockMvc mvc;

    @Test
    void listsTheWholeCatalogWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/procedures"))
                .andExpect(status().isOk())
                // the province's catalog: 1,584 procedures done at province or commune level
                .andExpect(jsonPath("$.length()").value(1584))
                .andExpect(jsonPath("$[*].code", hasItems("1.001193", "1.001612", "1.012783")));
    }

    @Test
    void filtersByLevel() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("level", "PROVINCE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].level", everyItem(is("PROVINCE"))))
                .andExpect(jsonPath("$[*].code", hasItem("1.012783")))
                .andExpect(jsonPath("$[*].code", not(hasItem("1.001193"))));
    }

    @Test
    void filtersByAgencyIgnoringCaseAndDiacriticsAndListsTheAgencies() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("agency", "so tu phap"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(60)))
                .andExpect(jsonPath("$[*].agency", everyItem(containsStringIgnoringCase("Sở Tư"))));
        mvc.perform(get("/api/v1/procedures").param("agency", "so tu phap").param("level", "COMMUNE").param("q", "khai sinh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].level", everyItem(is("COMMUNE"))))
                .andExpect(jsonPath("$[*].name", everyItem(containsStringIgnoringCase("khai sinh"))));
        mvc.perform(get("/api/v1/procedures/agencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agency == 'Sở Tư pháp')].count").value(hasItem(org.hamcrest.Matchers.greaterThan(60))))
                .andExpect(jsonPath("$[?(@.agency == 'Ủy ban nhân dân cấp xã')]").isNotEmpty());
    }

    @Test
    void anUnknownLevelIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("level", "DISTRICT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsStringIgnoringCase("level")));
    }

    @Test
    void searchIgnoresDiacritics() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "dang ky khai sinh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("1.001193")))
                .andExpect(jsonPath("$[*].name", everyItem(containsStringIgnoringCase("khai sinh"))));
    }

    @Test
    void readsOneProcedureWithLimitsFeesDocumentsAndRequiredFields() throws Exception {
        mvc.perform(get("/api/v1/procedures/1.012783"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("PROVINCE"))
                .andExpect(jsonPath("$.channels[?(@.channel == 'COUNTER')].timeLimit").value(hasItem("5WD")))
                .andExpect(jsonPath("$.channels[?(@.channel == 'ONLINE')].timeLimit").value(hasItem("15WD")))
                .andExpect(jsonPath("$.channels[?(@.channel == 'COUNTER')].timeLimitVi").value(hasItem("5 ngày làm việc")))
                .andExpect(jsonPath("$.documents").isNotEmpty())
                .andExpect(jsonPath("$.fields[?(@.key == 'certificateNumber')].required").value(hasItem(true)));
        mvc.perform(get("/api/v1/procedures/1.001612"))
                .andExpect(jsonPath("$.channels[?(@.channel == 'COUNTER')].feeVnd").value(hasItem(50000)));
    }

    @Test
    void unknownProcedureIs404Problem() throws Exception {
        mvc.perform(get("/api/v1/procedures/9.999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không có thủ tục mã 9.999999 / No procedure with code 9.999999"));
    }

    @Test
    void listsTheReceivingPointsWithAddressAndHotline() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isOk())
                // the provincial centre and its branches, and every commune of the province (V3, V7)
                .andExpect(jsonPath("$[*].code", org.hamcrest.Matchers.hasItems("H36.20", "H36.20.01", "H36.24781", "H36.24848",
                        "H36.23272")))
                .andExpect(jsonPath("$[0].address").isNotEmpty())
                .andExpect(jsonPath("$[0].hotline").isNotEmpty());
    }
}
