package vn.motcua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One person's browser for Camunda's webapps, without the browser: keeps cookies, follows redirects only when asked
 * (to the app or to an identity provider) and remembers where it went; posts as the webapps do, with the CSRF token
 * of their {@code XSRF-TOKEN} cookie echoed in the {@code X-XSRF-TOKEN} header.
 */
public final class WebappClient {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Every address {@link #follow} went through, first to last. */
    public final List<String> hops = new ArrayList<>();

    public WebappClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return get(pathOrUrl, Map.of());
    }

    public HttpResponse<String> get(String pathOrUrl, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser's navigation: GET, then every redirect until a page answers. */
    public HttpResponse<String> follow(String path) throws IOException, InterruptedException {
        URI next = uri(path);
        for (int i = 0; i < 10; i++) {
            hops.add(next.toString());
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError("Too many redirects: " + hops);
    }

    public HttpResponse<String> post(String path, String type, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As the webapps post: the CSRF token of their cookie, echoed in their header. */
    public HttpResponse<String> postWithCsrfToken(String path, String type, String body)
            throws IOException, InterruptedException {
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
        return post(path, type, body, Map.of("X-XSRF-TOKEN", token));
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }
}
