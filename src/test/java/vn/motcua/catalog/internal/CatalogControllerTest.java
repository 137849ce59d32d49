package vn.motcua.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.support.ControllerSlice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.notFound;

/** The public catalog API; what the catalog holds and how it searches is in {@code CatalogApiTest}. */
@ControllerSlice(CatalogController.class)
@Import(CatalogControllerTest.FixedClock.class)
class CatalogControllerTest {

    /** 3 December 2026, within the 50 % discount on identity cards (until 31/12/2026). */
    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    private static final Procedure BIRTH = new Procedure("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "COMMUNE",
            "Ủy ban nhân dân cấp xã", "tthc-1.001193", "authority-1.001193", "form-1.001193",
            Map.of(Channel.COUNTER, new ChannelTerms(Channel.COUNTER, TimeLimit.workingDays(3), 8_000)),
            List.of("Tờ khai đăng ký khai sinh theo mẫu"),
            List.of(new FormField("childFullName", "Họ, chữ đệm, tên của trẻ", FormField.Type.TEXT, true, List.of())));

    @Autowired MockMvc mvc;
    @MockitoBean ProcedureCatalog catalog;
    @MockitoBean IntakeForms forms;

    @Test
    void anyoneSearchesTheProceduresOfALevelAndSeesEachChannelsTerms() throws Exception {
        given(catalog.search("commune", "Hộ tịch", null, "khai sinh")).willReturn(List.of(BIRTH));

        mvc.perform(get("/api/v1/procedures").param("level", "commune").param("field", "Hộ tịch").param("q", "khai sinh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("1.001193"))
                .andExpect(jsonPath("$[0].channels[0].channel").value("COUNTER"))
                .andExpect(jsonPath("$[0].channels[0].timeLimit").value("3WD"))
                .andExpect(jsonPath("$[0].channels[0].feeVnd").value(8000))
                .andExpect(jsonPath("$[0].documents").doesNotExist());
    }

    @Test
    void anUnknownLevelIsABadRequestNamingTheLevelsInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("level", "DISTRICT"))
                .andExpect(invalid("level",
                        "Cấp thực hiện phải là một trong [PROVINCE, COMMUNE], không phải 'DISTRICT'",
                        "level must be one of [PROVINCE, COMMUNE], not 'DISTRICT'"));
        verify(catalog, never()).search(any(), any(), any(), any());
    }

