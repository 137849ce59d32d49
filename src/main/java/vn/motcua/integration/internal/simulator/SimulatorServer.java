package vn.motcua.integration.internal.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The partners' simulators on one small HTTP server of their own (the JDK's), on the loopback address only:
 * {@code http://127.0.0.1:<port>/npsp/...}, {@code http://127.0.0.1:<port>/population/...} and
 * {@code http://127.0.0.1:<port>/citizen-store/...}. Started by the app
 * when {@code motcua.simulators.enabled} (the embedded default), by tests, or on its own with {@link #main}.
 */
public final class SimulatorServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final NpspSimulator npsp;
    private final PopulationSimulator population;
    private final CitizenStoreSimulator citizenStore;

    private SimulatorServer(HttpServer server, ExecutorService threads, NpspSimulator npsp, PopulationSimulator population,
                            CitizenStoreSimulator citizenStore) {
        this.server = server;
        this.threads = threads;
        this.npsp = npsp;
        this.population = population;
        this.citizenStore = citizenStore;
    }

    /** Starts on {@code port} (0: any free port) of 127.0.0.1, with a citizen's data store of the demo's credentials. */
    public static SimulatorServer start(int port, NpspSimulator npsp, PopulationSimulator population) throws IOException {
        return start(port, npsp, population, new CitizenStoreSimulator("motcua-demo", "demo-store-password",
                Duration.ofMinutes(30), Clock.systemDefaultZone(), Faults.NONE));
    }

    /** Starts on {@code port} (0: any free port) of 127.0.0.1. */
    public static SimulatorServer start(int port, NpspSimulator npsp, PopulationSimulator population,
                                        CitizenStoreSimulator citizenStore) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "partner-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/npsp", exchange -> dispatch(exchange, "/npsp", npsp::handle));
        server.createContext("/population", exchange -> dispatch(exchange, "/population", population::handle));
        server.createContext("/citizen-store", exchange -> dispatch(exchange, "/citizen-store", citizenStore::handle));
        server.start();
        return new SimulatorServer(server, threads, npsp, population, citizenStore);
    }

    private interface Handler {
        void handle(HttpExchange exchange, String path) throws IOException;
    }

    private static void dispatch(HttpExchange exchange, String prefix, Handler handler) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(prefix.length());
            handler.handle(exchange, path.isEmpty() ? "/" : path);
        } catch (RuntimeException e) {
            SimulatorHttp.sendText(exchange, 500, "simulator error: " + e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String npspUrl() {
        return "http://127.0.0.1:" + port() + "/npsp";
    }

    public String populationUrl() {
        return "http://127.0.0.1:" + port() + "/population";
    }

    public String citizenStoreUrl() {
        return "http://127.0.0.1:" + port() + "/citizen-store";
    }

    public CitizenStoreSimulator citizenStore() {
        return citizenStore;
    }

    public NpspSimulator npsp() {
        return npsp;
    }

    public PopulationSimulator population() {
        return population;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * Runs the simulators on their own, for an app started elsewhere ({@code MOTCUA_NPSP_URL=http://127.0.0.1:8089/npsp}
     * ...): {@code java -cp <classpath> vn.motcua.integration.internal.simulator.SimulatorServer [port]}. Credentials
     * are the demo's (README "Connected to the nation").
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        Clock clock = Clock.systemDefaultZone();
        SimulatorServer server = start(port,
                new NpspSimulator("motcua-demo", "demo-npsp-password", "000.00.00.H36", Duration.ofMinutes(30), false,
                        clock, Faults.NONE),
                new PopulationSimulator("motcua-demo", "demo-lgsp-secret", Duration.ofMinutes(30), clock, Faults.NONE,
                        PopulationSimulator.csv("simulators/population-citizens.csv"), Set.of("001099000503")));
        System.out.println("NPSP simulator: " + server.npspUrl() + "  population database simulator: " + server.populationUrl());
        Thread.currentThread().join();
    }
}
