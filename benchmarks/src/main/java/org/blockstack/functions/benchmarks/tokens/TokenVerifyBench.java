package org.blockstack.functions.benchmarks.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.blockstack.functions.emulators.NodePackages;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Token verification, ours and the reference's, in one run on the same tokens: the JMH
 * benchmark ({@link TokenVerificationBenchmark}) in a forked JVM, then the Node reference
 * ({@code node-bench/bench-verify.mjs}: jsontokens, the {@code @stacks} verifiers and the native
 * libsecp256k1 binding, versions pinned in its lock file), printed as one table.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.blockstack.functions.benchmarks.tokens.TokenVerifyBench [seconds per iteration, default 2]}
 */
public final class TokenVerifyBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenVerifyBench() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Map<String, double[]> java = runJmh(seconds);
        JsonNode node = runNode(seconds);
        System.out.println(table(java, node));
    }

    /** Benchmark method name to {score, error} in operations per second. */
    private static Map<String, double[]> runJmh(int seconds) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(TokenVerificationBenchmark.class.getName())
                .warmupIterations(3).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(5).measurementTime(TimeValue.seconds(seconds))
                .forks(1).threads(1)
                .timeUnit(TimeUnit.SECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            scores.put(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    new double[] {result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }
        return scores;
    }

    private static JsonNode runNode(int seconds) throws IOException {
        Path tokens = Files.createTempFile("benchmark-tokens", ".json");
        try {
            List<Map<String, String>> entries = BenchmarkTokens.all().stream()
                    .map(token -> Map.of("type", token.type(), "token", token.token(), "publicKey", token.publicKey()))
                    .toList();
            JSON.writeValue(tokens.toFile(), entries);
            Path bench = NodePackages.install("token-bench",
                    NodePackages.resources("node-bench", "package.json", "package-lock.json", "bench-verify.mjs"));
            System.out.println("# Node reference: " + bench.resolve("bench-verify.mjs") + " (" + 3 * seconds + " s per figure)");
            NodePackages.Result result = NodePackages.run(bench, Duration.ofMinutes(15),
                    List.of("node", "bench-verify.mjs", tokens.toString(), String.valueOf(3 * seconds)), Map.of());
            String last = result.output().strip().lines().reduce((first, second) -> second).orElse("");
            if (result.exitCode() != 0 || !last.startsWith("{")) {
                throw new IllegalStateException("the Node benchmark failed (exit " + result.exitCode() + "):\n" + result.output());
            }
            return JSON.readTree(last);
        } finally {
            Files.deleteIfExists(tokens);
        }
    }

    private static String table(Map<String, double[]> java, JsonNode node) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nToken verifications per second, one core: JDK %s vs Node %s (native binding %s)%n",
                System.getProperty("java.version"), node.path("node").asText(), node.path("nativeBinding").asText()));
        out.append(String.format("%-14s %22s %24s %22s %26s%n", "token", "this project (all rules)",
                "jsontokens TokenVerifier", "@stacks verify (all)", "native libsecp256k1 (sig)"));
        Map<String, String> methods = Map.of("authRequest", "authRequestFullRules", "authResponse", "authResponseFullRules",
                "profile", "profileFullRules");
        for (JsonNode row : node.path("results")) {
            String type = row.path("type").asText();
            double[] ours = java.getOrDefault(methods.get(type), new double[] {Double.NaN, Double.NaN});
            double jsontokens = row.path("jsontokens").asDouble();
            out.append(String.format("%-14s %13s ± %-6s %24s %22s %26s%n", type, grouped(ours[0]), grouped(ours[1]),
                    grouped(jsontokens) + String.format(" (%.1fx)", ours[0] / jsontokens),
                    grouped(row.path("library").asDouble()), grouped(row.path("native").asDouble())));
        }
        out.append(String.format("%nES256K signature alone (auth request token: decode key, SHA-256, verify):%n"));
        for (String method : List.of("signatureBouncyCastleCustomCurve", "signatureReusedKeyObject",
                "signatureNimbusJcaProvider", "signatureBouncyCastleGenericCurve")) {
            double[] score = java.getOrDefault(method, new double[] {Double.NaN, Double.NaN});
            out.append(String.format("  %-36s %9s ± %s%n", method, grouped(score[0]), grouped(score[1])));
        }
        return out.toString();
    }

    private static String grouped(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%,.0f", value);
    }
}
