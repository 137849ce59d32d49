package vn.motcua.dossier;

import vn.motcua.support.SampleFiles;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Online submission from the portal: the identity check against the (demo) National Population Database, the
 * multipart submission with attachments checked by their content, the officers' downloads, the applicant's slips.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OnlineSubmissionApiTest {

    /** Numbers the demo registry is configured not to know, and to be unreachable for (DemoPopulationRegistry). */
    static final String UNKNOWN_ID = "001099000404";
    static final String UNREACHABLE_ID = "001099000503";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired DossierIntake intake;

    @Test
    void theIdentityCheckAnswersFoundNotFoundOrUnavailableAndRefusesMalformedNumbers() throws Exception {
        mvc.perform(identityCheck(Officers.APPLICANT_ID, "Nguyễn Thị Hạnh"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.result").value("FOUND"))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.messageVi").value(org.hamcrest.Matchers.startsWith("Đã xác thực")))
                .andExpect(jsonPath("$.messageEn").isNotEmpty());
        mvc.perform(identityCheck(UNKNOWN_ID, "Trần Văn Bình"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("NOT_FOUND"))
                .andExpect(jsonPath("$.verified").value(false));
        mvc.perform(identityCheck(UNREACHABLE_ID, "Trần Văn Bình"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("UNAVAILABLE"));
        mvc.perform(identityCheck("06820300123", "Nguyễn Thị Hạnh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].messageVi").value("Số định danh cá nhân phải gồm đúng 12 chữ số"));
        mvc.perform(identityCheck(Officers.APPLICANT_ID, " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"));
    }

    @Test
    void aSubmissionWithAttachmentsStoresTheFilesWithTheDossierAndShowsThemInTheTaskForms() throws Exception {
        long before = count("dossier_attachment");
        JsonNode submitted = json.readTree(mvc.perform(submission(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"),
                        file("giay-chung-sinh.pdf", SampleFiles.PDF), file("anh-me.png", SampleFiles.PNG)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/dossiers/")))
                .andExpect(jsonPath("$.attachments").value(2))
                .andExpect(jsonPath("$.identityChecked").value(true))
                .andReturn().getResponse().getContentAsString());
        String code = submitted.get("code").asText();

        assertThat(count("dossier_attachment")).isEqualTo(before + 2);
        assertThat(jdbc.sql("select identity_checked_at from dossier where code = ?").param(code).query(Object.class).single())
                .as("the 766 index counts dossiers whose applicant was checked").isNotNull();
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("tthc-1.001193").singleResult().getId();
        assertThat((String) runtime.getVariable(processId, "attachmentNames"))
                .isEqualTo("1. giay-chung-sinh.pdf (PDF, 12 B)\n2. anh-me.png (PNG, 12 B)");
        assertThat((String) runtime.getVariable(processId, "dossierData"))
                .contains("Họ, chữ đệm và tên người được khai sinh: Nguyễn Minh Khôi", "Ngày, tháng, năm sinh: 20/11/2026");

        // the officers of the receiving point list and download them; other officers and citizens cannot
        JsonNode files = json.readTree(mvc.perform(get("/api/v1/dossiers/{code}/attachments", code)
                        .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fileName").value("giay-chung-sinh.pdf"))
                .andExpect(jsonPath("$[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$[0].sizeBytes").value(SampleFiles.PDF.length))
                .andExpect(jsonPath("$[1].contentType").value("image/png"))
                .andReturn().getResponse().getContentAsString());
        String pdfId = files.get(0).get("id").asText();
        byte[] downloaded = mvc.perform(get("/api/v1/dossiers/{code}/attachments/{id}", code, pdfId)
                        .with(httpBasic(Officers.XUANHUONG_SPECIALIST, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(SampleFiles.PDF);
        mvc.perform(get("/api/v1/dossiers/{code}/attachments/{id}", code, pdfId)
                        .with(httpBasic(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/{code}/attachments", code).with(httpBasic(Officers.LACDUONG_LEADER, Officers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/{code}/attachments/{id}", code, pdfId))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/dossiers/{code}/attachments/{id}", code, java.util.UUID.randomUUID())
                        .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
        long dossiers = count("dossier");
        long attachments = count("dossier_attachment");
        long processes = runtime.createProcessInstanceQuery().count();

        mvc.perform(submission(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"),
                        file("giay-chung-sinh.pdf", SampleFiles.PDF),
                        file("to-khai.pdf", "<script>alert(1)</script>".getBytes()),
                        file("anh.pdf", SampleFiles.PNG)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("attachments[1]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("attachments[2]")))
                .andExpect(jsonPath("$.errors[0].messageVi").value(org.hamcrest.Matchers.containsString("to-khai.pdf")));

        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_attachment")).isEqualTo(attachments);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
    }

    @Test
    void theJsonPartIsValidatedLikeAPlainSubmission() throws Exception {
        Map<String, Object> body = new HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        body.remove("channel");
        mvc.perform(submission(body, file("a.pdf", SampleFiles.PDF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel")));
    }

    @Test
    void anApplicantTheNationalPopulationDatabaseDoesNotKnowIsRefusedButAnUnreachableDatabaseDoesNotStopTheSubmission()
            throws Exception {
        long dossiers = count("dossier");
        mvc.perform(submission(withApplicant(UNKNOWN_ID)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicant.idNumber"))
                .andExpect(jsonPath("$.errors[0].messageVi").value(org.hamcrest.Matchers.startsWith("Không tìm thấy công dân")));
        assertThat(count("dossier")).isEqualTo(dossiers);

        String code = json.readTree(mvc.perform(submission(withApplicant(UNREACHABLE_ID)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.identityChecked").value(false))
                .andExpect(jsonPath("$.attachments").value(0))
                .andReturn().getResponse().getContentAsString()).get("code").asText();
        assertThat(jdbc.sql("select count(*) from dossier where code = ? and identity_checked_at is null").param(code)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void trackingListsTheSlipsTheApplicantCanDownloadStartingWithTheOnlineReceipt() throws Exception {
        String code = json.readTree(mvc.perform(submission(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asText();
        Map<String, String> pair = Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID);

        mvc.perform(post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(pair)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.slips.length()").value(1))
                .andExpect(jsonPath("$.slips[0].form").value("online-receipt"))
                .andExpect(jsonPath("$.slips[0].titleVi").value("Biên nhận nộp hồ sơ trực tuyến"));
        byte[] pdf = mvc.perform(post("/api/v1/tracking/slips/online-receipt").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(pair)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(code + "-bien-nhan-truc-tuyen.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(post("/api/v1/tracking/slips/online-receipt").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("dossierCode", code, "idNumber", Officers.OTHER_ID))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tracking/slips/01").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(pair)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chỉ cấp khi hồ sơ đã được tiếp nhận")));
    }

    @Test
    void aCounterDossierHasNoOnlineReceipt() throws Exception {
        String code = json.readTree(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Dossiers.birthRegistration(Officers.XUANHUONG, "COUNTER")))
                        .with(httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asText();
        mvc.perform(post("/api/v1/tracking/slips/online-receipt").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không nộp trực tuyến")));
    }

    @Test
    void anOnlineDossierLackingARequiredDocumentIsRefusedNamingEachMissingDocumentAndNothingIsStored() throws Exception {
        long dossiers = count("dossier");
        long attachments = count("dossier_attachment");
        Map<String, Object> land = Dossiers.landCertificate(Officers.LACDUONG);
        // a plain JSON online submission carries no file at all
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(land)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "documents.applicationForm", "documents.issuedCertificate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'documents.issuedCertificate')].messageVi")
                        .value("Chưa nộp thành phần hồ sơ bắt buộc: Bản gốc Giấy chứng nhận đã cấp"))
                .andExpect(jsonPath("$.errors[?(@.field == 'documents.issuedCertificate')].messageEn").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Required document missing: Bản gốc Giấy chứng nhận đã cấp"))));
        // one document sent, other files sent loose: the other required document is still missing (a loose file is
        // no particular document), and the optional one is not asked for
        mvc.perform(submission(land, new MockMultipartFile("applicationForm", "don.pdf", "application/pdf", SampleFiles.PDF),
                        file("giay-chung-nhan.jpg", SampleFiles.JPEG)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("documents.issuedCertificate")));
        // a part named after a document the procedure does not have
        mvc.perform(submission(land, new MockMultipartFile("applicationForm", "don.pdf", "application/pdf", SampleFiles.PDF),
                        new MockMultipartFile("issuedCertificate", "gcn.pdf", "application/pdf", SampleFiles.PDF),
                        new MockMultipartFile("marriageCertificate", "kethon.pdf", "application/pdf", SampleFiles.PDF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("documents.marriageCertificate")))
                .andExpect(jsonPath("$.errors[0].messageVi").value("Thủ tục không có thành phần hồ sơ \"marriageCertificate\""));
        // a bad file is named by its document and its place among that document's files
        mvc.perform(submission(land, new MockMultipartFile("applicationForm", "don.pdf", "application/pdf", SampleFiles.PDF),
                        new MockMultipartFile("issuedCertificate", "trang-1.pdf", "application/pdf", SampleFiles.PDF),
                        new MockMultipartFile("issuedCertificate", "trang-2.pdf", "application/pdf", SampleFiles.PNG)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("documents.issuedCertificate[1]")));
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_attachment")).isEqualTo(attachments);
    }

    @Test
    void eachFileIsStoredWithTheDocumentItIsAScanOf() throws Exception {
        Map<String, Object> land = Dossiers.landCertificate(Officers.LACDUONG);
        String code = json.readTree(mvc.perform(submission(land,
                        new MockMultipartFile("applicationForm", "don.pdf", "application/pdf", SampleFiles.PDF),
                        new MockMultipartFile("issuedCertificate", "gcn-trang-1.jpg", "image/jpeg", SampleFiles.JPEG),
                        new MockMultipartFile("issuedCertificate", "gcn-trang-2.jpg", "image/jpeg", SampleFiles.JPEG),
                        file("ghi-chu.png", SampleFiles.PNG)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments").value(4))
                .andReturn().getResponse().getContentAsString()).get("code").asText();
        assertThat(jdbc.sql("""
                        select a.file_name || '=' || coalesce(a.document_key, '-') from dossier_attachment a
                        join dossier d on d.id = a.dossier_id where d.code = ? order by a.position""")
                .param(code).query(String.class).list())
                .containsExactly("don.pdf=applicationForm", "gcn-trang-1.jpg=issuedCertificate",
                        "gcn-trang-2.jpg=issuedCertificate", "ghi-chu.png=-");
        mvc.perform(get("/api/v1/dossiers/{code}/attachments", code).with(httpBasic(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].documentKey").value("issuedCertificate"));
    }

    @Test
    void papersHandedOverAtTheCounterAndDossiersTheNationalPortalDeliversNeedNoFileHere() throws Exception {
        Map<String, Object> counter = new HashMap<>(Dossiers.landCertificate(Officers.LACDUONG));
        counter.put("channel", "COUNTER");
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(counter))
                        .with(httpBasic(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)))
                .andExpect(status().isCreated());
        @SuppressWarnings("unchecked")
        Map<String, Object> form = (Map<String, Object>) Dossiers.landCertificate(Officers.LACDUONG).get("formData");
        DossierIntake.Received npsp = intake.receiveOnline(new DossierIntake.OnlineApplication(Dossiers.LAND_CERTIFICATE,
                Officers.LACDUONG, Officers.OTHER_ID, "Trần Văn Đức", null, null, null, form));
        assertThat(npsp.code()).startsWith(Officers.LACDUONG + "-");
    }

    private MockMultipartHttpServletRequestBuilder submission(Map<String, Object> body, MockMultipartFile... files)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/dossiers");
        request.file(new MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body)));
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return request;
    }

    /** The browser's declared type is deliberately wrong: only the content counts. */
    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("attachments", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content);
    }

    private static Map<String, Object> withApplicant(String idNumber) {
        Map<String, Object> body = new HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        body.put("applicant", Map.of("idNumber", idNumber, "fullName", "Trần Văn Bình"));
        return body;
    }

    private org.springframework.test.web.servlet.RequestBuilder identityCheck(String idNumber, String fullName) throws Exception {
        return post("/api/v1/identity-checks").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("idNumber", idNumber, "fullName", fullName)));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
