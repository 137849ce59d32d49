package vn.motcua.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny OpenID Connect provider for tests, with Keycloak's paths: discovery, keys ({@link TestTokens}'s), an
 * authorization endpoint that logs in whoever {@link #nextLogin} names (as if they had typed their password) and
 * sends them back with a code, a token endpoint that checks the code and its PKCE verifier and issues a signed ID
 * token with the officer's roles, and an end-session endpoint for RP-initiated logout.
 */
public final class FakeOpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "motcua-webapps";
    public static final String CLIENT_SECRET = "bi-mat-cua-ung-dung";
    private static final String REALM = "/realms/motcua";
    private static final String OIDC = REALM + "/protocol/openid-connect";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Login next;
    private volatile Map<String, String> lastAuthorization = Map.of();
    private volatile Map<String, String> lastTokenRequest = Map.of();

    private FakeOpenIdProvider(HttpServer server) {
        this.server = server;
    }

    public static FakeOpenIdProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeOpenIdProvider provider = new FakeOpenIdProvider(server);
            server.createContext(REALM + "/.well-known/openid-configuration", provider::discovery);
            server.createContext(OIDC + "/certs", x -> send(x, 200, "application/json", TestTokens.jwks()));
            server.createContext(OIDC + "/auth", provider::authorize);
            server.createContext(OIDC + "/token", provider::token);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the app at this provider: OpenID Connect on, with a client registration for the webapps' login. */
    public void register(DynamicPropertyRegistry properties) {
        properties.add("motcua.security.oidc.enabled", () -> "true");
        properties.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", this::issuer);
        properties.add("spring.security.oauth2.client.registration.keycloak.client-id", () -> CLIENT_ID);
        properties.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> CLIENT_SECRET);
        properties.add("spring.security.oauth2.client.registration.keycloak.scope", () -> "openid,profile");
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    }

    public String endSessionEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + OIDC + "/logout";
    }

    /** The next officer to log in at the provider, with the claim values their ID token carries. */
    public void nextLogin(String user, List<String> roles) {
        next = new Login(user, roles);
    }

    /** The next login's ID token has no user name claim. */
    public void nextLoginWithoutUserName(List<String> roles) {
        next = new Login(null, roles);
    }

    /** The query parameters of the last authorization request the app sent. */
    public Map<String, String> lastAuthorization() {
        return lastAuthorization;
    }

    /** The form parameters of the last token request the app sent. */
    public Map<String, String> lastTokenRequest() {
        return lastTokenRequest;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + OIDC;
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", base + "/auth");
        metadata.put("token_endpoint", base + "/token");
        metadata.put("jwks_uri", base + "/certs");
        metadata.put("end_session_endpoint", endSessionEndpoint());
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("scopes_supported", List.of("openid", "profile"));
        send(exchange, 200, "application/json", JSON.writeValueAsString(metadata));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        lastAuthorization = query;
        Login login = next;
        if (login == null || !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(login, query.get("redirect_uri"), query.get("nonce"), query.get("code_challenge")));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        lastTokenRequest = form;
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null || !grant.redirectUri().equals(form.get("redirect_uri"))
                || grant.codeChallenge() == null || !grant.codeChallenge().equals(s256(form.get("code_verifier")))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + grant.login().roles().hashCode())
                .audience(CLIENT_ID).claim("azp", CLIENT_ID).claim("nonce", grant.nonce())
                .claim("motcua_roles", grant.login().roles())
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
        if (grant.login().user() != null) {
            claims.claim("preferred_username", grant.login().user());
        }
        String idToken = TestTokens.withClaims(claims.build());
        send(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("access_token", idToken,
                "token_type", "Bearer", "expires_in", 300, "id_token", idToken, "scope", "openid profile")));
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Login(String user, List<String> roles) {
    }

    private record Grant(Login login, String redirectUri, String nonce, String codeChallenge) {
    }
}
