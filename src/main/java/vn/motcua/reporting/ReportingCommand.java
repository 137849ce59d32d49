package vn.motcua.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;
import vn.motcua.reporting.internal.ReportingRebuild;
import vn.motcua.reporting.internal.whatif.Scenario;
import vn.motcua.reporting.internal.whatif.WhatIf;
import vn.motcua.reporting.internal.whatif.WhatIfChart;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting's operator commands, run on the app's own database (the app's configuration; Spring arguments such as
 * {@code --spring.profiles.active=postgres --spring.datasource.url=...} pass through), without a web server and
 * without the engine's job executor:
 * <pre>
 * # the what-if of a changed unit map: prints the table, writes the chart
 * mvn -B -q -o compile exec:java -Dfrontend.skip=true -Dexec.mainClass=vn.motcua.reporting.ReportingCommand \
 *     -Dexec.args="--what-if scenario.json --chart what-if.png --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://..."
 * # the projection and counters of dossiers that have none (received before V85, or on a node without counters)
 * mvn ... -Dexec.args="--rebuild --spring.profiles.active=postgres ..."
 * </pre>
 * Exit status 0; 2 on bad arguments.
 */
public final class ReportingCommand {

    private ReportingCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int status = run(args, System.out, System.err);
        System.exit(status);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path scenario = null;
        Path chart = null;
        boolean rebuild = false;
        int units = 40;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--what-if" -> scenario = Path.of(args[++i]);
                case "--chart" -> chart = Path.of(args[++i]);
                case "--units" -> units = Integer.parseInt(args[++i]);
                case "--rebuild" -> rebuild = true;
                default -> spring.add(args[i]);
            }
        }
        if (scenario == null && !rebuild) {
            err.println("Usage: ReportingCommand (--what-if <scenario.json> [--chart <file.png>] [--units N] | --rebuild)"
                    + " [--spring.* arguments of the app]");
            return 2;
        }
        Scenario parsed = null;
        if (scenario != null) {
            parsed = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(scenario.toFile(), Scenario.class).validated();
        }
        spring.add("--camunda.bpm.job-execution.enabled=false");
        spring.add("--motcua.models.deploy-generated-catalog=false");
        spring.add("--logging.level.root=warn");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class)
                .web(WebApplicationType.NONE).run(spring.toArray(String[]::new))) {
            if (rebuild) {
                long t0 = System.nanoTime();
                ReportingRebuild.Result r = app.getBean(ReportingRebuild.class).rebuild(n -> {
                    if (n % 50_000 == 0) {
                        out.printf("  %,d dossiers read%n", n);
                    }
                });
                out.printf("Dựng lại bộ đếm / counters rebuilt: %,d dossiers read, %,d projected in %.0f s%n",
                        r.dossiers(), r.projected(), (System.nanoTime() - t0) / 1e9);
            }
            if (parsed != null) {
                long t0 = System.nanoTime();
                WhatIf.Report report = app.getBean(WhatIf.class).run(parsed);
                out.print(WhatIf.table(report, units));
                out.printf("(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
                if (chart != null) {
                    Files.write(chart, WhatIfChart.png(report, Math.min(units, 16), 1200, 800));
                    out.println("Biểu đồ / chart: " + chart.toAbsolutePath());
                }
            }
        }
        return 0;
    }
}
