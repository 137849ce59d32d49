package vn.motcua.security.internal;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.support.Officers;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API answers carry the browser protections: a Content-Security-Policy that allows nothing active, no referrer, no
 * sniffing, no framing, and no caching of dossier or tracking data. A 401 never asks a browser for a password (a
 * browser that remembered one would replay it cross-site).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersTest {

    @Autowired MockMvc mvc;

    @Test
    void trackingAnswersAreNeitherCachedNorRenderableNorFramable() throws Exception {
        strict(mvc.perform(post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierCode\":\"H36.24781-260101-0001\",\"idNumber\":\"068203001234\"}")));
    }

    @Test
    void officersDossierAnswersCarryTheSameHeaders() throws Exception {
        strict(mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG)
                .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD))).andExpect(status().isOk()));
    }

    @Test
    void aMissingLoginIs401WithoutABrowserPasswordPrompt() throws Exception {
        strict(mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    private static ResultActions strict(ResultActions result) throws Exception {
        return result
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.API_CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }
}
