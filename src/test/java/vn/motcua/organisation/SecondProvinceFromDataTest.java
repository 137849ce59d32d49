package vn.motcua.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.catalog.ProcessVariables;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Configuring another province needs data only: an administrator imports Lai Châu (province 12 of the shared
 * vn-admin-units-2025 data: its 38 communes, a People's Committee, a service centre, a land registration office and a
 * tax office) as one CSV file through the API, and dossiers received there are routed by the same procedure models and
 * decisions, no Java and no model changed. Agency codes {@code P12…} are made up for the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecondProvinceFromDataTest {

    private static final Path WARDS = Path.of("../shared/data/vn-admin-units-2025/wards_2025-07-01.csv");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;
    @Autowired UnitDirectory units;

    @Test
    void aSecondProvinceSetUpFromACsvFileRoutesDossiersByItsOwnServiceAreas() throws Exception {
        List<String[]> communes = laiChauCommunes();
        assertThat(communes).hasSize(38);
        String csv = provinceCsv(communes);

        mvc.perform(post("/api/v1/admin/units/import").with(httpBasic(Officers.ADMIN, Officers.PASSWORD))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(38 + 4));

        String first = communes.get(0)[0];
        String second = communes.get(1)[0];
        String third = communes.get(2)[0];
        assertThat(units.competentUnit("LAND_REGISTRATION_OFFICE", third)).map(Unit::code).hasValue("P12.16.01");

        // birth registration received at one Lai Châu commune for parents living in another: that commune decides
        Map<String, Object> birth = new HashMap<>(Dossiers.birthRegistration("P12." + first, "ONLINE"));
        Map<String, Object> form = new HashMap<>(Dossiers.birthForm());
        form.put(ProcessVariables.APPLICANT_COMMUNE_CODE, second);
        birth.put("formData", form);
        assertThat(competentUnitOf(submit(birth))).isEqualTo("P12." + second);

        // land certificate exchange received at Lai Châu's service centre: its land registration office, its tax office
        Map<String, Object> land = new HashMap<>(Dossiers.landCertificate("P12.20"));
        Map<String, Object> landForm = new HashMap<>((Map<String, Object>) land.get("formData"));
        landForm.put(ProcessVariables.PROPERTY_COMMUNE_CODE, third);
        land.put("formData", landForm);
        String landDossier = submit(land);
        assertThat(competentUnitOf(landDossier)).isEqualTo("P12.16.01");
        assertThat(variable(landDossier, ProcessVariables.CONSULT_UNIT_CODE)).isEqualTo("P12.T01");

        // the first province is untouched
        assertThat(competentUnitOf(submit(Dossiers.birthRegistration("H36.24781", "ONLINE")))).isEqualTo("H36.24781");
    }

    @Test
    void anImportWithABadRowChangesNothingAndNamesTheRow() throws Exception {
        int before = units.all().size();
        String csv = String.join(",", List.of("code", "name", "name_en", "level", "kind", "body_kind", "parent_code", "ward_code",
                "address", "hotline", "receives_dossiers", "service_area")) + "\n"
                + "Q99,Ủy ban nhân dân tỉnh thử,Test PPC,PROVINCE,AGENCY,PROVINCIAL_PEOPLES_COMMITTEE,,,Thử,0200 000,false,99001\n"
                + "Q99.1,Đơn vị thử,Test unit,PROVINCE,AGENCY,NO_SUCH_KIND,Q99,,Thử,0200 001,false,99001\n";
        mvc.perform(post("/api/v1/admin/units/import").with(httpBasic(Officers.ADMIN, Officers.PASSWORD))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].bodyKind"));
        assertThat(units.all()).hasSize(before);
        assertThat(units.find("Q99")).isEmpty();
    }

    private String submit(Map<String, Object> body) throws Exception {
        // an online dossier carries a file for each required document (one part each), the form data as part "dossier"
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/dossiers")
                .file(new org.springframework.mock.web.MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsBytes(body)));
        Dossiers.documentFiles(body.get("procedureCode")).forEach(request::file);
        String answer = mvc.perform(request)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode created = json.readTree(answer);
        return created.path("code").asText();
    }

    private String competentUnitOf(String dossierCode) {
        return variable(dossierCode, ProcessVariables.COMPETENT_UNIT_CODE);
    }

    private String variable(String dossierCode, String name) {
        // the procedure's process and the shared step it is in share the business key and the routing variables
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierCode).list().get(0).getId();
        return (String) runtime.getVariable(instance, name);
    }

    /** The province as an administrator writes it: every commune's People's Committee and the provincial bodies. */
    private static String provinceCsv(List<String[]> communes) {
        StringBuilder csv = new StringBuilder("code,name,name_en,level,kind,body_kind,parent_code,ward_code,address,hotline,receives_dossiers,service_area\n");
        csv.append("P12,Ủy ban nhân dân tỉnh Lai Châu,Lai Chau Provincial People's Committee,PROVINCE,AGENCY,PROVINCIAL_PEOPLES_COMMITTEE,,,")
                .append("Tỉnh Lai Châu,0213 3000 000,false,*\n");
        csv.append("P12.20,Trung tâm Phục vụ hành chính công tỉnh Lai Châu,Lai Chau Public Administration Service Centre,PROVINCE,SERVICE_CENTRE,,P12,")
                .append(communes.get(0)[0]).append(",Tỉnh Lai Châu,0213 3000 020,true,\n");
        csv.append("P12.16.01,Văn phòng Đăng ký đất đai tỉnh Lai Châu,Lai Chau Land Registration Office,PROVINCE,AGENCY,LAND_REGISTRATION_OFFICE,P12,,")
                .append("Tỉnh Lai Châu,0213 3000 161,false,*\n");
        csv.append("P12.T01,Thuế tỉnh Lai Châu,Lai Chau Provincial Tax Office,PROVINCE,AGENCY,PROVINCIAL_TAX_OFFICE,,,")
                .append("Tỉnh Lai Châu,0213 3000 401,false,*\n");
        for (String[] c : communes) {
            csv.append("P12.").append(c[0]).append(",\"Ủy ban nhân dân ").append(c[1]).append("\",\"").append(c[2])
                    .append(" People's Committee\",COMMUNE,COMMUNE,,P12,").append(c[0]).append(",\"Trụ sở ").append(c[1])
                    .append("\",0213 3").append(c[0], 2, 5).append(",true,\n");
        }
        return csv.toString();
    }

    /** {code, full name, English name} of every commune of province 12 in the shared data. */
    private static List<String[]> laiChauCommunes() throws IOException {
        return Files.readAllLines(WARDS).stream().skip(1).map(line -> line.split(","))
                .filter(f -> f[6].equals("12")).map(f -> new String[]{f[0], f[3], f[4]}).toList();
    }
}
