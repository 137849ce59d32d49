package vn.motcua.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.organisation.UnitRole;
import vn.motcua.support.EngineCallsOnADossier;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access matrix, on PostgreSQL: roles × units × actions, through the app's API and through Camunda's REST API.
 * The units are generated from the organisation data (communes of the province, spread over its whole code range, and
 * the two provincial agencies the land procedure involves); each gets a receiver, a specialist and a leader created
 * through the administrators' API, and dossiers with tasks waiting for a receiver and for a specialist. Every actor
 * then tries every action on every target, and each answer is compared with the rule:
 * <ul>
 *   <li>an officer reads the dossiers of the units that received, handle or were consulted on them, and works (sees,
 *       claims) only the tasks whose candidate group is one of their own unit roles; nobody hands a task to someone
 *       else through the engine; only a leader of the task's unit reassigns it, through the app's API;</li>
 *   <li>an auditor reads everything (dossiers, tasks, instances, history, variables) and changes nothing;</li>
 *   <li>an analyst deploys models and sees no dossier, task, instance, history or variable.</li>
 * </ul>
 * Every mismatch is collected and reported together. {@code -Dmotcua.access-matrix.communes=N} (default 6, 0 = all
 * 124) sets how many communes take part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=8", "spring.datasource.hikari.minimum-idle=1"})
