package vn.motcua.importer;

import vn.motcua.importer.internal.CatalogAgreement;

import vn.motcua.modelvalidation.Finding;
import vn.motcua.modelvalidation.ModelResource;
import vn.motcua.modelvalidation.ModelValidator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the {@link ModelValidator}: checks every model the application would deploy from a project tree.
 *
 * <pre>
 * mvn -B -q compile exec:java -Dexec.mainClass=vn.motcua.importer.ValidateModelsCommand
 * mvn -B -q compile exec:java -Dexec.mainClass=vn.motcua.importer.ValidateModelsCommand \
 *     -Dexec.args="--root . --catalog ../shared/data/tthc-catalog"
 * </pre>
 * {@code --root} is the project root (default {@code .}); {@code --catalog} also checks that the generated models'
 * limits and fees agree with the catalog export ({@link CatalogAgreement}). Prints every finding; exit status 1 when
 * there is any, 2 on bad arguments.
 */
public final class ValidateModelsCommand {

    private ValidateModelsCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path root = Path.of(".");
        Path catalog = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--catalog" -> catalog = i + 1 < args.length ? Path.of(args[++i]) : null;
                default -> {
                    err.println("Unknown argument: " + args[i]);
                    err.println("Usage: ValidateModelsCommand [--root <project root>] [--catalog <tthc-catalog folder>]");
                    return 2;
                }
            }
        }
        if (root == null || !Files.isDirectory(root)) {
            err.println("Usage: ValidateModelsCommand [--root <project root>] [--catalog <tthc-catalog folder>]");
            return 2;
        }
        long started = System.nanoTime();
        List<ModelResource> resources = ModelResource.loadTree(root);
        List<Finding> findings = new ArrayList<>(new ModelValidator().validate(resources));
        if (catalog != null) {
            findings.addAll(CatalogAgreement.check(resources, catalog));
        }
        findings.forEach(out::println);
        out.printf("%d models checked (%s), %d findings, %.1f s%n", resources.size(),
                root.toAbsolutePath().normalize(), findings.size(), (System.nanoTime() - started) / 1e9);
        return findings.isEmpty() ? 0 : 1;
    }
}
