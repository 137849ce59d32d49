package vn.motcua.security;

import vn.motcua.security.internal.OfficerOidcUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The officer making the current request, if any (citizens are anonymous): from HTTP Basic or a bearer token on the
 * API, from the session of an OpenID Connect login on Camunda's webapps.
 */
public final class CurrentOfficer {

    private CurrentOfficer() {
    }

    public static Optional<Officer> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof OfficerOidcUser user) {
            return Optional.of(user.officer());
        }
        return auth.getPrincipal() instanceof Officer officer ? Optional.of(officer) : Optional.empty();
    }

    /**
     * The officer making the current request, for endpoints only officers may call. The security configuration
     * already turns everyone else away by role; this guards a caller authenticated some other way (403).
     *
     * @throws AccessDeniedException if the caller is not an officer
     */
    public static Officer require() {
        return get().orElseThrow(() -> new AccessDeniedException("Officers only"));
    }
}
