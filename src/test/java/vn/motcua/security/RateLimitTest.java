package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.Map;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public look-ups and anonymous submissions are limited per client ({@link HardenedApp}: 5 look-ups and 2 anonymous
 * submissions per client an hour): one client over the limit gets 429 while another client is served normally.
 * Each test is its own set of clients (documentation addresses of RFC 5737), so the tests do not share buckets.
 */
@HardenedApp
class RateLimitTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    @Test
    void oneClientOverTheTrackingLimitGets429WhileAnotherClientIsServed() throws Exception {
        RequestPostProcessor flooding = client("203.0.113.10");
        for (int i = 0; i < 5; i++) {
            mvc.perform(track("H36.24781-260101-000" + i).with(flooding)).andExpect(status().isNotFound());
        }
        for (int i = 0; i < 3; i++) {
            mvc.perform(track("H36.24781-260101-010" + i).with(flooding))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Quá nhiều yêu cầu / Too many requests"));
        }
        // the same bucket covers every look-up by code and ID number
        mvc.perform(post("/api/v1/tracking/slips/01").with(flooding).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierCode\":\"H36.24781-260101-0001\",\"idNumber\":\"068203001234\"}"))
                .andExpect(status().isTooManyRequests());

        mvc.perform(track("H36.24781-260101-0001").with(client("203.0.113.20"))).andExpect(status().isNotFound());
    }

    @Test
    void aForgedXForwardedForDoesNotEscapeTheLimit() throws Exception {
        RequestPostProcessor client = client("203.0.113.30");
        for (int i = 0; i < 5; i++) {
            mvc.perform(track("H36.24848-260101-000" + i).with(client)).andExpect(status().isNotFound());
        }
        // server.forward-headers-strategy is not set: the app does not trust X-Forwarded-For from anyone
        mvc.perform(track("H36.24848-260101-0009").with(client).header("X-Forwarded-For", "192.0.2.99"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void anonymousSubmissionsAreLimitedButOfficersAtTheCounterAreNot() throws Exception {
        RequestPostProcessor client = client("203.0.113.40");
        for (int i = 0; i < 2; i++) {
            mvc.perform(submit("ONLINE").with(client)).andExpect(status().isCreated());
        }
        mvc.perform(submit("ONLINE").with(client)).andExpect(status().isTooManyRequests());
        for (int i = 0; i < 3; i++) {
            mvc.perform(submit("COUNTER").with(client).with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(submit("ONLINE").with(client("203.0.113.41"))).andExpect(status().isCreated());
    }

    private MockHttpServletRequestBuilder submit(String channel) throws Exception {
        return post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Dossiers.birthRegistration(Officers.XUANHUONG, channel)));
    }

    private MockHttpServletRequestBuilder track(String code) throws Exception {
        return post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID)));
    }

    private static RequestPostProcessor client(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
