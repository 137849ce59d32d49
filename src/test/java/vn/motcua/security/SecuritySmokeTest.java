package vn.motcua.security;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.motcua.organisation.Role;
import vn.motcua.support.Officers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Walks every request mapping of the app (Spring MVC's {@code requestMappingHandlerMapping}) and checks it against a
 * reviewed list: a public endpoint answers anonymous callers (neither 401 nor 403); every other endpoint answers an
 * anonymous caller 401 and an officer without one of its roles 403. A new endpoint that is in neither list fails
 * {@link #everyRequestMappingIsReviewed()} until someone decides who may call it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecuritySmokeTest {

    /** Reviewed: what anyone may call without logging in ("METHOD pattern"; "*" for every method). */
    static final Set<String> PUBLIC = Set.of(
            "GET /api/v1/procedures",
            "GET /api/v1/procedures/fields",
            "GET /api/v1/procedures/agencies",
            "GET /api/v1/procedures/{code}",
            "GET /api/v1/procedures/{code}/form",
            // the analysts' worklist lists only what citizens already see (limits and fees the source does not publish)
            "GET /api/v1/procedures/worklist",
            // the public transparency figures: counts per unit and month, no personal data (vn.motcua.reporting)
            "GET /api/v1/transparency",
            "GET /api/v1/units",
            "GET /api/v1/calendar/days",
            "POST /api/v1/dossiers",
            "POST /api/v1/identity-checks",
            "POST /api/v1/tracking",
            "POST /api/v1/tracking/withdrawal",
            // the applicant changes where the result is returned, with their proof (code + ID number)
            "POST /api/v1/tracking/result-return",
            "POST /api/v1/tracking/slips/{form}",
            "POST /api/v1/tracking/slips/online-receipt",
            "POST /api/v1/tracking/slips/fee-receipt",
            // the applicant's fee, online payment and rating, with their proof; the payment platform's callback is
            // believed only when its checksum verifies (vn.motcua.payment, vn.motcua.feedback)
            "POST /api/v1/tracking/fee",
            "POST /api/v1/tracking/payments",
            "POST /api/v1/tracking/rating",
            "POST /api/v1/tracking/complaints",
            "POST /api/v1/tracking/complaints/list",
            "POST /api/v1/complaints",
            "POST /api/v1/complaints/status",
            "POST /api/v1/complaints/rating",
            "POST /api/v1/payments/paygov/callback",
            // the signed electronic result for its applicant (their proof), and the server's verification of any PDF
            // (vn.motcua.result)
            "POST /api/v1/tracking/result",
            "POST /api/v1/results/verify",
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "* /error");

    private static final Set<Role> UNIT_OFFICERS_AND_AUDITORS = EnumSet.of(Role.RECEIVER, Role.SPECIALIST, Role.LEADER, Role.AUDITOR);

    /** Reviewed: the roles that pass each protected endpoint's gate (unit checks then happen in the use case). */
    static final Map<String, Set<Role>> PROTECTED = Map.ofEntries(
            Map.entry("GET /api/v1/dossiers", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("GET /api/v1/dossiers/{code}", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("GET /api/v1/dossiers/{code}/slips/{form}", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("GET /api/v1/dossiers/{code}/slips/fee-receipt", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("GET /api/v1/payments/mismatches", EnumSet.of(Role.RECEIVER, Role.LEADER, Role.AUDITOR)),
            Map.entry("GET /api/v1/payments/orders/{id}", EnumSet.of(Role.RECEIVER, Role.LEADER, Role.AUDITOR)),
            Map.entry("GET /api/v1/dossiers/{code}/attachments", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("GET /api/v1/dossiers/{code}/attachments/{id}", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("GET /api/v1/dossiers/{code}/reused-papers/{documentKey}", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("POST /api/v1/dossiers/{code}/supplement", EnumSet.of(Role.RECEIVER)),
            Map.entry("PUT /api/v1/dossiers/{code}/result-return", EnumSet.of(Role.RECEIVER)),
            // the electronic result: issued by the competent unit's specialists and leaders, read like the dossier
            Map.entry("POST /api/v1/dossiers/{code}/result", EnumSet.of(Role.SPECIALIST, Role.LEADER)),
            Map.entry("GET /api/v1/dossiers/{code}/result", UNIT_OFFICERS_AND_AUDITORS),
            Map.entry("PUT /api/v1/calendar/days/{day}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("DELETE /api/v1/calendar/days/{day}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/units", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/units/{code}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/units", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("PUT /api/v1/admin/units/{code}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/units/import", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/body-kinds", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/officers", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/officers/{userId}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/officers", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("PUT /api/v1/admin/officers/{userId}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("DELETE /api/v1/admin/officers/{userId}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/officers/{userId}/roles", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/officers/{userId}/roles", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("DELETE /api/v1/admin/officers/{userId}/roles/{roleId}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/audit", EnumSet.of(Role.AUDITOR)),
            // the leaders' dashboard: the unit's scope is then decided by the organisation (vn.motcua.reporting)
            Map.entry("GET /api/v1/reports/766", EnumSet.of(Role.LEADER, Role.AUDITOR)),
            Map.entry("GET /api/v1/reports/tables/{name}", EnumSet.of(Role.LEADER, Role.AUDITOR)),
            Map.entry("GET /api/v1/reports/tables/{name}.csv", EnumSet.of(Role.LEADER, Role.AUDITOR)),
            Map.entry("GET /api/v1/reports/tables/{name}.xlsx", EnumSet.of(Role.LEADER, Role.AUDITOR)),
            // the what-if of the unit map: leaders and auditors reach it; only the provincial scope may run it (403 inside)
            Map.entry("POST /api/v1/reports/what-if", EnumSet.of(Role.LEADER, Role.AUDITOR)),
            Map.entry("POST /api/v1/reports/what-if.png", EnumSet.of(Role.LEADER, Role.AUDITOR)),
            Map.entry("POST /api/v1/reports/what-if.txt", EnumSet.of(Role.LEADER, Role.AUDITOR)),
            Map.entry("GET /api/v1/tasks", EnumSet.of(Role.LEADER)),
            Map.entry("POST /api/v1/tasks/{taskId}/assignee", EnumSet.of(Role.LEADER)),
            Map.entry("POST /api/v1/tasks/{taskId}/delegation", EnumSet.of(Role.LEADER)),
            Map.entry("GET /api/v1/admin/npsp/sync", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/consolidation/imports", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/consolidation/imports", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/consolidation/imports/{id}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/consolidation/communes", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("PUT /api/v1/admin/consolidation/communes/{oldCode}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/consolidation/agencies", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("PUT /api/v1/admin/consolidation/agencies/{oldCode}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/process-migrations/plan", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/process-migrations/apply", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/npsp/dead-letters", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/npsp/dead-letters/{entryId}/requeue", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /api/v1/admin/citizen-store/dead-letters", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /api/v1/admin/citizen-store/dead-letters/{entryId}/retry", EnumSet.of(Role.ADMINISTRATOR)),
            // the NPSP's connector only: a technical account, no officer role passes (NPSP_CONNECTOR below)
            Map.entry("POST /api/v1/npsp/dossiers", EnumSet.noneOf(Role.class)),
            Map.entry("GET /api/v1/npsp/dossiers/{maHoSo}", EnumSet.noneOf(Role.class)),
            Map.entry("GET /api/v1/npsp/dossiers/{maHoSo}/fees", EnumSet.noneOf(Role.class)));

    /** Reviewed: the endpoints of the NPSP's connector account ({@code motcua.integration.npsp.connector.*}). */
    static final Set<String> NPSP_CONNECTOR = Set.of("POST /api/v1/npsp/dossiers", "GET /api/v1/npsp/dossiers/{maHoSo}",
            "GET /api/v1/npsp/dossiers/{maHoSo}/fees");
    static final String CONNECTOR_USER = "npsp-connector";
    static final String CONNECTOR_PASSWORD = "demo-connector-password";

    /** One demo user per role (demo/officers.csv and the Camunda admin user), password "demo". */
    static final Map<String, Role> USERS = new LinkedHashMap<>();

    static {
        USERS.put(Officers.XUANHUONG_RECEIVER, Role.RECEIVER);
        USERS.put(Officers.XUANHUONG_SPECIALIST, Role.SPECIALIST);
        USERS.put(Officers.XUANHUONG_LEADER, Role.LEADER);
        USERS.put(Officers.ANALYST, Role.ANALYST);
        USERS.put(Officers.AUDITOR, Role.AUDITOR);
        USERS.put(Officers.ADMIN, Role.ADMINISTRATOR);
    }

    /** Path variables filled with harmless values: nothing here exists, so a request that got through changes nothing. */
    private static final Map<String, String> SAMPLES = Map.of(
            "code", "H36.24781-260101-9999",
            "form", "01",
            "day", "2034-06-14",
            "taskId", "no-such-task",
            "oldCode", "NO.SUCH.OLD.UNIT",
            "userId", "no.such.officer",
            "roleId", "H36.24781:receiver",
            "id", "00000000-0000-0000-0000-000000000000",
            "entryId", "00000000-0000-0000-0000-000000000000",
            "maHoSo", "H36.24781-260101-9999");

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyRequestMappingIsReviewed() {
        Set<String> walked = endpoints();
        Set<String> reviewed = new TreeSet<>(PUBLIC);
        reviewed.addAll(PROTECTED.keySet());
        assertThat(walked).as("request mappings nobody has reviewed: add each to PUBLIC or PROTECTED (and SecurityConfig)")
                .isSubsetOf(reviewed);
        assertThat(reviewed).as("reviewed endpoints that no longer exist").isSubsetOf(walked);
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersGet401EverywhereButOnThePublicEndpoints() {
        return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            int status = mvc.perform(request(endpoint)).andReturn().getResponse().getStatus();
            if (PUBLIC.contains(endpoint)) {
                assertThat(status).as("%s is public", endpoint).isNotIn(401, 403);
            } else {
                assertThat(status).as("anonymous %s", endpoint).isEqualTo(401);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> officersWithoutTheEndpointsRoleGet403() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Set<Role> allowed = PROTECTED.get(endpoint);
            if (allowed == null) {
                continue;
            }
            USERS.forEach((user, role) -> {
                if (!allowed.contains(role)) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " as " + role, () -> {
                        int status = mvc.perform(request(endpoint).with(httpBasic(user, Officers.PASSWORD)))
                                .andReturn().getResponse().getStatus();
                        assertThat(status).as("%s as %s (%s)", endpoint, user, role).isEqualTo(403);
                    }));
                }
            });
        }
        assertThat(tests).hasSizeGreaterThan(PROTECTED.size());
        return tests.stream();
    }

    /**
     * The NPSP's connector passes its own endpoints and nothing else; and no answer anywhere, to anyone, carries the
     * partners' credentials or a session token (README "Connected to the nation").
     */
    @TestFactory
    Stream<DynamicTest> theNpspConnectorPassesOnlyItsOwnEndpointsAndNoAnswerCarriesACredential() {
        return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint + " as the NPSP connector", () -> {
            var response = mvc.perform(request(endpoint).with(httpBasic(CONNECTOR_USER, CONNECTOR_PASSWORD)))
                    .andReturn().getResponse();
            if (NPSP_CONNECTOR.contains(endpoint)) {
                assertThat(response.getStatus()).as("%s as the connector", endpoint).isNotIn(401, 403);
            } else if (!PUBLIC.contains(endpoint)) { // (the app's other endpoints do not know the account: 401)
                assertThat(response.getStatus()).as("%s as the connector", endpoint).isIn(401, 403);
            }
            assertThat(response.getContentAsString()).as("answer of %s", endpoint)
                    .doesNotContain("demo-npsp-password", "demo-lgsp-secret", CONNECTOR_PASSWORD, "\"session\"");
        }));
    }

    /** "METHOD pattern" for every mapping; "*" when a mapping takes every method. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("* " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    private static MockHttpServletRequestBuilder request(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        HttpMethod method = parts[0].equals("*") ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .request(method, fill(parts[1]));
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }

    private static String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(SAMPLES.getOrDefault(m.group(1), "x")));
        }
        m.appendTail(path);
        return path.toString();
    }
}
