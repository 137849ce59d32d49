package vn.motcua.security;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.TestTokens;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The app as a province would run it in production, for the tests of single sign-on and limits (one shared context):
 * OpenID Connect on (tokens from {@link TestTokens}), small rate limits (5 look-ups and 2 anonymous submissions per
 * client an hour), real HTTP for the engine's REST API and MockMvc where a test needs to be several clients.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.security.oidc.enabled=true",
        "motcua.rate-limit.tracking.capacity=5",
        "motcua.rate-limit.tracking.period=PT1H",
        "motcua.rate-limit.submission.capacity=2",
        "motcua.rate-limit.submission.period=PT1H"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.Decoder.class)
@interface HardenedApp {
}
