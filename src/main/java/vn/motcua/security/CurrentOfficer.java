package vn.motcua.security;

import vn.motcua.security.internal.OfficerOidcUser;

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
}
