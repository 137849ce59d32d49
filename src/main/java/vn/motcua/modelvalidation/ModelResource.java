package vn.motcua.modelvalidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A model as the engine would deploy it: its resource name ({@code processes/catalog/tthc-1.000005.bpmn}) and bytes.
 * Made from files of the project tree or from a deployment held in memory.
 *
 * @param name    resource name, with {@code /} separators; its extension says the kind
 * @param content the bytes
 */
public record ModelResource(String name, byte[] content) {

    /** The folders the application deploys from (see {@code vn.motcua.workflow.internal.ModelDeployment}). */
    public static final List<String> MODEL_FOLDERS = List.of("processes", "decisions", "forms");

    /** What kind of model a resource is, by its extension. */
    public enum Kind {
        BPMN, DMN, FORM, OTHER
    }

    public ModelResource {
        name = name.replace('\\', '/');
    }

    public static ModelResource of(String name, String content) {
        return new ModelResource(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Kind kind() {
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return Kind.BPMN;
        }
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return Kind.DMN;
        }
        if (name.endsWith(".form")) {
            return Kind.FORM;
        }
        return Kind.OTHER;
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * Every model the application would deploy from the project tree at {@code root}: {@code processes/**\/*.bpmn},
     * {@code decisions/**\/*.dmn}, {@code forms/**\/*.form}, named relative to {@code root}, sorted by name.
     */
    public static List<ModelResource> loadTree(Path root) {
        List<ModelResource> resources = new ArrayList<>();
        for (String folder : MODEL_FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String extension = switch (folder) {
                case "processes" -> ".bpmn";
                case "decisions" -> ".dmn";
                default -> ".form";
            };
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
                        .sorted().toList()) {
                    resources.add(new ModelResource(root.relativize(file).toString(), Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the models under " + dir, e);
            }
        }
        return resources;
    }
}
