package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Seeds the demo officers of {@code demo/officers.csv} into the engine's identity store: each unit role as a group
 * with access to Tasklist ({@link EngineAccess}), and the province-wide analyst and auditor (no unit code).
 * Idempotent: an existing user, group or grant is left alone. Off with {@code motcua.demo.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoOfficers implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);

    private final IdentityService identity;
    private final EngineAccess access;
    private final UnitDirectory units;
    private final String password;

    DemoOfficers(IdentityService identity, EngineAccess access, UnitDirectory units,
                 @Value("${motcua.demo.password}") String password) {
        this.identity = identity;
        this.access = access;
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
                RoleGrant role = new RoleGrant(f[3].isBlank() ? null : f[3], Role.valueOf(f[4]));
                role.unitRole().ifPresent(unitRole -> access.ensureUnitRoleGroup(unitRole, units.find(unitRole.unitCode())
                        .map(Unit::name).orElseThrow(() -> new IllegalStateException(
                                "demo/officers.csv names unit " + unitRole.unitCode() + " which does not exist"))));
                if (identity.createUserQuery().userId(f[0]).count() == 0) {
                    User user = identity.newUser(f[0]);
                    user.setFirstName(f[1]);
                    user.setLastName(f[2]);
                    user.setEmail(f[0] + "@motcua.example");
                    user.setPassword(password);
                    identity.saveUser(user);
                    identity.createMembership(f[0], role.id());
                    created++;
                }
                // also for demo officers of an older start (the grant is made once)
                String userId = f[0];
                role.unitRole().ifPresent(unitRole -> access.showToUnitLeaders(userId, unitRole));
            }
        }
        if (created > 0) {
            log.info("Demo officers: {} created (password from motcua.demo.password)", created);
        }
    }
}
