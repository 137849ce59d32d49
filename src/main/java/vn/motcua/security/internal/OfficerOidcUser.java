package vn.motcua.security.internal;

import vn.motcua.security.Officer;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.util.List;

/**
 * An officer logged in to Camunda's webapps through the identity provider: the OpenID Connect user (its ID token is
 * needed again for RP-initiated logout) with the officer's roles read from its claims, as {@link JwtOfficers} reads
 * them from access tokens. Kept in the webapp session, so it holds only serializable values.
 */
public final class OfficerOidcUser extends DefaultOidcUser {

    private final List<String> groupIds;

    public OfficerOidcUser(Officer officer, OidcIdToken idToken, OidcUserInfo userInfo, String usernameClaim) {
        super(officer.authorities().stream().map(SimpleGrantedAuthority::new).toList(), idToken, userInfo, usernameClaim);
        this.groupIds = List.copyOf(officer.groupIds());
    }

    public Officer officer() {
        return Officer.of(getName(), groupIds);
    }
}