    @Test
    void aProcedureReadsWithItsDocumentsAndFormFields() throws Exception {
        given(catalog.find("1.001193")).willReturn(Optional.of(BIRTH));

        mvc.perform(get("/api/v1/procedures/{code}", "1.001193"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[0]").value("Tờ khai đăng ký khai sinh theo mẫu"))
                .andExpect(jsonPath("$.fields[0].key").value("childFullName"))
                .andExpect(jsonPath("$.fields[0].required").value(true));
    }

    @Test
    void anUnknownProcedureAndItsFormAreNotFound() throws Exception {
        given(catalog.find(anyString())).willReturn(Optional.empty());

        mvc.perform(get("/api/v1/procedures/{code}", "9.999999"))
                .andExpect(notFound("Không có thủ tục mã 9.999999 / No procedure with code 9.999999"));
        mvc.perform(get("/api/v1/procedures/{code}/form", "9.999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theIntakeFormIsTheFormModelAndAProcedureWithoutOneIsNotFound() throws Exception {
        given(catalog.find("1.001193")).willReturn(Optional.of(BIRTH));
        JsonNode form = new ObjectMapper().readTree("{\"id\": \"form-1.001193\", \"components\": []}");
        given(forms.of(BIRTH)).willReturn(Optional.of(form), Optional.empty());

        mvc.perform(get("/api/v1/procedures/{code}/form", "1.001193"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("form-1.001193"));
        mvc.perform(get("/api/v1/procedures/{code}/form", "1.001193"))
                .andExpect(notFound("Thủ tục 1.001193 không có biểu mẫu nộp trực tuyến / "
                        + "Procedure 1.001193 has no intake form"));
    }

    @Test
    void fieldsAndAgenciesAreCountedAndSortedTheVietnameseWay() throws Exception {
        Procedure land = new Procedure("1.012783", "Đổi giấy chứng nhận", "Đất đai", "PROVINCE", "Văn phòng Đăng ký đất đai",
                "p", "d", "f", Map.of(), List.of(), List.of());
        Procedure other = new Procedure("1.000001", "Khác", "Hộ tịch", "COMMUNE", "Ủy ban nhân dân cấp xã", "p", "d", "f",
                Map.of(), List.of(), List.of());
        given(catalog.all()).willReturn(List.of(BIRTH, land, other));

        mvc.perform(get("/api/v1/procedures/fields"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].field").value("Đất đai"))
                .andExpect(jsonPath("$[1].field").value("Hộ tịch"))
                .andExpect(jsonPath("$[1].count").value(2));
        mvc.perform(get("/api/v1/procedures/agencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].agency").value("Ủy ban nhân dân cấp xã"))
                .andExpect(jsonPath("$[0].count").value(2))
                .andExpect(jsonPath("$[1].agency").value("Văn phòng Đăng ký đất đai"));
    }

    @Test
    void anUnknownFeeAndAnUnpublishedLimitAreShownAsNotPublishedNeverFree() throws Exception {
        Procedure customs = new Procedure("1.000014", "Thủ tục hải quan", "Hải quan", "COMMUNE", "Chi cục Hải quan",
                "p", "d", "f", Map.of(Channel.ONLINE, new ChannelTerms(Channel.ONLINE, TimeLimit.workingDays(10), false, Fee.unknown())),
                List.of(), List.of());
        given(catalog.find("1.000014")).willReturn(Optional.of(customs));

        mvc.perform(get("/api/v1/procedures/{code}", "1.000014"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[0].limitPublished").value(false))
                .andExpect(jsonPath("$.channels[0].timeLimitVi").value(org.hamcrest.Matchers.startsWith("Chưa công bố")))
                .andExpect(jsonPath("$.channels[0].timeLimitEn").value(org.hamcrest.Matchers.startsWith("Not published")))
                .andExpect(jsonPath("$.channels[0].feeBasis").value("UNKNOWN"))
                .andExpect(jsonPath("$.channels[0].feeVnd").doesNotExist())
                .andExpect(jsonPath("$.channels[0].feeVi").value("Chưa công bố"))
                .andExpect(jsonPath("$.channels[0].feeEn").value("Not published"));
    }

    @Test
    void anOnlineDiscountInForceTodayLowersTheFeeDueAndShowsItsDates() throws Exception {
        Fee card = Fee.stated(70_000).withDiscounts(List.of(new Fee.Discount(50, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31))));
        Procedure id = new Procedure("2.001194", "Cấp lại thẻ căn cước", "Căn cước", "PROVINCE", "Công an tỉnh", "p", "d", "f",
                Map.of(Channel.ONLINE, new ChannelTerms(Channel.ONLINE, TimeLimit.workingDays(7), true, card)), List.of(), List.of());
        given(catalog.find("2.001194")).willReturn(Optional.of(id));

        mvc.perform(get("/api/v1/procedures/{code}", "2.001194"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[0].feeBasis").value("STATED"))
                .andExpect(jsonPath("$.channels[0].feeVnd").value(70000))
                .andExpect(jsonPath("$.channels[0].feeDueTodayVnd").value(35000))
                .andExpect(jsonPath("$.channels[0].feeDiscounts[0].percent").value(50))
                .andExpect(jsonPath("$.channels[0].feeDiscounts[0].until").value("31/12/2026"))
                .andExpect(jsonPath("$.channels[0].feeDiscounts[0].inForceToday").value(true))
                .andExpect(jsonPath("$.channels[0].feeVi").value("70.000 đồng; giảm 50% từ 01/07/2025 đến hết 31/12/2026"));
    }
}
