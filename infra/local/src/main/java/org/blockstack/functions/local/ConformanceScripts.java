package org.blockstack.functions.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.emulators.NodePackages;

/**
 * Runs the shared conformance checks ({@code ../shared/conformance}, real npm client libraries)
 * against a running stack. The folder is read-only input: it is copied to the cache and installed
 * there with {@code npm ci}, never in place.
 */
public final class ConformanceScripts {
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed\\s*$");

    private ConformanceScripts() {
    }

    /** A finished check: its summary line's counts, exit code and whole output. */
    public record Outcome(int passed, int failed, int exitCode, String output) {
        /** The lines of failed cases, for assertion messages. */
        public String failures() {
            return output.lines().filter(line -> line.startsWith("FAIL")).reduce("", (a, b) -> a + b + "\n");
        }
    }

    /**
     * Runs {@code node <script> <args>} from the installed copy, e.g.
     * {@code run("tokens/check-verify.mjs", baseUrl)}.
     */
    public static Outcome run(String script, Duration timeout, String... args) {
        return runIn(NodePackages.installCopyOf("conformance", conformanceDir()), script, timeout, args);
    }

    /**
     * Runs {@code node <script> <args>} in an installed package folder whose script reports as the
     * conformance scripts do (one {@code PASS}/{@code FAIL} line per case, then the summary line).
     */
    public static Outcome runIn(Path installed, String script, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        NodePackages.Result result = NodePackages.run(installed, timeout, command, Map.of());
        Matcher summary = SUMMARY.matcher(result.output());
        int passed = -1;
        int failed = -1;
        while (summary.find()) {
            passed = Integer.parseInt(summary.group(1));
            failed = Integer.parseInt(summary.group(2));
        }
        return new Outcome(passed, failed, result.exitCode(), result.output());
    }

    /**
     * {@code $BLOCKSTACK_SHARED_DIR/conformance}, else the first {@code shared/conformance} found
     * beside the working directory or one of its parents (the repository sits next to {@code shared/}).
     */
    public static Path conformanceDir() {
        Optional<Path> configured = Optional.ofNullable(System.getenv("BLOCKSTACK_SHARED_DIR"))
                .filter(value -> !value.isBlank())
                .map(value -> Path.of(value, "conformance"));
        if (configured.isPresent()) {
            return requirePackage(configured.get());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance");
            if (Files.isRegularFile(candidate.resolve("package.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find shared/conformance beside " + Path.of("").toAbsolutePath()
                + " or its parents; set BLOCKSTACK_SHARED_DIR to the shared/ folder");
    }

    private static Path requirePackage(Path dir) {
        if (!Files.isRegularFile(dir.resolve("package.json"))) {
            throw new IllegalStateException(dir + " has no package.json: BLOCKSTACK_SHARED_DIR must name the shared/ folder");
        }
        return dir;
    }
}
