package vn.motcua.bench;

import java.util.HashMap;
import java.util.Map;

/** The benchmarks' command line: {@code --name=value} (or {@code --flag}, meaning "true"); {@code --app.…} left out. */
final class BenchOptions {

    private BenchOptions() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (a.startsWith("--app.")) {
                continue;
            }
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        return options;
    }
}
