package vn.motcua.importer;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command prints each finding and exits 1 when there is any, 0 when there is none. */
class ValidateModelsCommandTest {

    @TempDir
    Path root;

    @Test
    void findingsArePrintedAndMakeTheExitStatusOne() throws IOException {
        Files.createDirectories(root.resolve("processes"));
        Files.writeString(root.resolve("processes/broken.bpmn"), "<bpmn:definitions");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ValidateModelsCommand.run(new String[]{"--root", root.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("processes/broken.bpmn: không đọc được BPMN", "1 models checked", "1 findings");
    }

    @Test
    void aTreeWithoutProblemsExitsZero() throws IOException {
        Files.createDirectories(root.resolve("forms"));
        Files.writeString(root.resolve("forms/form-x.form"), "{\"id\": \"form-x\", \"components\": []}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(ValidateModelsCommand.run(new String[]{"--root", root.toString()}, new PrintStream(out), System.err)).isZero();
        assertThat(ValidateModelsCommand.run(new String[]{"--nonsense"}, new PrintStream(out), new PrintStream(out))).isEqualTo(2);
    }
}
