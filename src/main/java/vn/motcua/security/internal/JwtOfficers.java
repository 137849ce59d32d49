package vn.motcua.security.internal;

import vn.motcua.security.Officer;
import vn.motcua.security.OfficerTokens;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads officers from OpenID Connect access tokens: the user from {@code motcua.security.oidc.username-claim},
 * the roles from {@code motcua.security.oidc.roles-claim}, written as engine group ids, so a token's roles and an
 * engine account's group memberships mean exactly the same thing.
 */
public final class JwtOfficers implements OfficerTokens, Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtDecoder decoder;
    private final OidcProperties properties;

    JwtOfficers(JwtDecoder decoder, OidcProperties properties) {
        this.decoder = decoder;
        this.properties = properties;
    }

    @Override
    public Optional<Officer> fromBearerToken(String token) {
        try {
            return officer(decoder.decode(token));
        } catch (JwtException e) {
            return Optional.empty();
        }
    }

    /** For Spring Security's resource server: the token (already verified) as an officer, or 401. */
    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Officer officer = officer(jwt).orElseThrow(() ->
                new InvalidBearerTokenException("The token has no " + properties.usernameClaim() + " claim"));
        return new OfficerAuthentication(officer, jwt);
    }

    Optional<Officer> officer(Jwt jwt) {
        String user = jwt.getClaimAsString(properties.usernameClaim());
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Officer.of(user, roles(jwt.getClaims(), properties.rolesClaim())));
    }

    /** The string values of a (possibly nested: {@code realm_access.roles}) claim; none if it is absent. */
    public static List<String> roles(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(part);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String single) {
            return List.of(single.split("[ ,]+"));
        }
        return List.of();
    }
}
