package vn.motcua.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portal's addresses, open to anyone, and the intake form the submission page renders. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalPagesTest {

    @Autowired MockMvc mvc;

    @Test
    void eachPortalAddressShowsItsPageToAnyone() throws Exception {
        for (Map.Entry<String, String> page : Map.of(
                "/", "index.html",
                "/thu-tuc", "thu-tuc.html",
                "/thu-tuc/1.001193", "thu-tuc-chi-tiet.html",
                "/nop-ho-so", "nop-ho-so.html",
                "/bien-nhan", "bien-nhan.html",
                "/tra-cuu", "tra-cuu.html",
                "/phan-anh", "phan-anh.html",
                "/co-so", "co-so.html").entrySet()) {
            mvc.perform(get(page.getKey())).andExpect(status().isOk()).andExpect(forwardedUrl("/portal/" + page.getValue()));
        }
    }

    @Test
    void thePagesAndTheirAssetsAreBuiltIntoTheApplication() throws Exception {
        String home = mvc.perform(get("/portal/index.html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("<html lang=\"vi\">", "Cổng dịch vụ công tỉnh Lâm Đồng", "/portal/assets/home.js")
                .as("every {{message}} was filled in by the build").doesNotContain("{{");
        mvc.perform(get("/portal/assets/submit.js")).andExpect(status().isOk());
        mvc.perform(get("/portal/assets/form.css")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(".fjs-container")));
    }

    @Test
    void theCatalogCanBeBrowsedByFieldWithHowManyProceduresEachHas() throws Exception {
        mvc.perform(get("/api/v1/procedures/fields"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.field == 'Hộ tịch')].count").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$[*].field").value(org.hamcrest.Matchers.hasItems("Hộ tịch", "Đất đai")));
    }

    @Test
    void theIntakeFormIsTheCamundaFormTheAnalystsEdit() throws Exception {
        mvc.perform(get("/api/v1/procedures/{code}/form", "1.001193"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("form-1.001193"))
                .andExpect(jsonPath("$.executionPlatform").value("Camunda Platform"))
                .andExpect(jsonPath("$.components[?(@.key == 'childFullName')].validate.required").value(true));
        mvc.perform(get("/api/v1/procedures/{code}/form", "9.999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không có thủ tục mã 9.999999 / No procedure with code 9.999999"));
    }
}
