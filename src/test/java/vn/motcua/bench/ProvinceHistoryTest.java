package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.support.Dossiers;
import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load benchmark's data generator at a tiny scale on a fresh PostgreSQL: the generated history is consistent and
 * the app uses it like its own (tracking), and generated open tasks are real engine tasks an officer can work on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class ProvinceHistoryTest {

    @Autowired DataSource dataSource;
    @Autowired ProcedureCatalog catalog;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate tx;
    @Autowired DossierWorkflow workflow;
    @Autowired UnitDirectory units;
    @Autowired RuntimeService runtime;
    @Autowired vn.motcua.reporting.internal.ReportingRecount recount;
    @Autowired vn.motcua.reporting.internal.ReportingRebuild rebuild;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.fresh("motcua_bench_generator_test").register(registry);
    }

    @Test
    void generatedDossiersHaveTheirTimelineAndEngineHistoryAndTheApplicantTracksThem() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long total = new ProvinceHistory(dataSource, quiet()).generate(catalog.all(), 0, 1000);

        assertThat(total).isGreaterThanOrEqualTo(1000);
        String generated = " from dossier where process_instance_id like 'hist-%'";
        assertThat(jdbc.queryForObject("select count(distinct code)" + generated, Long.class)).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select count(distinct receiving_unit_code)" + generated, Long.class))
                .as("spread over the receiving points").isGreaterThan(1);
        assertThat(jdbc.queryForObject("select count(distinct procedure_code)" + generated, Long.class))
                .as("spread over the catalog").isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(*)" + generated + " and status = 10", Long.class)).isEqualTo(950);
        assertThat(jdbc.queryForObject("select count(*) from dossier_event where dossier_id in (select id" + generated + ")",
                Long.class)).isEqualTo(950 * 5 + 50 * 2);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ like 'hist-%'", Long.class))
                .isEqualTo(3000);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where proc_inst_id_ like 'hist-%'", Long.class))
                .isEqualTo(1000);
        assertThat(jdbc.queryForObject("""
                select count(*) from dossier d join act_hi_procinst p on p.id_ = d.process_instance_id
                where p.business_key_ = d.code and p.removal_time_ > p.end_time_ and p.state_ = 'COMPLETED'""", Long.class))
                .as("each dossier's process in the history, with its removal time").isEqualTo(1000);
        assertThat(jdbc.queryForObject("select count(*) from dossier where code !~ '^H36[.0-9A-Z]*-[0-9]{6}-[0-9]{4}$'",
                Long.class)).as("codes: agency-yyMMdd-NNNN").isZero();

        Map<String, Object> one = jdbc.queryForMap("select code, applicant_id_number, process_instance_id" + generated
                + " and status = 10 limit 1");
        var process = history.createHistoricProcessInstanceQuery().processInstanceId((String) one.get("process_instance_id"))
                .singleResult();
        assertThat(process.getBusinessKey()).isEqualTo(one.get("code"));
        assertThat(process.getState()).isEqualTo("COMPLETED");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process.getId()).finished().count()).isEqualTo(1);
        ResponseEntity<String> tracked = http.postForEntity("/api/v1/tracking",
                Map.of("dossierCode", one.get("code"), "idNumber", ProvinceHistory.idNumber(indexOf(one))), String.class);
        assertThat(tracked.getStatusCode()).as(tracked.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(tracked.getBody());
        assertThat(answer.get("status").asInt()).isEqualTo(10);
        List<Integer> steps = new ArrayList<>();
        answer.get("timeline").forEach(s -> steps.add(s.get("status").asInt()));
        assertThat(steps).containsExactly(1, 2, 4, 9, 10);

        // the 766 projection written set-based for the benchmark is what the reporting's own recount computes
        assertThat(new ProvinceHistory(dataSource, quiet()).project(catalog.all())).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select count(*) from report_counter", Long.class)).isPositive();
        // the open tasks' dossiers (OpenTasks writes them without dossier steps) go through the reporting's rebuild,
        // as in the benchmark
        rebuild.rebuild(n -> { });
        assertThat(recount.compare().differences()).isEmpty();
        assertThat(new ProvinceHistory(dataSource, quiet()).project(catalog.all())).as("only once").isZero();
    }

    @Test
    void generatedOpenTasksAreRealTasksThatAReceiverClaimsAndCompletes() throws Exception {
        long before = tasks.createTaskQuery().count();
        long open = new OpenTasks(new JdbcTemplate(dataSource), tx, workflow, units, tasks, quiet())
                .fillTo(before + 12, catalog.find(Dossiers.BIRTH).orElseThrow(), 2);
        assertThat(open).isEqualTo(before + 12);

        Task task = tasks.createTaskQuery().taskDefinitionKey("Task_CheckDossier").processInstanceBusinessKeyLike("%-5001")
                .list().get(0);
        // the check task runs in the receive call activity, which carries the dossier code as business key
        String code = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
        assertThat(new JdbcTemplate(dataSource).queryForObject("""
                select count(*) from dossier d join act_ru_execution e on e.id_ = d.process_instance_id
                where d.code = ? and e.business_key_ = d.code""", Long.class, code)).as("the dossier's row knows its process")
                .isEqualTo(1);
        String unit = code.substring(0, code.lastIndexOf('-', code.lastIndexOf('-') - 1));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup(unit + ":receiver").count()).isEqualTo(1);
        tasks.claim(task.getId(), "tiepnhan.test");
        tasks.complete(task.getId(), Map.of("receiveDecision", "ACCEPT"));

        String idNumber = new JdbcTemplate(dataSource).queryForObject(
                "select applicant_id_number from dossier where code = ?", String.class, code);
        ResponseEntity<String> tracked = http.postForEntity("/api/v1/tracking",
                Map.of("dossierCode", code, "idNumber", idNumber), String.class);
        assertThat(tracked.getStatusCode()).as(tracked.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(tracked.getBody()).get("status").asInt()).as("accepted, then processing").isEqualTo(4);
    }

    private long indexOf(Map<String, Object> dossier) {
        String id = (String) dossier.get("applicant_id_number");
        return Long.parseLong(id.substring(6));
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
