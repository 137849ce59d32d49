package vn.motcua.support;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.motcua.security.OfficerAccounts;
import vn.motcua.security.internal.SecurityConfig;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A slice test of one controller: Spring MVC with the app's own security configuration ({@link SecurityConfig}: who
 * may call what, 401/403 as problem+json) and its problem advice (every 4xx as problem+json in Vietnamese and English,
 * picked up by {@code @WebMvcTest} as a controller advice), without the engine, the database or the other modules. The
 * test mocks the controller's collaborators with {@code @MockitoBean}; {@link OfficerAccounts} is mocked here (the
 * tests log in with {@link SliceOfficers}). Starts in about a second, so a rule of a controller is checked in seconds;
 * the full-stack tests ({@code *ApiTest}) check the same endpoints on the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(SecurityConfig.class)
@MockitoBean(types = OfficerAccounts.class)
@ActiveProfiles("test")
public @interface ControllerSlice {

    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
