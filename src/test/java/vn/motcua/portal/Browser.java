package vn.motcua.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A headless Chromium driven by the system's chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them), in a fresh profile, with the browser language given.
 * Another Chromium and its chromedriver (of the same version): environment variables {@code MOTCUA_CHROMIUM} and
 * {@code MOTCUA_CHROMEDRIVER}, or {@code -Dmotcua.test.chromium} and {@code -Dmotcua.test.chromedriver}.
 * Screenshots go to {@code <build dir>/screenshots/}; axe-core comes from the portal's own npm build
 * ({@code <build dir>/frontend/node_modules/axe-core}). Missing browser or axe-core fails the test, never skips it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = configured("motcua.test.chromium", "MOTCUA_CHROMIUM", "/usr/bin/chromium");
    static final Path CHROMEDRIVER = configured("motcua.test.chromedriver", "MOTCUA_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;
    final Path downloads;
    /** How long a wait lasts (longer for pages as heavy as Tasklist's on a loaded machine: {@link #patient}). */
    private Duration patience = Duration.ofSeconds(20);

    private Browser(ChromeDriver driver, String baseUrl, Path profile, Path downloads) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** @param language the browser's first language, e.g. {@code vi} (Camunda's apps follow it) */
    static Browser open(String baseUrl, String language, Dimension size) {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("motcua-chromium-");
            Path downloads = Files.createDirectories(buildDir().resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--disable-extensions", "--lang=" + language, "--user-data-dir=" + profile,
                    "--window-size=" + size.width + "," + size.height);
            options.setExperimentalOption("prefs", Map.of(
                    "intl.accept_languages", language,
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    // a download that starts after a slow request has lost the click's user activation: allowed still
                    "profile.default_content_setting_values.automatic_downloads", 1));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, baseUrl, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("Chromium at " + CHROMIUM);
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add("chromedriver at " + CHROMEDRIVER);
        }
        if (!missing.isEmpty()) {
            fail("The browser tests need " + String.join(" and ", missing) + ": install Chromium and chromedriver (Debian, Ubuntu: "
                    + "apt-get install chromium chromium-driver; .ci/run does), or point MOTCUA_CHROMIUM and "
                    + "MOTCUA_CHROMEDRIVER (or -Dmotcua.test.chromium, -Dmotcua.test.chromedriver) at a Chromium "
                    + "and its chromedriver.");
        }
    }

    private static Path configured(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }

    /** The build directory ({@code target}, or what -Dbuild.dir says): the parent of test-classes. */
    static Path buildDir() {
        try {
            return Path.of(Browser.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Browser go(String path) {
        driver.get(baseUrl + path);
        waitUntil(d -> "complete".equals(script("return document.readyState")));
        return this;
    }

    WebElement find(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Hands files to a file input, which may be visually hidden behind its label-button (WebDriver lets files be sent to
     * a file input that is not interactable).
     */
    void attach(String css, String... paths) {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).sendKeys(String.join("\n", paths));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the element shows the text (or a text containing it) and returns the element's whole text. */
    String waitForText(String css, String text) {
        // the text is read inside the wait: a page that re-renders the element between two reads (tracking's lists
        // do) would otherwise hand back a stale element
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty() || !found.get(0).isDisplayed()) {
                return null;
            }
            String shown = found.get(0).getText();
            return shown.contains(text) ? shown : null;
        }, "'" + text + "' in " + css);
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the element once it can be clicked, scrolled to the middle of the window (clear of fixed footers). */
    void click(String css) {
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits and page loads of up to this long (Tasklist and Cockpit load a large script). */
    Browser patient(Duration wait) {
        patience = wait;
        driver.manage().timeouts().pageLoadTimeout(wait.plusSeconds(30));
        return this;
    }

    <T> T waitUntil(Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return waitUntil(condition, "a condition");
    }

    /** Waits for the condition; when it never comes, the window is saved as {@code timeout-<time>.png} to show why. */
    <T> T waitUntil(Function<? super org.openqa.selenium.WebDriver, T> condition, String what) {
        try {
            return waitOnce(condition, what);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshotOfWindow("timeout-" + System.currentTimeMillis());
            } catch (RuntimeException ignored) {
                // the screenshot only explains the failure
            }
            throw e;
        }
    }

    private <T> T waitOnce(Function<? super org.openqa.selenium.WebDriver, T> condition, String what) {
        return new WebDriverWait(driver, patience).withMessage(() -> "waiting for " + what + " on "
                + driver.getCurrentUrl()).ignoring(StaleElementReferenceException.class).until(condition);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * GETs {@code path} from the page with its session (a webapp's login): "status content-type" and the body's first
     * five characters when 200 (a PDF starts "%PDF-"), else the whole body.
     */
    String fetchWithSession(String path) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-type') + ' '
                    + (r.status === 200 ? t.substring(0, 5) : t))))
                  .catch(e => done(String(e)));""", path));
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** A full-page PNG in {@code <build dir>/screenshots/<name>.png}. */
    Path screenshot(String name) {
        return save(name, fullPage());
    }

    /** The window only, as it is scrolled now (for apps like Tasklist whose panes scroll inside the window). */
    Path screenshotOfWindow(String name) {
        return save(name, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static Path save(String name, byte[] png) {
        try {
            Path dir = Files.createDirectories(buildDir().resolve("screenshots"));
            return Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only the window (Chrome DevTools: capture beyond the viewport). */
    @SuppressWarnings("unchecked")
    private byte[] fullPage() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.getOrDefault("cssContentSize", metrics.get("contentSize"));
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is now and returns the violations of
     * impact serious or critical, one line each: rule, impact, help and the offending elements.
     */
    List<String> seriousAccessibilityViolations() {
        Path axe = buildDir().resolve("frontend/node_modules/axe-core/axe.min.js");
        if (!Files.isReadable(axe)) {
            fail("axe-core is not at " + axe + ": the Maven build installs it with npm ci (exec-maven-plugin, "
                    + "frontend-npm-ci); was the front-end build skipped (-Dfrontend.skip)?");
        }
        try {
            script(Files.readString(axe, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations)))
                  .catch(e => done(JSON.stringify({ error: String(e) })));""");
        try {
            JsonNode violations = JSON.readTree(String.valueOf(result));
            assertThat(violations.has("error")).as("axe-core failed: %s", result).isFalse();
            List<String> serious = new ArrayList<>();
            for (JsonNode v : violations) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    serious.add(v.path("id").asText() + " (" + impact + "): " + v.path("help").asText() + " at " + targets);
                }
            }
            return serious;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource the page loaded from another origin than the app (the portal must need no other site). */
    @SuppressWarnings("unchecked")
    List<String> resourcesFromOtherSites() {
        List<Object> urls = (List<Object>) script("""
                return performance.getEntriesByType('resource').map(e => e.name)
                  .filter(u => !u.startsWith(location.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));""");
        return urls.stream().map(String::valueOf).toList();
    }

    /** The newest downloaded file whose name ends so, once the download has finished. */
    Path downloaded(String suffix) {
        return waitUntil(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .max(Comparator.comparing(f -> f.toFile().lastModified())).orElse(null);
            } catch (IOException e) {
                return null;
            }
        }, "a download ending with " + suffix);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
