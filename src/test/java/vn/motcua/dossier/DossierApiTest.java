package vn.motcua.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DossierApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired WorkingCalendar calendar;

    @Test
    void onlineSubmissionReturns201WithLocationCodeAndDueDateAndStartsTheProcess() throws Exception {
        MvcResult result = mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(
                        ".*/api/v1/dossiers/H36\\.24781-\\d{6}-\\d{4}")))
                .andReturn();
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        String code = body.get("code").asText();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/dossiers/" + code);
        assertThat(body.get("status").asText()).isEqualTo("NEW");
        LocalDateTime receivedAt = LocalDateTime.parse(body.get("receivedAt").asText());
        assertThat(LocalDateTime.parse(body.get("dueAt").asText()))
                .isEqualTo(calendar.dueAt(receivedAt, TimeLimit.parse("0WD")));

        assertThat(jdbc.sql("select status from dossier where code = ?").param(code).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-1.001193").count()).isEqualTo(1);
        assertThat(jdbc.sql("select action from dossier_event e join dossier d on d.id = e.dossier_id where d.code = ?")
                .param(code).query(String.class).list()).containsExactly("SUBMITTED");
    }

    @Test
    void dossierCodesOfOneUnitAndDayAreConsecutive() throws Exception {
        String first = code(mvc.perform(submit(Dossiers.birthRegistration(Officers.LACDUONG, "ONLINE"))).andReturn());
        String second = code(mvc.perform(submit(Dossiers.birthRegistration(Officers.LACDUONG, "ONLINE"))).andReturn());
        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
        assertThat(second.substring(0, second.lastIndexOf('-'))).isEqualTo(first.substring(0, first.lastIndexOf('-')));
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                bad("unknown procedure", "procedureCode", b -> with(b, "procedureCode", "9.999999")),
                bad("unknown unit", "receivingUnitCode", b -> with(b, "receivingUnitCode", "H99.00001")),
                bad("unit that is not a receiving point", "receivingUnitCode", b -> with(b, "receivingUnitCode", "H36.T01")),
                bad("receiving point that does not receive the procedure", "receivingUnitCode",
                        b -> with(b, "receivingUnitCode", Officers.PROVINCIAL_CENTRE)),
                bad("ID number of 11 digits", "applicant.idNumber", b -> withApplicant(b, "idNumber", "06820300123")),
                bad("ID number with letters", "applicant.idNumber", b -> withApplicant(b, "idNumber", "06820300123A")),
                bad("ID number with no such province code", "applicant.idNumber", b -> withApplicant(b, "idNumber", "003203001234")),
                bad("ID number born in the future", "applicant.idNumber", b -> withApplicant(b, "idNumber", "068299001234")),
                bad("missing applicant name", "applicant.fullName", b -> withApplicant(b, "fullName", "")),
                bad("missing applicant", "applicant", b -> without(b, "applicant")),
                bad("missing channel", "channel", b -> without(b, "channel")),
                bad("unknown channel", "channel", b -> with(b, "channel", "FAX")),
                bad("missing required form field", "formData.childFullName", b -> withForm(b, "childFullName", null)),
                bad("blank required form field", "formData.motherFullName", b -> withForm(b, "motherFullName", " ")),
                bad("form field of the wrong type", "formData.childBirthDate", b -> withForm(b, "childBirthDate", "20/11/2026")),
                bad("choice outside the form's options", "formData.childGender", b -> withForm(b, "childGender", "x")),
                bad("form field the form does not have", "formData.favouriteColour", b -> withForm(b, "favouriteColour", "đỏ")),
                bad("form field named like a lifecycle variable", "formData.receiverGroup", b -> withForm(b, "receiverGroup", "x")),
                bad("unknown top-level field", "surprise", b -> with(b, "surprise", 1)));
    }

    @ParameterizedTest(name = "{0} gives 400 naming {1}, stores nothing")
    @MethodSource("badSubmissions")
    void badSubmissionIsRefusedWithProblemNamingTheFieldAndStoresNothing(String why, String field,
            UnaryOperator<Map<String, Object>> change) throws Exception {
        long dossiersBefore = count("dossier");
        long processesBefore = runtime.createProcessInstanceQuery().count();

        mvc.perform(submit(change.apply(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ / Invalid input"))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem(field)))
                .andExpect(jsonPath("$.errors[0].messageVi").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].messageEn").isNotEmpty());

        assertThat(count("dossier")).isEqualTo(dossiersBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    @Test
    void malformedJsonIsRefusedWithProblemAndStoresNothing() throws Exception {
        long before = count("dossier");
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("{\"procedureCode\": \"1.001193\","))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Yêu cầu sai định dạng / Malformed request"));
        assertThat(count("dossier")).isEqualTo(before);
    }

    @Test
    void hugeBodyIsRefusedWith413AndStoresNothing() throws Exception {
        long before = count("dossier");
        Map<String, Object> body = new HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        body.put("formData", Map.of("childFullName", "x".repeat(300_000)));
        mvc.perform(submit(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Yêu cầu quá lớn / Request too large"));
        assertThat(count("dossier")).isEqualTo(before);
    }

    @Test
    void counterSubmissionNeedsALogin() throws Exception {
        mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "COUNTER")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void counterSubmissionIsRefusedToOfficersWhoAreNotReceiversOfThatUnit() throws Exception {
        mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "COUNTER"))
                        .with(httpBasic(Officers.XUANHUONG_SPECIALIST, Officers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "COUNTER"))
                        .with(httpBasic(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void counterSubmissionByTheUnitsReceiverIsRecordedAsTheirs() throws Exception {
        String code = code(mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "COUNTER"))
                        .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isCreated()).andReturn());
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossier.channel").value("COUNTER"))
                .andExpect(jsonPath("$.timeline[0].actor").value(Officers.XUANHUONG_RECEIVER));
    }

    /**
     * A wrong password is refused; the engine then also delays that account's next logins (brute-force
     * protection), so this uses an officer no other test logs in as.
     */
    @Test
    void wrongPasswordGets401() throws Exception {
        mvc.perform(get("/api/v1/dossiers/any").with(httpBasic("ttphvhcc.tiepnhan", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/dossiers/any").with(httpBasic("nobody", "demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void officersReadDossiersOfTheirOwnUnitOnly() throws Exception {
        String code = code(mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))).andReturn());

        mvc.perform(get("/api/v1/dossiers/{code}", code))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(Officers.XUANHUONG_SPECIALIST, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossier.code").value(code))
                .andExpect(jsonPath("$.dossier.applicantIdNumber").value(Officers.APPLICANT_ID))
                .andExpect(jsonPath("$.timeline[0].action").value("SUBMITTED"));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(Officers.LACDUONG_LEADER, Officers.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG)
                        .with(httpBasic(Officers.LACDUONG_LEADER, Officers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG)
                        .with(httpBasic(Officers.XUANHUONG_LEADER, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", org.hamcrest.Matchers.hasItem(code)));
    }

    @Test
    void theUnitsListShowsItsNewestDossiersFirstUpToTheLimit() throws Exception {
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(code(mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))).andReturn()));
        }
        mvc.perform(get("/api/v1/dossiers").param("unit", Officers.XUANHUONG).param("limit", "2")
                        .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].code").value(codes.get(2)))
                .andExpect(jsonPath("$[1].code").value(codes.get(1)));
    }

    @Test
    void supplementCanOnlyBeRecordedWhileTheProcessWaitsForIt() throws Exception {
        String code = code(mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))).andReturn());
        mvc.perform(post("/api/v1/dossiers/{code}/supplement", code)
                        .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/v1/dossiers/{code}/supplement", code)
                        .with(httpBasic(Officers.XUANHUONG_SPECIALIST, Officers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void trackingNeedsTheCodeAndTheApplicantsIdNumberAndAnswersWrongPairsLikeUnknownCodes() throws Exception {
        String code = code(mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))).andReturn());

        mvc.perform(track(code, Officers.APPLICANT_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.statusVi").value("Mới tiếp nhận"))
                .andExpect(jsonPath("$.handlingUnit").value("Ủy ban nhân dân Phường Xuân Hương - Đà Lạt"))
                .andExpect(jsonPath("$.dueAt").isNotEmpty())
                .andExpect(jsonPath("$.timeline[0].status").value(1))
                .andExpect(jsonPath("$.applicantIdNumber").doesNotExist())
                .andExpect(jsonPath("$.timeline[0].actor").doesNotExist());

        String wrongPair = mvc.perform(track(code, Officers.OTHER_ID))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(track("H36.24781-991231-9999", Officers.APPLICANT_ID))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(wrongPair).isEqualTo(unknown);

        mvc.perform(post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON).content("{\"dossierCode\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("dossierCode", "idNumber")));
    }

    @Test
    void openApiDescriptionIsServed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/dossiers']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tracking']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/procedures']").exists());
    }

    @Test
    void theResultReturnChosenAtSubmissionIsStoredOnTheTimelineAndInTheProcessAndTheApplicantChangesItUntilTheResult()
            throws Exception {
        Map<String, Object> byPost = new java.util.HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        byPost.put("resultReturn", Map.of("method", "POSTAL", "postalAddress", "12 Trần Phú, Phường Xuân Hương - Đà Lạt"));
        String code = code(mvc.perform(submit(byPost)).andExpect(status().isCreated()).andReturn());
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-1.001193").singleResult().getId();
        assertThat(runtime.getVariable(instance, "resultReturnMethod")).isEqualTo("POSTAL");
        assertThat(runtime.getVariable(instance, "resultReturnUnitCode")).isEqualTo(Officers.XUANHUONG);
        assertThat(runtime.getVariable(instance, "resultPostalAddress")).isEqualTo("12 Trần Phú, Phường Xuân Hương - Đà Lạt");
        assertThat(jdbc.sql("select action from dossier_event e join dossier d on d.id = e.dossier_id where d.code = ? order by e.id")
                .param(code).query(String.class).list()).containsExactly("SUBMITTED", "RETURN_CHOICE");

        // no choice made: at the receiving point, the return model's default, which the process holds as no variable
        String atThePoint = code(mvc.perform(submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")))
                .andExpect(status().isCreated()).andReturn());
        String itsInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(atThePoint)
                .processDefinitionKey("tthc-1.001193").singleResult().getId();
        assertThat(runtime.getVariables(itsInstance)).doesNotContainKeys("resultReturnMethod", "resultReturnUnitCode",
                "resultPostalAddress").containsKey("dossierCode");
        assertThat(jdbc.sql("select method from dossier_result_return r join dossier d on d.id = r.dossier_id where d.code = ?")
                .param(atThePoint).query(String.class).single()).isEqualTo("AT_RECEIVING_POINT");

        // the applicant changes it in tracking: to another receiving point of the province
        mvc.perform(post("/api/v1/tracking/result-return").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                        Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "method", "AT_OTHER_POINT",
                                "unitCode", Officers.LACDUONG))))
                .andExpect(status().isOk());
        assertThat(runtime.getVariable(instance, "resultReturnMethod")).isEqualTo("AT_OTHER_POINT");
        assertThat(runtime.getVariable(instance, "resultReturnUnitCode")).isEqualTo(Officers.LACDUONG);
        assertThat(jdbc.sql("select method || ':' || unit_code from dossier_result_return r join dossier d on d.id = r.dossier_id where d.code = ?")
                .param(code).query(String.class).single()).isEqualTo("AT_OTHER_POINT:" + Officers.LACDUONG);

        // a point that receives no dossiers, and a postal choice without an address: 400 naming the field, nothing changed
        mvc.perform(post("/api/v1/tracking/result-return").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                        Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "method", "AT_OTHER_POINT",
                                "unitCode", "H36.99999"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("resultReturn.unitCode"));
        mvc.perform(post("/api/v1/tracking/result-return").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                        Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "method", "POSTAL"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resultReturn.postalAddress"));
        assertThat(runtime.getVariable(instance, "resultReturnMethod")).isEqualTo("AT_OTHER_POINT");

        // once the result is ready the choice stands
        jdbc.sql("update dossier set status = 9 where code = ?").param(code).update();
        mvc.perform(post("/api/v1/tracking/result-return").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                        Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "method", "ELECTRONIC"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không thể đổi nơi, cách nhận kết quả")));
        assertThat(runtime.getVariable(instance, "resultReturnMethod")).isEqualTo("AT_OTHER_POINT");
    }

    @Test
    void aSubmissionChoosingAnotherPointThatReceivesNoDossiersIsABadRequestAndStoresNothing() throws Exception {
        Map<String, Object> elsewhere = new java.util.HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        elsewhere.put("resultReturn", Map.of("method", "AT_OTHER_POINT", "unitCode", "H36.99999"));
        long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();

        mvc.perform(submit(elsewhere))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("resultReturn.unitCode"))
                .andExpect(jsonPath("$.errors[0].messageVi").value(org.hamcrest.Matchers.startsWith("Chọn một điểm tiếp nhận")));

        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder submit(Map<String, Object> body) throws Exception {
        return post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private MockHttpServletRequestBuilder track(String code, String idNumber) throws Exception {
        return post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("dossierCode", code, "idNumber", idNumber)));
    }

    private String code(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json.readTree(result.getResponse().getContentAsString()).get("code").asText();
    }

    private static int sequence(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static Arguments bad(String why, String field, UnaryOperator<Map<String, Object>> change) {
        return Arguments.of(why, field, change);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(key);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withApplicant(Map<String, Object> body, String key, Object value) {
        return with(body, "applicant", with((Map<String, Object>) body.get("applicant"), key, value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withForm(Map<String, Object> body, String key, Object value) {
        Map<String, Object> form = new HashMap<>((Map<String, Object>) body.get("formData"));
        if (value == null) {
            form.remove(key);
        } else {
            form.put(key, value);
        }
        return with(body, "formData", form);
    }
}