@ActiveProfiles({"test", "postgres"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixOnPostgresTest {

    private static final String PASSWORD = "ma-tran-quyen-2026";
    private static final List<Role> UNIT_ROLES = List.of(Role.RECEIVER, Role.SPECIALIST, Role.LEADER);
    /** The kind of body that settles the land-certificate exchange (1.012783); which unit is it depends on the land. */
    private static final String LAND_REGISTRATION = "LAND_REGISTRATION_OFFICE";
    private static final String TAX_OFFICE = "H36.T01";
    private static final Set<Integer> DENIED = Set.of(403, 404);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.fresh("motcua_it_access").register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired UnitDirectory directory;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired org.camunda.bpm.engine.FilterService filterService;
    @Autowired JdbcClient jdbc;
    @Autowired javax.sql.DataSource dataSource;

    /** Who acts: an officer with one unit role, or a province-wide role (unit null). */
    record Actor(String userId, String password, String unit, Role role) {
        boolean holds(UnitRole unitRole) {
            return unit != null && unit.equals(unitRole.unitCode()) && role == unitRole.role();
        }

        boolean is(Role provinceRole) {
            return unit == null && role == provinceRole;
        }

        @Override
        public String toString() {
            return userId + (unit == null ? " (" + role + ")" : " (" + role + " of " + unit + ")");
        }
    }

    /** A dossier and the units allowed to read it. */
    record DossierTarget(String code, String receivingUnit, Set<String> units, String processInstanceId, boolean accepted) {
    }

    /** An open task, the unit role it waits for, and its dossier. */
    record TaskTarget(String id, UnitRole candidate, String dossierCode) {
    }

    private final List<String> units = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<DossierTarget> dossiers = new ArrayList<>();
    /** A dossier's job (a supplement's deadline) and the unit of the dossier, for the job calls. */
    record JobTarget(String id, String unit) {
    }

    private final List<JobTarget> withTimer = new ArrayList<>();
    private final List<TaskTarget> tasks = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private int checks;

    private String landOffice;

    @BeforeEach
    void noViolationsYet() {
        violations.clear();
        checks = 0;
    }

    @BeforeAll
    void organisationOfficersAndDossiers() throws Exception {
        List<String> communes = directory.all().stream()
                .filter(u -> u.kind().equals("COMMUNE") && u.receivesDossiers()).map(Unit::code).sorted().toList();
        assertThat(communes).as("the province's communes, from V3 + V7").hasSize(124);
        int wanted = Integer.getInteger("motcua.access-matrix.communes", 6);
        int n = wanted <= 0 || wanted >= communes.size() ? communes.size() : wanted;
        IntStream.range(0, n).map(i -> n == 1 ? 0 : i * (communes.size() - 1) / (n - 1)).mapToObj(communes::get)
                .distinct().forEach(units::add);
        // the land lies in the first commune: the land registration office or its branch serving that commune settles it
        String firstWard = directory.find(units.get(0)).orElseThrow().wardCode();
        landOffice = directory.competentUnit(LAND_REGISTRATION, firstWard).orElseThrow().code();
        units.add(landOffice);
        units.add(TAX_OFFICE);

        for (String unit : units) {
            for (Role role : UNIT_ROLES) {
                String userId = "m." + unit.toLowerCase().replace('.', '-') + "." + role.groupSuffix();
                ResponseEntity<String> created = exchange(new Actor(Officers.ADMIN, Officers.PASSWORD, null, Role.ADMINISTRATOR),
                        HttpMethod.POST, "/api/v1/admin/officers", Map.of("userId", userId, "firstName", role.labelVi(),
                                "lastName", unit, "password", PASSWORD, "roles", List.of(Map.of("unitCode", unit, "role", role.name()))));
                assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
                actors.add(new Actor(userId, PASSWORD, unit, role));
            }
        }
        actors.add(new Actor(Officers.AUDITOR, Officers.PASSWORD, null, Role.AUDITOR));
        actors.add(new Actor(Officers.ANALYST, Officers.PASSWORD, null, Role.ANALYST));
        actors.add(new Actor(Officers.ADMIN, Officers.PASSWORD, null, Role.ADMINISTRATOR));

        for (String commune : units.subList(0, units.size() - 2)) {
            Actor receiver = officer(commune, Role.RECEIVER);
            String waiting = submit(Dossiers.birthRegistration(commune, "ONLINE"));
            dossiers.add(target(waiting, commune, Set.of(commune), false));
            String accepted = submit(Dossiers.birthRegistration(commune, "ONLINE"));
            accept(receiver, accepted);
            dossiers.add(target(accepted, commune, Set.of(commune), true));
        }
        String first = units.get(0);
        String land = submit(Dossiers.landCertificate(first));
        accept(officer(first, Role.RECEIVER), land);
        dossiers.add(target(land, first, Set.of(first, landOffice, TAX_OFFICE), true));
        // two dossiers waiting for a supplement (in the first and the last commune): the supplement's deadline is a timer,
        // the job the engine API's job calls name
        for (String commune : List.of(first, units.get(units.size() - 3))) {
            String waiting = submit(Dossiers.birthRegistration(commune, "ONLINE"));
            Task check = taskService.createTaskQuery().processInstanceBusinessKey(waiting).singleResult();
            taskService.complete(check.getId(), Map.of("receiveDecision", "SUPPLEMENT", "opinion", "Thiếu Giấy chứng sinh bản chính"));
            Set<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(waiting).list()
                    .stream().map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).collect(java.util.stream.Collectors.toSet());
            String job = managementService.createJobQuery().timers().activityId("Event_SupplementLapsed").list().stream()
                    .filter(j -> instances.contains(j.getProcessInstanceId())).map(org.camunda.bpm.engine.runtime.Job::getId)
                    .findFirst().orElseThrow(() -> new AssertionError("no supplement timer for " + waiting));
            withTimer.add(new JobTarget(job, commune));
        }

        for (DossierTarget dossier : dossiers) {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(dossier.code()).list()) {
                UnitRole candidate = taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                        .map(l -> UnitRole.fromGroupId(l.getGroupId()).orElseThrow()).findFirst().orElseThrow();
                tasks.add(new TaskTarget(task.getId(), candidate, dossier.code()));
            }
        }
        assertThat(tasks).extracting(t -> t.candidate().role()).contains(Role.RECEIVER, Role.SPECIALIST);
        assertThat(tasks).extracting(t -> t.candidate().unitCode()).contains(TAX_OFFICE);
    }

    @Test
    void throughTheAppsApiOfficersReadOnlyTheDossiersOfTheirUnitsAndAuditorsReadAll() {
        for (Actor actor : actors) {
            for (DossierTarget dossier : dossiers) {
                boolean reads = actor.is(Role.AUDITOR) || (actor.unit() != null && dossier.units().contains(actor.unit()));
                int denied = actor.unit() == null ? 403 : 404;
                check(actor, "GET dossier " + dossier.code(), reads ? Set.of(200) : Set.of(denied),
                        get(actor, "/api/v1/dossiers/" + dossier.code()));
                if (dossier.accepted()) {
                    check(actor, "GET slip 01 of " + dossier.code(), reads ? Set.of(200) : Set.of(denied),
                            get(actor, "/api/v1/dossiers/" + dossier.code() + "/slips/01"));
                }
                // only the receiving point's receivers record a supplement (400 here: none was requested); a receiver who
                // may not read the dossier does not learn that it exists
                boolean receiverOfReceivingPoint = actor.holds(new UnitRole(dossier.receivingUnit(), Role.RECEIVER));
                Set<Integer> supplement = receiverOfReceivingPoint ? Set.of(400)
                        : actor.role() == Role.RECEIVER && !reads ? Set.of(404) : Set.of(403);
                check(actor, "POST supplement " + dossier.code(), supplement,
                        exchange(actor, HttpMethod.POST, "/api/v1/dossiers/" + dossier.code() + "/supplement", null));
            }
            for (String unit : units) {
                boolean lists = actor.is(Role.AUDITOR) || unit.equals(actor.unit());
                ResponseEntity<String> list = exchange(actor, HttpMethod.GET, "/api/v1/dossiers?unit=" + unit, null);
                check(actor, "GET dossiers of " + unit, lists ? Set.of(200) : Set.of(403), list);
                if (list.getStatusCode().value() == 200) {
                    for (JsonNode d : read(list)) {
                        if (!d.get("receivingUnitCode").asText().equals(unit) && !d.get("handlingUnitCode").asText().equals(unit)) {
                            violations.add(actor + " listing " + unit + " got " + d.get("code").asText());
                        }
                    }
                }
            }
        }
        report();
    }

    @Test
    void throughTheEngineRestApiOfficersSeeAndClaimOnlyTheTasksOfTheirOwnUnitAndRole() {
        String keys = dossiers.stream().map(DossierTarget::code).collect(Collectors.joining(","));
        for (Actor actor : actors) {
            Set<String> expected = tasks.stream().filter(t -> sees(actor, t)).map(TaskTarget::id).collect(Collectors.toCollection(TreeSet::new));
            ResponseEntity<String> list = get(actor, "/engine-rest/task?processInstanceBusinessKeyIn=" + keys);
            check(actor, "GET /engine-rest/task", Set.of(200), list);
            Set<String> visible = new TreeSet<>();
            read(list).forEach(t -> visible.add(t.get("id").asText()));
            checks++;
            if (!visible.equals(expected)) {
                violations.add(actor + " sees tasks " + visible + " instead of " + expected);
            }
            // Tasklist's group lists and counts: a list of the actor's own group skips the engine's per-row
            // authorization join (CandidateGroupTaskAccess); every other group's list keeps it. Same answer either way.
            Set<String> groups = tasks.stream().map(t -> t.candidate().groupId()).collect(Collectors.toCollection(TreeSet::new));
            for (String group : groups) {
                String other = groups.stream().filter(g -> !g.equals(group)).findFirst().orElseThrow();
                for (String asked : List.of(group, group + "," + other)) {
                    Set<String> wanted = tasks.stream().filter(t -> Set.of(asked.split(",")).contains(t.candidate().groupId()) && sees(actor, t))
                            .map(TaskTarget::id).collect(Collectors.toCollection(TreeSet::new));
                    String query = "candidateGroups=" + asked + "&processInstanceBusinessKeyIn=" + keys;
                    ResponseEntity<String> ofGroup = get(actor, "/engine-rest/task?" + query);
                    check(actor, "GET /engine-rest/task?candidateGroups=" + asked, Set.of(200), ofGroup);
                    ResponseEntity<String> count = get(actor, "/engine-rest/task/count?" + query);
                    check(actor, "GET /engine-rest/task/count?candidateGroups=" + asked, Set.of(200), count);
                    if (ofGroup.getStatusCode().value() != 200 || count.getStatusCode().value() != 200) {
                        continue;
                    }
                    Set<String> listed = new TreeSet<>();
                    read(ofGroup).forEach(t -> listed.add(t.get("id").asText()));
                    checks++;
                    if (!listed.equals(wanted) || read(count).get("count").asInt() != wanted.size()) {
                        violations.add(actor + " listing candidate groups " + asked + " sees " + listed + " (count "
                                + read(count).get("count").asInt() + ") instead of " + wanted);
                    }
                }
            }
            // Tasklist's two filters: the officers' (the actor's own candidate groups) and the leaders' (the role
            // groups of the units the actor leads), both answered without the engine's per-row join
            // (CandidateGroupTaskAccess): each lists exactly what the actor may see of those groups
            Map<String, java.util.function.Predicate<TaskTarget>> filters = Map.of(
                    "Việc của đơn vị tôi", t -> actor.holds(t.candidate()),
                    "Việc đang xử lý của đơn vị", t -> leads(actor, t));
            for (Map.Entry<String, java.util.function.Predicate<TaskTarget>> filter : filters.entrySet()) {
                String id = filterService.createFilterQuery().filterName(filter.getKey()).singleResult().getId();
                Map<String, Object> ours = Map.of("processInstanceBusinessKeyIn", dossiers.stream().map(DossierTarget::code).toList());
                ResponseEntity<String> page = exchange(actor, HttpMethod.POST, "/engine-rest/filter/" + id + "/list", ours);
                ResponseEntity<String> count = exchange(actor, HttpMethod.POST, "/engine-rest/filter/" + id + "/count", ours);
                boolean leadersOnly = filter.getKey().startsWith("Việc đang");
                // the leaders' filter is granted to leader groups; administrators and auditors read every filter
                // (and find none of their own units' tasks in it: they lead none)
                boolean mayRead = !leadersOnly || actor.is(Role.ADMINISTRATOR) || actor.is(Role.AUDITOR)
                        || (actor.unit() != null && actor.role() == Role.LEADER);
                check(actor, "POST filter " + filter.getKey() + " list", mayRead ? Set.of(200) : DENIED, page);
                check(actor, "POST filter " + filter.getKey() + " count", mayRead ? Set.of(200) : DENIED, count);
                if (page.getStatusCode().value() != 200 || count.getStatusCode().value() != 200) {
                    continue;
                }
                Set<String> wanted = tasks.stream().filter(filter.getValue()).map(TaskTarget::id)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> listed = new TreeSet<>();
                read(page).forEach(t -> listed.add(t.get("id").asText()));
                checks++;
                if (!listed.equals(wanted) || read(count).get("count").asInt() != wanted.size()) {
                    violations.add(actor + " in filter " + filter.getKey() + " sees " + listed + " (count "
                            + read(count).get("count").asInt() + ") instead of " + wanted);
                }
            }
            for (TaskTarget task : tasks) {
                boolean sees = sees(actor, task);
                boolean works = actor.holds(task.candidate()) || actor.is(Role.ADMINISTRATOR);
                // the unit's leader reads the task and hands it over (TASK_ASSIGN), only to a holder of its role
                boolean leads = leads(actor, task);
                // administrators operate tasks without the applicants' data (no READ_VARIABLE)
                boolean readsVariables = sees && !actor.is(Role.ADMINISTRATOR);
                check(actor, "GET task " + task.candidate().groupId(), sees ? Set.of(200) : DENIED, get(actor, "/engine-rest/task/" + task.id()));
                check(actor, "GET task variables " + task.candidate().groupId(), readsVariables ? Set.of(200) : DENIED,
                        get(actor, "/engine-rest/task/" + task.id() + "/variables"));
                ResponseEntity<String> claim = exchange(actor, HttpMethod.POST, "/engine-rest/task/" + task.id() + "/claim",
                        Map.of("userId", actor.userId()));
                check(actor, "claim " + task.candidate().groupId(), works ? Set.of(204) : DENIED, claim);
                ResponseEntity<String> assign = exchange(actor, HttpMethod.POST, "/engine-rest/task/" + task.id() + "/assignee",
                        Map.of("userId", actor.userId()));
                Set<Integer> handsOver = actor.is(Role.ADMINISTRATOR) || (leads && works) ? Set.of(204)
                        : leads ? Set.of(400) : DENIED;
                check(actor, "set assignee of " + task.candidate().groupId(), handsOver, assign);
                reset(task);
                ResponseEntity<String> delegate = exchange(actor, HttpMethod.POST, "/engine-rest/task/" + task.id() + "/delegate",
                        Map.of("userId", actor.userId()));
                check(actor, "delegate " + task.candidate().groupId(), handsOver, delegate);
                if (!works) {
                    check(actor, "complete " + task.candidate().groupId(), DENIED,
                            exchange(actor, HttpMethod.POST, "/engine-rest/task/" + task.id() + "/complete", Map.of("variables", Map.of())));
                }
                reset(task);
            }
        }
        assertThat(taskService.createTaskQuery().taskIdIn(tasks.stream().map(TaskTarget::id).toArray(String[]::new)).count())
                .as("no task was completed by anyone").isEqualTo(tasks.size());
        report();
    }

    @Test
    void onlyALeaderOfTheTasksUnitReassignsItAndOnlyWithinTheUnitAndRole() {
        for (Actor actor : actors) {
            for (String unit : units) {
                check(actor, "GET /api/v1/tasks of " + unit, actor.holds(new UnitRole(unit, Role.LEADER)) ? Set.of(200) : Set.of(403),
                        get(actor, "/api/v1/tasks?unit=" + unit));
            }
            for (TaskTarget task : tasks) {
                String colleague = officer(task.candidate().unitCode(), task.candidate().role()).userId();
                Set<Integer> expected = actor.holds(new UnitRole(task.candidate().unitCode(), Role.LEADER)) ? Set.of(200)
                        : actor.role() == Role.LEADER ? Set.of(404) : Set.of(403);
                check(actor, "reassign " + task.candidate().groupId() + " to " + colleague, expected,
                        exchange(actor, HttpMethod.POST, "/api/v1/tasks/" + task.id() + "/assignee", Map.of("userId", colleague)));
                reset(task);
                if (actor.holds(new UnitRole(task.candidate().unitCode(), Role.LEADER))) {
                    String outsider = officer(units.stream().filter(u -> !u.equals(task.candidate().unitCode())).findFirst().orElseThrow(),
                            task.candidate().role()).userId();
                    check(actor, "reassign " + task.candidate().groupId() + " outside the unit to " + outsider, Set.of(403),
                            exchange(actor, HttpMethod.POST, "/api/v1/tasks/" + task.id() + "/assignee", Map.of("userId", outsider)));
                }
            }
        }
        report();
    }

    @Test
    void officersAndAnalystsReadNoProcessInstanceHistoryOrVariableThroughTheEngineAndAuditorsReadThemAll() {
        List<String> pids = dossiers.stream().map(DossierTarget::processInstanceId).toList();
        String ids = String.join(",", pids);
        String keys = dossiers.stream().map(DossierTarget::code).collect(Collectors.joining(","));
        for (Actor actor : actors) {
            boolean readsAll = actor.is(Role.AUDITOR) || actor.is(Role.ADMINISTRATOR);
            // administrators operate the instances without the applicants' data (variables): auditors read those
            boolean readsVariables = actor.is(Role.AUDITOR);
            Set<String> all = readsAll ? new TreeSet<>(pids) : Set.of();
            Set<String> withVariables = readsVariables ? new TreeSet<>(pids) : Set.of();
            visible(actor, "process instances", all, "id", get(actor, "/engine-rest/process-instance?processInstanceIds=" + ids));
            visible(actor, "historic process instances", all, "id",
                    get(actor, "/engine-rest/history/process-instance?processInstanceIds=" + ids));
            visible(actor, "historic variables", withVariables, "processInstanceId",
                    get(actor, "/engine-rest/history/variable-instance?processInstanceIdIn=" + ids));
            visible(actor, "runtime variables", withVariables, "processInstanceId",
                    get(actor, "/engine-rest/variable-instance?processInstanceIdIn=" + ids));
            Set<String> historicTaskKeys = new TreeSet<>();
            ResponseEntity<String> historicTasks = get(actor, "/engine-rest/history/task?processInstanceBusinessKeyIn=" + keys);
            check(actor, "list historic tasks", Set.of(200), historicTasks);
            read(historicTasks).forEach(t -> historicTaskKeys.add(t.get("processInstanceId").asText()));
            checks++;
            if (readsAll == historicTaskKeys.isEmpty()) {
                violations.add(actor + " lists historic tasks of " + historicTaskKeys.size() + " processes (expected "
                        + (readsAll ? "all" : "none") + ")");
            }
            for (DossierTarget dossier : dossiers) {
                check(actor, "process variables of " + dossier.code(), readsVariables ? Set.of(200) : DENIED,
                        get(actor, "/engine-rest/process-instance/" + dossier.processInstanceId() + "/variables"));
            }
            Set<String> users = new TreeSet<>();
            ResponseEntity<String> userList = get(actor, "/engine-rest/user");
            check(actor, "list users", Set.of(200), userList);
            read(userList).forEach(u -> users.add(u.get("id").asText()));
            checks++;
            // a unit's leader also reads the profiles of the unit's officers (Tasklist shows who holds each task by
            // name), and of no other unit's
            Set<String> visibleUsers = new TreeSet<>(Set.of(actor.userId()));
            if (actor.unit() != null && actor.role() == Role.LEADER) {
                visibleUsers.addAll(jdbc.sql("select distinct USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ like :unit")
                        .param("unit", actor.unit() + ":%").query(String.class).list());
            }
            if (readsAll ? users.size() <= 1 : !users.equals(visibleUsers)) {
                violations.add(actor + " lists users " + users + " (expected " + (readsAll ? "all" : visibleUsers) + ")");
            }
            ResponseEntity<String> log = get(actor, "/engine-rest/history/user-operation?maxResults=5");
            check(actor, "list the operation log", Set.of(200), log);
            checks++;
            if (readsAll == read(log).isEmpty()) {
                violations.add(actor + " lists " + read(log).size() + " operation log entries");
            }
        }
        report();
    }

    /**
     * Every engine REST call left after the allow-list that names a task or a process, by an officer of another unit:
     * the answer is exactly the answer for an id that does not exist (status and body) and names no process instance,
     * dossier code, procedure or unit; the calls off the list (message correlation, signals, external tasks, starting
     * a process) get the answer of an unknown path, whatever they name. One foreign task and one foreign process per
     * officer keeps the run short; the rules do not depend on which.
     */
    @Test
    void throughTheEngineRestApiAnotherUnitsIdsAnswerExactlyAsIdsThatDoNotExist() {
        String unknown = "00000000-0000-0000-0000-000000000000";
        String unknownCode = "H36.00000-000000-0000";
        ResponseEntity<String> unknownPath = get(actors.get(0), "/engine-rest/no-such-resource");
        check(actors.get(0), "unknown path", Set.of(404), unknownPath);
        String refusedBody = unknownPath.getBody();
        for (Actor actor : actors.stream().filter(a -> a.unit() != null).toList()) {
            TaskTarget task = tasks.stream().filter(t -> !sees(actor, t)).findFirst().orElseThrow();
            DossierTarget dossier = dossiers.stream().filter(d -> !d.units().contains(actor.unit())).findFirst().orElseThrow();
            String procedure = jdbc.sql("select procedure_code from dossier where code = ?").param(dossier.code())
                    .query(String.class).single();
            List<String> secrets = List.of(dossier.processInstanceId(), dossier.code(), "tthc-" + procedure,
                    dossier.receivingUnit(), task.dossierCode());
            for (EngineCallsOnADossier.Call call : EngineCallsOnADossier.TASK) {
                same(actor, call, task.id(), unknown, secrets);
            }
            for (EngineCallsOnADossier.Call call : EngineCallsOnADossier.PROCESS) {
                same(actor, call, dossier.processInstanceId(), unknown, secrets);
            }
            for (EngineCallsOnADossier.Call call : EngineCallsOnADossier.OFF_THE_LIST) {
                same(actor, call, dossier.processInstanceId(), unknown, secrets);
            }
            for (EngineCallsOnADossier.Call call : EngineCallsOnADossier.BUSINESS_KEY) {
                same(actor, call, dossier.code(), unknownCode, secrets);
            }
            String variable = jdbc.sql("select v.id_ from act_ru_variable v join act_ru_execution e on e.id_ = v.execution_id_ "
                    + "where e.root_proc_inst_id_ = ? order by v.name_ limit 1").param(dossier.processInstanceId())
                    .query(String.class).single();
            for (EngineCallsOnADossier.Call call : EngineCallsOnADossier.VARIABLE) {
                same(actor, call, variable, unknown, secrets);
            }
            String job = withTimer.stream().filter(j -> !j.unit().equals(actor.unit())).map(JobTarget::id).findFirst()
                    .orElseThrow();
            for (EngineCallsOnADossier.Call call : EngineCallsOnADossier.JOB) {
                same(actor, call, job, unknown, secrets);
            }
            // the report of open tasks per candidate group counts only what the officer may read
            ResponseEntity<String> report = get(actor, "/engine-rest/task/report/candidate-group-count");
            check(actor, "GET /task/report/candidate-group-count", Set.of(200, 403), report);
            noSecret(actor, "GET /task/report/candidate-group-count", report,
                    units.stream().filter(u -> !u.equals(actor.unit())).map(u -> u + ":").toList());
            for (String root : List.of("/engine-rest", "/engine-rest/engine/default")) {
                for (Map<String, Object> body : List.of(
                        Map.<String, Object>of("messageName", "feePaid", "businessKey", dossier.code()),
                        Map.<String, Object>of("messageName", "feePaid", "processInstanceId", dossier.processInstanceId()))) {
                    refused(actor, root + "/message", body, refusedBody);
                }
                refused(actor, root + "/signal", Map.of("name", "anything"), refusedBody);
                refused(actor, root + "/external-task/fetchAndLock", Map.of("workerId", actor.userId(), "maxTasks", 10,
                        "topics", List.of(Map.of("topicName", "x", "lockDuration", 1000))), refusedBody);
                refused(actor, root + "/process-definition/key/tthc-" + procedure + "/start",
                        Map.of("businessKey", dossier.code()), refusedBody);
                refused(actor, root + "/condition", Map.of("variables", Map.of()), refusedBody);
            }
        }
        for (TaskTarget task : tasks) {
            reset(task);
        }
        assertThat(taskService.createTaskQuery().taskIdIn(tasks.stream().map(TaskTarget::id).toArray(String[]::new))
                .taskUnassigned().count()).as("no task was claimed, assigned or completed").isEqualTo(tasks.size());
        report();
    }

    /** A call naming another unit's thing, and the same call naming nothing that exists: the same answer, no secret. */
    private void same(Actor actor, EngineCallsOnADossier.Call call, String foreignId, String unknownId, List<String> secrets) {
        ResponseEntity<String> foreign = exchange(actor, HttpMethod.valueOf(call.method()), "/engine-rest" + call.path(foreignId),
                call.body(foreignId));
        ResponseEntity<String> unknown = exchange(actor, HttpMethod.valueOf(call.method()), "/engine-rest" + call.path(unknownId),
                call.body(unknownId));
        String what = call.method() + " " + call.path("<foreign>");
        checks++;
        if (foreign.getStatusCode().value() != unknown.getStatusCode().value()
                || !java.util.Objects.equals(foreign.getBody(), unknown.getBody())) {
            violations.add(actor + " " + what + ": " + foreign.getStatusCode().value() + " " + abbreviate(foreign.getBody())
                    + " but for an unknown id " + unknown.getStatusCode().value() + " " + abbreviate(unknown.getBody()));
        }
        if (foreign.getStatusCode().is2xxSuccessful()
                && !(foreign.getStatusCode().value() == 200 && List.of("[]", "{\"count\":0}").contains(foreign.getBody()))) {
            violations.add(actor + " " + what + ": " + foreign.getStatusCode().value() + " " + abbreviate(foreign.getBody()));
        }
        noSecret(actor, what, foreign, secrets);
    }

    /** A call off the allow-list: the answer of an unknown path, whatever it names. */
    private void refused(Actor actor, String path, Object body, String unknownPathBody) {
        ResponseEntity<String> answer = exchange(actor, HttpMethod.POST, path, body);
        check(actor, "POST " + path, Set.of(404), answer);
        checks++;
        if (!java.util.Objects.equals(answer.getBody(), unknownPathBody)) {
            violations.add(actor + " POST " + path + ": " + abbreviate(answer.getBody()) + " is not the unknown path's answer");
        }
    }

    private void noSecret(Actor actor, String what, ResponseEntity<String> answer, List<String> secrets) {
        String body = answer.getBody() == null ? "" : answer.getBody();
        for (String secret : secrets) {
            checks++;
            if (body.contains(secret)) {
                violations.add(actor + " " + what + ": the answer names " + secret + ": " + abbreviate(body));
            }
        }
    }

    @Test
    void auditorsChangeNothingAnywhere() {
        Actor auditor = actors.stream().filter(a -> a.is(Role.AUDITOR)).findFirst().orElseThrow();
        check(auditor, "read the audit trail", Set.of(200), get(auditor, "/api/v1/audit?limit=10"));
        check(auditor, "amend the calendar", Set.of(403), exchange(auditor, HttpMethod.PUT, "/api/v1/calendar/days/2035-06-15",
                Map.of("kind", "DAY_OFF", "nameVi", "x", "nameEn", "x")));
        check(auditor, "create a unit", Set.of(403), exchange(auditor, HttpMethod.POST, "/api/v1/admin/units", Map.of()));
        check(auditor, "deploy", Set.of(403), deploy(auditor, "auditor"));
        check(auditor, "start a process", DENIED, exchange(auditor, HttpMethod.POST,
                "/engine-rest/process-definition/key/tthc-1.001193/start", Map.of()));
        check(auditor, "delete a process instance", DENIED, exchange(auditor, HttpMethod.DELETE,
                "/engine-rest/process-instance/" + dossiers.get(0).processInstanceId(), null));
        check(auditor, "create a user", DENIED, exchange(auditor, HttpMethod.POST, "/engine-rest/user/create",
                Map.of("profile", Map.of("id", "hacker"), "credentials", Map.of("password", "hacker-password"))));
        check(auditor, "grant themself a group", DENIED, exchange(auditor, HttpMethod.PUT,
                "/engine-rest/group/camunda-admin/members/" + Officers.AUDITOR, null));
        report();
    }

    @Test
    void analystsDeployModelsButCannotWipeRunningDossiersWithThem() throws Exception {
        Actor analyst = actors.stream().filter(a -> a.is(Role.ANALYST)).findFirst().orElseThrow();
        ResponseEntity<String> deployed = deploy(analyst, "analyst");
        check(analyst, "deploy", Set.of(200), deployed);
        String deploymentId = read(deployed).get("id").asText();
        check(analyst, "read the deployed definition", Set.of(200), get(analyst, "/engine-rest/process-definition/key/matrix-analyst"));
        check(analyst, "start the deployed process", DENIED, exchange(analyst, HttpMethod.POST,
                "/engine-rest/process-definition/key/matrix-analyst/start", Map.of()));
        check(analyst, "evaluate a decision", DENIED, exchange(analyst, HttpMethod.POST,
                "/engine-rest/decision-definition/key/authority-1.001193/evaluate", Map.of("variables", Map.of())));
        check(analyst, "delete a deployment with cascade", Set.of(403),
                exchange(analyst, HttpMethod.DELETE, "/engine-rest/deployment/" + deploymentId + "?cascade=true", null));
        check(analyst, "delete a deployment", Set.of(204), exchange(analyst, HttpMethod.DELETE, "/engine-rest/deployment/" + deploymentId, null));
        for (Actor officer : actors.stream().filter(a -> a.unit() != null).limit(3).toList()) {
            check(officer, "deploy", Set.of(403), deploy(officer, "officer"));
        }
        report();
    }

    /** The planner statistics the authorization check needs (vn.motcua.workflow.internal.EngineIndexes), made once. */
    @Test
    void theEnginesAuthorizationTableHasItsStatisticsOnceAcrossStarts() throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            vn.motcua.workflow.internal.EngineIndexes.create(connection); // a second start on the same database
        }
        assertThat(jdbc.sql("select count(*) from pg_statistic_ext where stxname = 'motcua_stat_auth_perms'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void auditRowsCannotBeUpdatedDeletedOrTruncatedEvenWithSql() {
        long rows = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(rows).isPositive();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only: TRUNCATE refused");
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isGreaterThanOrEqualTo(rows);
    }

    private boolean sees(Actor actor, TaskTarget task) {
        return actor.holds(task.candidate()) || actor.is(Role.AUDITOR) || actor.is(Role.ADMINISTRATOR) || leads(actor, task);
    }

    /** A leader of the task's unit (grants per unit's leader group, vn.motcua.workflow TaskListRows). */
    private static boolean leads(Actor actor, TaskTarget task) {
        return actor.holds(new UnitRole(task.candidate().unitCode(), Role.LEADER));
    }

    /** Puts a task back as it was (unassigned, not delegated), whatever an allowed action did to it. */
    private void reset(TaskTarget task) {
        Task current = taskService.createTaskQuery().taskId(task.id()).singleResult();
        if (current != null && (current.getAssignee() != null || current.getOwner() != null)) {
            current.setOwner(null);
            current.setAssignee(null);
            current.setDelegationState(null);
            taskService.saveTask(current);
        }
    }

    private Actor officer(String unit, Role role) {
        return actors.stream().filter(a -> unit.equals(a.unit()) && a.role() == role).findFirst().orElseThrow();
    }

    private void check(Actor actor, String action, Set<Integer> expected, ResponseEntity<String> response) {
        checks++;
        if (!expected.contains(response.getStatusCode().value())) {
            violations.add(actor + " " + action + ": " + response.getStatusCode().value() + " (expected " + expected + ") "
                    + abbreviate(response.getBody()));
        }
    }

    /** A list answer holds exactly the expected process instances (by {@code field}), no other. */
    private void visible(Actor actor, String what, Set<String> expected, String field, ResponseEntity<String> response) {
        check(actor, "list " + what, Set.of(200), response);
        if (response.getStatusCode().value() != 200) {
            return;
        }
        Set<String> seen = new TreeSet<>();
        read(response).forEach(item -> seen.add(item.get(field).asText()));
        checks++;
        if (!seen.equals(expected)) {
            violations.add(actor + " lists " + what + " of " + seen.size() + " dossiers (expected " + expected.size() + ")");
        }
    }

    private void report() {
        org.slf4j.LoggerFactory.getLogger(AccessMatrixOnPostgresTest.class).info(
                "Access matrix: {} checks by {} actors over {} units, {} dossiers, {} tasks: {} violations", checks,
                actors.size(), units.size(), dossiers.size(), tasks.size(), violations.size());
        assertThat(violations).as("%d of %d checks broke the access rules", violations.size(), checks).isEmpty();
        assertThat(checks).isPositive();
    }

    private String submit(Map<String, Object> body) throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers", Dossiers.request(body), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("code").asText();
    }

    /** The receiving point's own receiver claims and accepts, through the engine's REST API as Tasklist does. */
    private void accept(Actor receiver, String code) {
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        assertThat(exchange(receiver, HttpMethod.POST, "/engine-rest/task/" + check.getId() + "/claim",
                Map.of("userId", receiver.userId())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> done = exchange(receiver, HttpMethod.POST, "/engine-rest/task/" + check.getId() + "/complete",
                Map.of("variables", Map.of("receiveDecision", Map.of("value", "ACCEPT"))));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
    }

    private DossierTarget target(String code, String receivingUnit, Set<String> units, boolean accepted) {
        String pid = jdbc.sql("select process_instance_id from dossier where code = ?").param(code).query(String.class).single();
        return new DossierTarget(code, receivingUnit, new LinkedHashSet<>(units), pid, accepted);
    }

    private ResponseEntity<String> deploy(Actor actor, String name) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                             xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                             id="Definitions_Matrix" targetNamespace="http://motcua.vn/test">
                  <process id="matrix-analyst" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="Start"/>
                    <sequenceFlow id="Flow" sourceRef="Start" targetRef="End"/>
                    <endEvent id="End"/>
                  </process>
                  <bpmndi:BPMNDiagram id="Diagram">
                    <bpmndi:BPMNPlane id="Plane" bpmnElement="matrix-analyst">
                      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="200" y="100" width="36" height="36"/></bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_di" bpmnElement="Flow"><di:waypoint x="136" y="118"/><di:waypoint x="200" y="118"/></bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </definitions>""";
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "matrix-" + name);
        form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "matrix-analyst.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(actor.userId(), actor.password())
                .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> get(Actor actor, String path) {
        return exchange(actor, HttpMethod.GET, path, null);
    }

    private ResponseEntity<String> exchange(Actor actor, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.withBasicAuth(actor.userId(), actor.password())
                .exchange(java.net.URI.create(http.getRootUri() + path), method, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
