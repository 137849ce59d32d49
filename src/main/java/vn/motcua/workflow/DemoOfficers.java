package vn.motcua.workflow;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.organisation.UnitRole;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Seeds the demo officers of {@code demo/officers.csv} into the engine's identity store, each unit role
 * as a group with access to Tasklist, and the Tasklist filter "Việc của đơn vị tôi" that shows each
 * officer the tasks of their own units and roles. Idempotent: an existing user, group or grant is left
 * alone. Off with {@code motcua.demo.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoOfficers implements InitializingBean {

    static final String UNIT_FILTER_NAME = "Việc của đơn vị tôi / My units' tasks";
    private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);
    private static final Map<Role, String> ROLE_VI = Map.of(Role.RECEIVER, "Tiếp nhận", Role.SPECIALIST, "Chuyên viên",
            Role.LEADER, "Lãnh đạo");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final UnitDirectory units;
    private final String password;

    DemoOfficers(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                 TaskService tasks, UnitDirectory units, @Value("${motcua.demo.password}") String password) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.units = units;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        int created = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/officers.csv").getInputStream(), StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                UnitRole unitRole = new UnitRole(f[3], Role.valueOf(f[4]));
                ensureGroup(unitRole);
                if (identity.createUserQuery().userId(f[0]).count() == 0) {
                    User user = identity.newUser(f[0]);
                    user.setFirstName(f[1]);
                    user.setLastName(f[2]);
                    user.setEmail(f[0] + "@motcua.example");
                    user.setPassword(password);
                    identity.saveUser(user);
                    identity.createMembership(f[0], unitRole.groupId());
                    created++;
                }
            }
        }
        ensureUnitFilter();
        if (created > 0) {
            log.info("Demo officers: {} created (password from motcua.demo.password)", created);
        }
    }

    private void ensureGroup(UnitRole unitRole) {
        String groupId = unitRole.groupId();
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        String unitName = units.find(unitRole.unitCode()).map(Unit::name).orElseThrow(() ->
                new IllegalStateException("demo/officers.csv names unit " + unitRole.unitCode() + " which does not exist"));
        Group group = identity.newGroup(groupId);
        group.setName(ROLE_VI.get(unitRole.role()) + " - " + unitName);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        Authorization tasklist = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        tasklist.setGroupId(groupId);
        tasklist.setResource(Resources.APPLICATION);
        tasklist.setResourceId("tasklist");
        tasklist.addPermission(Permissions.ACCESS);
        authorizations.saveAuthorization(tasklist);
    }

    private void ensureUnitFilter() {
        if (filters.createFilterQuery().filterName(UNIT_FILTER_NAME).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(UNIT_FILTER_NAME)
                .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks())
                .setProperties(Map.of("priority", -10, "description",
                        "Việc chờ xử lý của các đơn vị và vai trò của tôi / Tasks of my units and roles",
                        "refresh", true));
        filters.saveFilter(filter);
        Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }
}
