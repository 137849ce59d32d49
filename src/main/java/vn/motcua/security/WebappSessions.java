package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The officer logged in to Camunda's webapps (Tasklist) in this request's browser session, so that a link in a task
 * form (the dossier's papers) opens with the officer's own login instead of asking for a password again. Implemented
 * by the engine adapter ({@code vn.motcua.workflow}), which alone may read Camunda's session.
 */
public interface WebappSessions {

    /** The officer of the webapp session, with the roles of their engine groups; empty without such a session. */
    Optional<Officer> officer(HttpServletRequest request);
}
