package vn.motcua.workflow.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

import vn.motcua.security.Officer;
import vn.motcua.security.WebappSessions;

import java.util.Optional;

/**
 * Reads the officer from Camunda's webapp session (what Tasklist's login, or the single sign-on filter, put there):
 * the user and the groups read at login, the same the webapps themselves authorize with.
 */
@Component
class CamundaWebappSessions implements WebappSessions {

    private final String engineName;

    CamundaWebappSessions(ProcessEngine engine) {
        this.engineName = engine.getName();
    }

    @Override
    public Optional<Officer> officer(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        if (!(authentication instanceof UserAuthentication user) || user.getName() == null) {
            return Optional.empty();
        }
        return Optional.of(Officer.of(user.getName(), user.getGroupIds() == null ? java.util.List.of() : user.getGroupIds()));
    }
}
