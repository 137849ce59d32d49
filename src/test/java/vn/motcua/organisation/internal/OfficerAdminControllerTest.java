package vn.motcua.organisation.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.organisation.OfficerDirectory.OfficerProfile;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;
import vn.motcua.problem.NotFoundException;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.SliceOfficers;

import java.util.List;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.invalid;
import static vn.motcua.support.Problems.notFound;
import static vn.motcua.support.SliceOfficers.as;

/** The administrators' officers API; accounts, roles and audit are in {@code OrganisationAdministrationApiTest}. */
@ControllerSlice(OfficerAdminController.class)
class OfficerAdminControllerTest {

    private static final RoleGrant RECEIVER = new RoleGrant("H36.24781", Role.RECEIVER);
    private static final OfficerProfile NEW_OFFICER = new OfficerProfile("xuanhuong.moi", "Lan", "Trần",
            "lan@example.vn", List.of(RECEIVER));

    @Autowired MockMvc mvc;
    @MockitoBean OfficerAdministration administration;

    @Test
    void anAdministratorCreatesAnOfficerWithRolesAndGetsItsLocation() throws Exception {
        given(administration.create("xuanhuong.moi", "Lan", "Trần", null, "mật-khẩu-dài-đủ", List.of(RECEIVER)))
                .willReturn(NEW_OFFICER);

        admin(post("/api/v1/admin/officers"), """
                {"userId": "xuanhuong.moi", "firstName": " Lan ", "lastName": "Trần ",
                 "password": "mật-khẩu-dài-đủ", "roles": [{"unitCode": " H36.24781 ", "role": "RECEIVER"}]}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/admin/officers/xuanhuong.moi")))
                .andExpect(jsonPath("$.userId").value("xuanhuong.moi"))
                .andExpect(jsonPath("$.roles[0].role").value("RECEIVER"))
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void aShortPasswordAndABadUserIdAreABadRequestNamingBoth() throws Exception {
        admin(post("/api/v1/admin/officers"), """
                {"userId": "x y", "firstName": "Lan", "lastName": "Trần", "password": "ngắn"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("userId", "password")));
        verifyNoInteractions(administration);
    }

    @Test
    void aUnitRoleWithoutItsUnitIsABadRequestNamingTheRolesUnitCode() throws Exception {
        admin(post("/api/v1/admin/officers"), """
                {"userId": "xuanhuong.moi", "firstName": "Lan", "lastName": "Trần", "password": "mật-khẩu-dài-đủ",
                 "roles": [{"role": "LEADER"}]}""")
                .andExpect(invalid("roles.unitCode",
                        "Vai trò Lãnh đạo phải gắn với một đơn vị", "The leader role is held in a unit: give its unitCode"));
        verifyNoInteractions(administration);
    }

    @Test
    void aProvinceWideRoleWithAUnitIsABadRequest() throws Exception {
        admin(post("/api/v1/admin/officers/{userId}/roles", "xuanhuong.moi"), """
                {"unitCode": "H36.24781", "role": "AUDITOR"}""")
                .andExpect(invalid("unitCode"));
        verifyNoInteractions(administration);
    }

    @Test
    void aNewRoleIsCreatedWithItsLocationAndARoleAlreadyHeldIsOk() throws Exception {
        given(administration.grant("xuanhuong.moi", RECEIVER)).willReturn(true, false);
        String body = "{\"unitCode\": \"H36.24781\", \"role\": \"RECEIVER\"}";

        admin(post("/api/v1/admin/officers/{userId}/roles", "xuanhuong.moi"), body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/admin/officers/xuanhuong.moi/roles/H36.24781:receiver")))
                .andExpect(jsonPath("$.role").value("RECEIVER"));
        admin(post("/api/v1/admin/officers/{userId}/roles", "xuanhuong.moi"), body)
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void revokingARoleThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(delete("/api/v1/admin/officers/{userId}/roles/{roleId}", "xuanhuong.moi", "no-such-group")
                        .with(as(SliceOfficers.ADMIN)))
                .andExpect(notFound("Không có vai trò no-such-group / No role no-such-group"));
        mvc.perform(delete("/api/v1/admin/officers/{userId}/roles/{roleId}", "xuanhuong.moi", "H36.24781:receiver")
                        .with(as(SliceOfficers.ADMIN)))
                .andExpect(status().isNoContent());
        verify(administration).revoke("xuanhuong.moi", RECEIVER);
    }

    @Test
    void anAmendmentWithoutANewPasswordKeepsTheOldOne() throws Exception {
        given(administration.update("xuanhuong.moi", "Lan", "Trần", "lan@example.vn", null)).willReturn(NEW_OFFICER);

        admin(put("/api/v1/admin/officers/{userId}", "xuanhuong.moi"), """
                {"firstName": "Lan", "lastName": "Trần", "email": "lan@example.vn"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("lan@example.vn"));
        verify(administration).update("xuanhuong.moi", "Lan", "Trần", "lan@example.vn", null);
    }

    @Test
    void anUnknownOfficerIsNotFoundAndADeletedOneIsGone() throws Exception {
        given(administration.find(anyString())).willThrow(new NotFoundException("officer", "ai.do", "Không có cán bộ ai.do",
                "No officer ai.do"));

        mvc.perform(get("/api/v1/admin/officers/{userId}", "ai.do").with(as(SliceOfficers.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/admin/officers/{userId}", "xuanhuong.moi").with(as(SliceOfficers.ADMIN)))
                .andExpect(status().isNoContent());
        verify(administration).delete("xuanhuong.moi");
    }

    @Test
    void onlyAdministratorsManageOfficers() throws Exception {
        mvc.perform(get("/api/v1/admin/officers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/officers").with(as(SliceOfficers.AUDITOR))).andExpect(status().isForbidden());
        verifyNoInteractions(administration);
    }

    private ResultActions admin(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(as(SliceOfficers.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
