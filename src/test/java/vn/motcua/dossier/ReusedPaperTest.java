package vn.motcua.dossier;

import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.SampleFiles;
import vn.motcua.support.TestNodes;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A required document the state already holds is reused, not uploaded again: on an online dossier the applicant names
 * the earlier dossier of theirs whose signed electronic result is that paper; the server accepts it only if that result
 * is signed and the earlier dossier's applicant has the same ID number, counts the paper as reused and digitised (766
 * index), keeps it reused through the receiver's intake marks, and lets the officers open the held result. Anything
 * else is a 400 problem naming the entry, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReusedPaperTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ResultDocuments results;
    @Autowired DossierQueries dossiers;
    @Autowired PaperMarks marks;

    private String signedBirth;
    private ResultDocument signedResult;

    @BeforeEach
    void anEarlierDossierOfTheApplicantWithASignedResult() throws Exception {
        signedBirth = submitJson(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        TestNodes.work(tasks, identity, Officers.XUANHUONG_RECEIVER, signedBirth, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        TestNodes.work(tasks, identity, Officers.XUANHUONG_SPECIALIST, signedBirth, "Task_ReviewDossier",
                Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện"));
        TestNodes.work(tasks, identity, Officers.XUANHUONG_LEADER, signedBirth, "Task_ApproveResult", Map.of("approval", "APPROVE"));
        signedResult = results.current(id(signedBirth)).orElseThrow();
        assertThat(signedResult.signed()).isTrue();
    }

    @Test
    void theApplicantsOwnSignedResultStandsForARequiredDocumentCountsAsReusedAndOpensForTheOfficers() throws Exception {
        String code = json.readTree(submit(land(Officers.APPLICANT_ID), reuse("issuedCertificate", signedBirth),
                        applicationForm())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments").value(1))
                .andReturn().getResponse().getContentAsString()).get("code").asText();
        UUID dossierId = id(code);

        assertThat(dossiers.reusedPapers(dossierId)).singleElement().satisfies(p -> {
            assertThat(p.documentKey()).isEqualTo("issuedCertificate");
            assertThat(p.paper()).isEqualTo("Bản gốc Giấy chứng nhận đã cấp");
            assertThat(p.sourceDossierCode()).isEqualTo(signedBirth);
            assertThat(p.resultDocumentId()).isEqualTo(signedResult.id());
            assertThat(p.resultSha256()).isEqualTo(signedResult.sha256());
        });
        assertThat(marks.marks(dossierId)).containsExactly(new PaperMarks.Mark("Bản gốc Giấy chứng nhận đã cấp", true, true));
        assertThat(marks.counts(dossierId).reused()).isEqualTo(1);

        // the same Idempotency-Key with other reused papers is another request: refused, not answered as the first
        String key = UUID.randomUUID().toString();
        submitWithKey(key, reuse("issuedCertificate", signedBirth).apply(land(Officers.APPLICANT_ID))).andExpect(status().isCreated());
        submitWithKey(key, reuse("issuedCertificate", "H36.99999-260101-0001").apply(land(Officers.APPLICANT_ID)))
                .andExpect(status().isUnprocessableEntity());
        submitWithKey(key, reuse("issuedCertificate", signedBirth).apply(land(Officers.APPLICANT_ID)))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Idempotent-Replayed", "true"));

        // the receiver's task lists the reused paper with a link to the held result, and opens it
        var intake = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_CheckDossier").singleResult();
        assertThat(intake).as("the receiver's intake task").isNotNull();
        String links = String.valueOf(tasks.getVariable(intake.getId(), "attachmentLinks"));
        assertThat(links).contains("Bản gốc Giấy chứng nhận đã cấp", "/api/v1/dossiers/" + code + "/reused-papers/issuedCertificate",
                signedBirth);
        byte[] pdf = mvc.perform(get("/api/v1/dossiers/{code}/reused-papers/issuedCertificate", code).param("inline", "true")
                        .with(httpBasic(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                // shown in a frame of Tasklist like an attached paper: no script, this site's frames only
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'self'")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdf).isEqualTo(results.content(signedResult.id()));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REUSED_PAPER_READ' and target_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
        // an officer of another unit gets the 404 of an unknown dossier; a document not reused is a 404 too
        mvc.perform(get("/api/v1/dossiers/{code}/reused-papers/issuedCertificate", code)
                        .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/{code}/reused-papers/applicationForm", code)
                        .with(httpBasic(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isNotFound());

        // the receiver's intake marks (nothing ticked) keep the checked reuse
        TestNodes.work(tasks, identity, Officers.LACDUONG_RECEIVER, code, "Task_CheckDossier",
                Map.of("receiveDecision", "ACCEPT", "digitisedPapers", "[]", "reusedPapers", "[]"));
        assertThat(marks.marks(dossierId)).filteredOn(PaperMarks.Mark::reused)
                .extracting(PaperMarks.Mark::paper).containsExactly("Bản gốc Giấy chứng nhận đã cấp");
    }

    @Test
    void aPaperThatIsNotTheApplicantsSignedResultIsRefusedAlikeAndNothingIsStored() throws Exception {
        long dossierRows = count("dossier");
        long reusedRows = count("dossier_reused_paper");
        long markRows = count("dossier_paper_mark");
        String unsigned = submitJson(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        dossierRows++;

        // another person's signed result, a dossier without one, an unknown code: one answer, naming the entry
        for (Object[] c : new Object[][] {{Officers.OTHER_ID, signedBirth}, {Officers.APPLICANT_ID, unsigned},
                {Officers.APPLICANT_ID, "H36.99999-260101-0001"}}) {
            submit(land((String) c[0]), reuse("issuedCertificate", (String) c[1]), applicationForm())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("reusedPapers[0].dossierCode"))
                    .andExpect(jsonPath("$.errors[0].messageVi").value("Không có kết quả điện tử đã ký của hồ sơ " + c[1]
                            + " cấp cho người có số định danh này; hãy tải lên tệp của giấy tờ \"Bản gốc Giấy chứng nhận đã cấp\""));
        }
        // a document the procedure does not have, the same document twice, a document both uploaded and reused
        submit(land(Officers.APPLICANT_ID), reuse("marriageCertificate", signedBirth), applicationForm(), issuedCertificate())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reusedPapers[0].documentKey"));
        Map<String, Object> twice = land(Officers.APPLICANT_ID);
        twice.put("reusedPapers", List.of(Map.of("documentKey", "issuedCertificate", "dossierCode", signedBirth),
                Map.of("documentKey", "issuedCertificate", "dossierCode", signedBirth)));
        submit(twice, applicationForm())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reusedPapers[1].documentKey"));
        submit(land(Officers.APPLICANT_ID), reuse("issuedCertificate", signedBirth), applicationForm(), issuedCertificate())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reusedPapers[0].documentKey"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(org.hamcrest.Matchers.endsWith("choose one")));
        // at the counter the receiver marks reused papers in the intake task
        Map<String, Object> counter = reuse("issuedCertificate", signedBirth).apply(land(Officers.APPLICANT_ID));
        counter.put("channel", "COUNTER");
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(counter))
                        .with(httpBasic(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reusedPapers"));
        // a blank code is refused by the request's own rules
        submit(land(Officers.APPLICANT_ID), reuse("issuedCertificate", " "), applicationForm())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(count("dossier")).isEqualTo(dossierRows);
        assertThat(count("dossier_reused_paper")).isEqualTo(reusedRows);
        assertThat(count("dossier_paper_mark")).isEqualTo(markRows);
    }

    private Map<String, Object> land(String idNumber) {
        Map<String, Object> body = new HashMap<>(Dossiers.landCertificate(Officers.LACDUONG));
        body.put("applicant", Officers.APPLICANT_ID.equals(idNumber)
                ? Map.of("idNumber", idNumber, "fullName", "Nguyễn Thị Hạnh")
                : Map.of("idNumber", idNumber, "fullName", "Trần Văn Đức"));
        return body;
    }

    private static java.util.function.UnaryOperator<Map<String, Object>> reuse(String documentKey, String dossierCode) {
        return body -> {
            body.put("reusedPapers", List.of(Map.of("documentKey", documentKey, "dossierCode", dossierCode)));
            return body;
        };
    }

    private ResultActions submit(Map<String, Object> body, java.util.function.UnaryOperator<Map<String, Object>> change,
                                 MockMultipartFile... files) throws Exception {
        return submit(change.apply(body), files);
    }

    private ResultActions submit(Map<String, Object> body, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/dossiers");
        request.file(new MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body)));
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request);
    }

    private ResultActions submitWithKey(String key, Map<String, Object> body) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/dossiers");
        request.file(new MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body)));
        request.file(applicationForm());
        request.header("Idempotency-Key", key);
        return mvc.perform(request);
    }

    private static MockMultipartFile applicationForm() {
        return new MockMultipartFile("applicationForm", "don.pdf", "application/pdf", SampleFiles.PDF);
    }

    private static MockMultipartFile issuedCertificate() {
        return new MockMultipartFile("issuedCertificate", "gcn.pdf", "application/pdf", SampleFiles.PDF);
    }

    private String submitJson(Map<String, Object> body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asText();
    }

    private UUID id(String code) {
        return dossiers.forSystem(code).orElseThrow().dossier().id();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
