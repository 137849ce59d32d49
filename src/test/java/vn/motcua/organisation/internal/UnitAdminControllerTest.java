package vn.motcua.organisation.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.problem.RuleViolationException;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.SliceOfficers;

import java.util.Optional;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.notFound;
import static vn.motcua.support.Problems.required;
import static vn.motcua.support.SliceOfficers.as;

/** The administrators' units API; storage, audit and the directory's reload are in {@code OrganisationAdministrationApiTest}. */
@ControllerSlice(UnitAdminController.class)
class UnitAdminControllerTest {

    private static final String CODE = "H36.24999";
    /** Everything but the code, as an update sends it; a creation adds the code. */
    private static final String DETAILS = """
            "name": " Ủy ban nhân dân Xã Thử ", "nameEn": "Thu Commune People's Committee", "level": "COMMUNE",
            "kind": "COMMUNE", "parentCode": "H36", "wardCode": null, "address": "1 Đường Thử, tỉnh Lâm Đồng",
            "hotline": "0263 3000 000", "receivesDossiers": true""";
    private static final Unit STORED = new Unit(CODE, "Ủy ban nhân dân Xã Thử", "Thu Commune People's Committee",
            "COMMUNE", "COMMUNE", "H36", null, "1 Đường Thử, tỉnh Lâm Đồng", "0263 3000 000", true);

    @Autowired MockMvc mvc;
    @MockitoBean UnitDirectory units;
    @MockitoBean UnitAdministration administration;

    @Test
    void anAdministratorCreatesAUnitAndGetsItsLocationAndTheTrimmedUnit() throws Exception {
        given(administration.create(STORED)).willReturn(STORED);

        admin(post("/api/v1/admin/units"), "{\"code\": \"" + CODE + "\", " + DETAILS + "}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/admin/units/" + CODE)))
                .andExpect(jsonPath("$.code").value(CODE))
                .andExpect(jsonPath("$.name").value("Ủy ban nhân dân Xã Thử"))
                .andExpect(jsonPath("$.wardCode").doesNotExist())
                .andExpect(jsonPath("$.receivesDossiers").value(true));
        verify(administration).create(STORED);
    }

    @Test
    void aNewUnitWithoutACodeIsABadRequestNamingTheCode() throws Exception {
        admin(post("/api/v1/admin/units"), "{" + DETAILS + "}")
                .andExpect(required("code"));
        verifyNoInteractions(administration);
    }

    @Test
    void aCodeThatIsNoElectronicAgencyCodeIsABadRequestNamingIt() throws Exception {
        admin(post("/api/v1/admin/units"), "{\"code\": \"h36 bad\", " + DETAILS + "}")
                .andExpect(invalid("code", "Sai định dạng", "Invalid format"));
        verifyNoInteractions(administration);
    }

    @Test
    void theNineFieldsOfAUnitAreCheckedAlikeOnCreationAndAmendment() throws Exception {
        String bad = DETAILS.replace("\" Ủy ban nhân dân Xã Thử \"", "\"\"").replace("\"COMMUNE\",\n", "null,\n")
                .replace("\"H36\"", "\"h36\"").replace("null, \"address\"", "\"123\", \"address\"")
                .replace("0263 3000 000", "call us");
        for (ResultActions result : new ResultActions[] {
                admin(post("/api/v1/admin/units"), "{\"code\": \"" + CODE + "\", " + bad + "}"),
                admin(put("/api/v1/admin/units/{code}", CODE), "{" + bad + "}")}) {
            result.andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                            "name", "level", "parentCode", "wardCode", "hotline")));
        }
        verifyNoInteractions(administration);
    }

    @Test
    void anAmendmentKeepsTheCodeOfThePath() throws Exception {
        given(administration.update(any())).willReturn(STORED);

        admin(put("/api/v1/admin/units/{code}", CODE), "{" + DETAILS + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(CODE));
        verify(administration).update(STORED);
    }

    @Test
    void anAmendmentThatSendsACodeIsABadRequestBecauseCodesNeverChange() throws Exception {
        admin(put("/api/v1/admin/units/{code}", CODE), "{\"code\": \"H36.25000\", " + DETAILS + "}")
                .andExpect(invalid("code",
                        "Mã đơn vị không thay đổi được; bỏ trường này khi sửa đơn vị",
                        "A unit's code never changes; leave it out when amending a unit"));
        verifyNoInteractions(administration);
    }

    @Test
    void aUnitThatIsNotThereIsNotFoundAndADuplicateIsAConflict() throws Exception {
        given(units.find("H36.NOPE")).willReturn(Optional.empty());
        given(administration.create(any())).willThrow(new RuleViolationException("Đã có đơn vị mã " + CODE,
                "A unit with code " + CODE + " exists"));

        mvc.perform(get("/api/v1/admin/units/{code}", "H36.NOPE").with(as(SliceOfficers.ADMIN)))
                .andExpect(notFound("Không có đơn vị mã H36.NOPE / No unit with code H36.NOPE"));
        admin(post("/api/v1/admin/units"), "{\"code\": \"" + CODE + "\", " + DETAILS + "}")
                .andExpect(status().isConflict());
    }

    @Test
    void onlyAdministratorsManageUnits() throws Exception {
        mvc.perform(get("/api/v1/admin/units")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/admin/units").with(as(SliceOfficers.XUANHUONG_LEADER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"" + CODE + "\", " + DETAILS + "}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(administration);
    }

    private ResultActions admin(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(as(SliceOfficers.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
