/**
 * Who the caller is: officers logged in with HTTP Basic against the engine's identity store or with an OpenID Connect
 * bearer token ({@link vn.motcua.security.OfficerTokens}), their unit roles ({@link vn.motcua.security.Officer},
 * {@link vn.motcua.security.CurrentOfficer}), the request rules of every endpoint (in {@code internal.SecurityConfig}),
 * per-client rate limits on the public endpoints, security headers, and single sign-on into the webapps
 * ({@link vn.motcua.security.WebappSingleSignOn}, completed by the engine adapter).
 */
package vn.motcua.security;
