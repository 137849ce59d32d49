package vn.motcua.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * OpenID Connect without a server: an RSA key pair made for the test run, tokens signed with it as Keycloak would
 * sign them, and a {@link JwtDecoder} that trusts its public key (in production the decoder comes from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 */
public final class TestTokens {

    public static final String ISSUER = "https://sso.lamdong.example/realms/motcua";
    private static final KeyPair KEYS = rsa();
    private static final KeyPair OTHER_KEYS = rsa();

    private TestTokens() {
    }

    /** A valid access token for {@code user} holding {@code roles} (engine group ids) for five minutes. */
    public static String token(String user, List<String> roles) {
        return sign(KEYS, claims(user, roles, Instant.now().plusSeconds(300)));
    }

    public static String expired(String user, List<String> roles) {
        return sign(KEYS, claims(user, roles, Instant.now().minusSeconds(120)));
    }

    /** Well-formed, but signed by a key the app does not trust. */
    public static String signedByAnotherKey(String user, List<String> roles) {
        return sign(OTHER_KEYS, claims(user, roles, Instant.now().plusSeconds(300)));
    }

    /** A token whose claims the test writes itself (no user name, nested roles ...). */
    public static String withClaims(JWTClaimsSet claims) {
        return sign(KEYS, claims);
    }

    public static JWTClaimsSet.Builder baseClaims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("f3b1c2d4").audience("motcua")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }

    /** The public key the tokens are signed with, as an identity provider publishes it ({@code jwks_uri}). */
    public static String jwks() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("test").build()).toString();
    }

    private static JWTClaimsSet claims(String user, List<String> roles, Instant expires) {
        return baseClaims().claim("preferred_username", user).claim("motcua_roles", roles)
                .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires)).build();
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoder the app uses in tests: trusts only the test key pair's public key. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Decoder {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }
}
