package vn.motcua.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.MotcuaApplication;
import vn.motcua.support.PostgresTestDatabase;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.awaitility.Awaitility.await;

/**
 * One instance of the application in a JVM of its own, started as an operator would start it (the main class, the
 * {@code postgres} profile, settings on the command line), so it can be killed with SIGKILL. Its output goes to
 * {@code <build dir>/two-nodes/<name>.log}.
 */
final class AppNode {

    static final Path LOG_DIR = buildDirectory().resolve("two-nodes");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a node on {@code database}; {@code settings} are extra {@code --key=value} arguments. */
    static AppNode start(String name, PostgresTestDatabase database, List<String> settings) throws IOException {
        Files.createDirectories(LOG_DIR);
        int port = freePort();
        Path log = LOG_DIR.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", applicationClassPath(),
                MotcuaApplication.class.getName(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                // the node's connections are named after it in pg_stat_activity
                "--spring.datasource.url=" + database.url() + "?ApplicationName=motcua-" + name,
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                // the suite's other contexts keep connections to the same server open
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.datasource.hikari.minimum-idle=2",
                "--motcua.node-name=" + name,
                "--motcua.data-dir=" + LOG_DIR.resolve("data-" + name),
                "--motcua.models.deploy-generated-catalog=false"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // should the test JVM end without @AfterAll (killed build), the node ends with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new AppNode(name, port, log, process);
    }

    /** Waits until the node answers its health check (Flyway, the engine's schema and the models are done then). */
    AppNode awaitUp(Duration atMost) {
        await(name + " up").atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                return health.statusCode() == 200 && health.body().contains("UP");
            } catch (IOException notYet) {
                return false;
            }
        });
        return this;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, open transactions die with their connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    HttpResponse<String> post(String path, Object body, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(authorised(request, user).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String path, Object body, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(authorised(request, user).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode get(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> res = HTTP.send(authorised(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)), user)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (res.statusCode() != 200) {
            throw new AssertionError(name + ": GET " + path + " answered " + res.statusCode() + ": " + res.body());
        }
        return JSON.readTree(res.body());
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + ")";
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return request;
    }

    /**
     * The test's class path without the test classes (the nodes run the application as shipped). Surefire may
     * pass it as a manifest-only jar; its Class-Path is read then.
     */
    private static String applicationClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    Manifest manifest = jar.getManifest();
                    for (String url : manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Path.of(new File(entry).getParentFile().toURI().resolve(url)).toString());
                        }
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        entries.removeIf(e -> e.replace('\\', '/').replaceAll("/$", "").endsWith("/test-classes"));
        return String.join(File.pathSeparator, entries);
    }

    private static Path buildDirectory() {
        try {
            // <build dir>/test-classes, whatever -Dbuild.dir says
            return Path.of(AppNode.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (Exception e) {
            return Path.of("target");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
