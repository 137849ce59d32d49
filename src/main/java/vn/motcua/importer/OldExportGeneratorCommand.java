package vn.motcua.importer;

import vn.motcua.importer.internal.exportgen.ExportGenerator;
import vn.motcua.importer.internal.unitmapping.OldUnits;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a realistic export of the merged provinces' old systems, for tests, the demo and the benchmark (see
 * {@link ExportGenerator}); the broken lines are listed in {@code <out>.broken.tsv}.
 *
 * <pre>
 * mvn -B -q -o compile exec:java -Dexec.mainClass=vn.motcua.importer.OldExportGeneratorCommand -Dexec.args="\
 *   --shared ../shared/data --old-provinces 60,67,68 --agency-prefixes 60=BTH,67=DNO,68=LDO \
 *   --procedures '1.001193=Đăng ký khai sinh;1.012783=Cấp đổi Giấy chứng nhận quyền sử dụng đất@16.01' \
 *   --count 300000 --in-progress 0.03 --broken 0.01 --from 2024-01-01 --until 2025-06-30 --seed 1 --out target/export.jsonl"
 * </pre>
 * A procedure with {@code @suffix} is settled by an old provincial agency {@code <prefix>.<suffix>}; without it, by
 * the old commune's People's Committee {@code <prefix>.<old commune code>}.
 */
public final class OldExportGeneratorCommand {

    private OldExportGeneratorCommand() {
    }

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--shared", "--old-provinces", "--agency-prefixes", "--procedures", "--out")) {
            if (!a.containsKey(required)) {
                err.println("Missing " + required + " (see the class's documentation)");
                return 2;
            }
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (String pair : a.get("--agency-prefixes").split(",")) {
            String[] kv = pair.split("=", 2);
            prefixes.put(kv[0].strip(), kv[1].strip());
        }
        List<ExportGenerator.ProcedureSpec> procedures = new ArrayList<>();
        for (String spec : a.get("--procedures").split(";")) {
            String[] codeAndRest = spec.split("=", 2);
            String[] nameAndAgency = codeAndRest[1].split("@", 2);
            procedures.add(new ExportGenerator.ProcedureSpec(codeAndRest[0].strip(), nameAndAgency[0].strip(),
                    nameAndAgency.length > 1 ? nameAndAgency[1].strip() : null));
        }
        ExportGenerator.Settings settings = new ExportGenerator.Settings(
                Arrays.stream(a.get("--old-provinces").split(",")).map(String::strip).toList(), prefixes, procedures,
                Long.parseLong(a.getOrDefault("--count", "1000")), Double.parseDouble(a.getOrDefault("--in-progress", "0.03")),
                Double.parseDouble(a.getOrDefault("--broken", "0.01")), LocalDate.parse(a.getOrDefault("--from", "2024-01-01")),
                LocalDate.parse(a.getOrDefault("--until", "2025-06-30")), Long.parseLong(a.getOrDefault("--seed", "1")));
        Path target = Path.of(a.get("--out"));
        ExportGenerator.Written written;
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            written = new ExportGenerator(OldUnits.read(Path.of(a.get("--shared")).resolve("vn-admin-units-2024"))).write(settings, w);
        }
        StringBuilder tsv = new StringBuilder("line\tbroken\n");
        written.brokenLines().forEach((line, what) -> tsv.append(line).append('\t').append(what).append('\n'));
        Files.writeString(Path.of(target + ".broken.tsv"), tsv, StandardCharsets.UTF_8);
        out.println(written.lines() + " lines, " + written.inProgress() + " in progress, " + written.brokenLines().size()
                + " broken (" + target + ".broken.tsv)");
        return 0;
    }
}
