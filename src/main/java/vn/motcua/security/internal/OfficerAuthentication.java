package vn.motcua.security.internal;

import vn.motcua.security.Officer;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated {@link Officer}, however they logged in (HTTP Basic against the engine's identity store, or
 * an OpenID Connect bearer token): the principal is always the officer, the authorities their roles.
 */
final class OfficerAuthentication extends AbstractAuthenticationToken {

    private final Officer officer;

    OfficerAuthentication(Officer officer, Object details) {
        super(officer.authorities().stream().map(SimpleGrantedAuthority::new).toList());
        this.officer = officer;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Officer getPrincipal() {
        return officer;
    }

    @Override
    public String getName() {
        return officer.userId();
    }
}
