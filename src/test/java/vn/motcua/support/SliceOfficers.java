package vn.motcua.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitRole;
import vn.motcua.security.Officer;

import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Officers for slice tests ({@link ControllerSlice}), authenticated as the app authenticates them: the principal is the
 * {@link Officer} and the authorities are its roles, so both the security configuration's role rules and the
 * controllers' own checks ({@code CurrentOfficer}) see what they see in the running app.
 */
public final class SliceOfficers {

    public static final Officer XUANHUONG_RECEIVER = unitOfficer(Officers.XUANHUONG_RECEIVER, Officers.XUANHUONG, Role.RECEIVER);
    public static final Officer XUANHUONG_SPECIALIST = unitOfficer(Officers.XUANHUONG_SPECIALIST, Officers.XUANHUONG,
            Role.SPECIALIST);
    public static final Officer XUANHUONG_LEADER = unitOfficer(Officers.XUANHUONG_LEADER, Officers.XUANHUONG, Role.LEADER);
    public static final Officer LACDUONG_RECEIVER = unitOfficer(Officers.LACDUONG_RECEIVER, Officers.LACDUONG, Role.RECEIVER);
    public static final Officer AUDITOR = new Officer(Officers.AUDITOR, Set.of(), Set.of(Role.AUDITOR));
    public static final Officer ADMIN = new Officer(Officers.ADMIN, Set.of(), Set.of(Role.ADMINISTRATOR));
    public static final Officer ANALYST = new Officer(Officers.ANALYST, Set.of(), Set.of(Role.ANALYST));

    private SliceOfficers() {
    }

    /** The request made by this officer. */
    public static RequestPostProcessor as(Officer officer) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                officer.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
    }

    private static Officer unitOfficer(String userId, String unitCode, Role role) {
        return new Officer(userId, Set.of(new UnitRole(unitCode, role)));
    }
}
