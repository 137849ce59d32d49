package vn.motcua.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The officer making the current request, if any (citizens are anonymous). */
public final class CurrentOfficer {

    private CurrentOfficer() {
    }

    public static Optional<Officer> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Officer officer ? Optional.of(officer) : Optional.empty();
    }
}
