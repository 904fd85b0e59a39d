package org.blockstack.functions.benchmarks.coldstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.auth.AuthRequestClaims;
import org.blockstack.functions.core.gaia.GaiaChallenge;
import org.blockstack.functions.core.gaia.GaiaKeys;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.lambdaruntime.LambdaArtifact;
import org.blockstack.functions.lambdaruntime.LambdaFunctionProcess;
import org.blockstack.functions.lambdaruntime.MockRuntimeApi;
import org.blockstack.functions.local.LocalStack;

/**
 * Cold start of every function in JVM mode, side by side with the floor (a minimal Funqy app):
 * each run starts the function's {@code target/function.zip} as Lambda's java21 runtime does (AWS's
 * runtime client, Lambda's JVM options, heap from the memory size), hands it its typical first
 * event through Quarkus' mock event server, and takes the time from process start to the answer
 * and the resident memory then. Functions run in rotation, so load from other processes on the
 * machine spreads over all of them; medians are reported. Then {@code --warm} more events measure
 * the warm duration (what Lambda bills per request).
 */
public final class ColdStartBench {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** Quarkus' start line; the function runs with TZ=UTC, so its timestamps are UTC. */
    private static final Pattern QUARKUS_STARTED = Pattern.compile(
            "(?m)^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) .*started in (\\d+\\.\\d+)s");
    /** The same line in a function that logs JSON (sync): an ISO instant. */
    private static final Pattern QUARKUS_STARTED_JSON = Pattern.compile(
            "\\{\"timestamp\":\"([^\"]+)\"[^\\n]*started in (\\d+\\.\\d+)s");
    private static final java.time.format.DateTimeFormatter LOG_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS").withZone(java.time.ZoneOffset.UTC);
    private static final int MEMORY_MB = 1024;
    /** -Dcoldstart.keep-logs=DIR: each function's log is copied there (e.g. with -Xlog or print-startup-times). */
    private static final String KEEP_LOGS = System.getProperty("coldstart.keep-logs", "");
    /** Held so the level sticks: the mock server logs every start, stop and interrupted poll. */
    private static final java.util.logging.Logger MOCK_SERVER_LOG = java.util.logging.Logger.getLogger("io.quarkus.amazon.lambda");

    /** @param http whether it runs on the HTTP stack (quarkus-amazon-lambda-http) rather than Funqy */
    private record Subject(String name, Path module, Map<String, String> environment, String event,
            Predicate<String> answered, boolean http) {
    }

    private static final String FLOOR = "floor (Funqy hello)";
    private static final String HTTP_FLOOR = "floor HTTP GET /hello";

    /**
     * @param upMs process start until Quarkus reported itself started (JVM, runtime client, Quarkus boot)
     * @param firstEventMs from then until the first answer (the function's own first-use work)
     */
    private record Sample(double coldMs, double residentMb, double peakMb, double upMs, double firstEventMs, double warmMs) {
    }

    public static void main(String[] args) throws Exception {
        MOCK_SERVER_LOG.setLevel(java.util.logging.Level.OFF);
        int runs = intOption(args, "--runs", 7);
        int warm = intOption(args, "--warm", 30);
        // --only lookup,sync: a subset (by name prefix; the two floors always run); --jvm-options "-X.. -X..":
        // added to Lambda's options for every subject, e.g. to try a start-up setting or log class loading
        String only = stringOption(args, "--only", "");
        List<String> jvmOptions = new ArrayList<>(LambdaFunctionProcess.LAMBDA_JVM_OPTIONS);
        String extra = stringOption(args, "--jvm-options", "").trim();
        if (!extra.isEmpty()) {
            jvmOptions.addAll(List.of(extra.split("\\s+")));
        }
        Path root = repositoryRoot();
        try (LocalStack stack = LocalStack.start(LocalStack.Options.inMemory())) {
            Map<String, String> stores = new LinkedHashMap<>();
            stack.config().forEach((property, value) -> stores.put(Settings.envName(property), value));
            List<Subject> all = subjects(root, stores);
            List<Subject> subjects = all.stream()
                    .filter(subject -> only.isEmpty() || subject.name().startsWith("floor")
                            || List.of(only.split(",")).stream().anyMatch(subject.name()::startsWith))
                    .toList();
            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            subjects.forEach(subject -> samples.put(subject.name(), new ArrayList<>()));

            System.out.printf("cold start, JVM mode: %d runs in rotation, %d warm events each; java %s, %d cores, "
                    + "memory %d MB (-Xmx85%%), options %s%n", runs, warm, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), MEMORY_MB, jvmOptions);
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < subjects.size(); i++) {
                    Subject subject = subjects.get((run + i) % subjects.size());
                    samples.get(subject.name()).add(measure(subject, warm, jvmOptions));
                }
                System.out.printf("run %d of %d done%n", run + 1, runs);
            }
            report(samples, subjects);
        }
    }

    private static List<Subject> subjects(Path root, Map<String, String> stores) {
        Es256kSigner appKey = new Es256kSigner("c0ffee".repeat(10) + "c0ff");
        // a valid auth request, as makeAuthRequestToken writes one: every rule the verifier applies holds
        String token = appKey.sign(AuthRequestClaims.of(appKey, "https://app.example.com"));
        Map<String, String> base = new LinkedHashMap<>(stores);
        base.put("BNS_NETWORK", "regtest");
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(FLOOR, root.resolve("benchmarks/cold-start-floor"), Map.of(),
                "{\"name\":\"bench\"}", body -> body.contains("hello bench"), false));
        subjects.add(new Subject(HTTP_FLOOR, root.resolve("benchmarks/cold-start-floor-http"), Map.of(),
                httpEvent("GET", "/hello", null), body -> body.contains("hello world"), true));
        subjects.add(new Subject("lookup GET /v1/info", root.resolve("functions/lookup"), base,
                httpEvent("GET", "/v1/info", null), body -> body.contains("\\\"last_block_processed\\\""), true));
        subjects.add(new Subject("verify (direct)", root.resolve("functions/verify"),
                with(base, "QUARKUS_FUNQY_EXPORT", "verify"),
                "{\"token\":\"" + token + "\",\"type\":\"authRequest\"}", body -> body.contains("\"valid\":true"), false));
        subjects.add(new Subject("verify_http POST /v1/tokens/verify", root.resolve("functions/verify"),
                with(base, "QUARKUS_FUNQY_EXPORT", "verifyHttp"),
                httpEvent("POST", "/v1/tokens/verify", "{\"token\":\"" + token + "\"}"),
                body -> body.contains("\\\"valid\\\":true"), false));
        subjects.add(new Subject("storage GET /hub_info", root.resolve("functions/storage"), base,
                httpEvent("GET", "/hub_info", null), body -> body.contains("read_url_prefix"), true));
        // a client's first write after connecting: the token check, the revocation read, the S3 put
        Es256kSigner writer = new Es256kSigner("5eed".repeat(16));
        String bearer = "bearer v1:" + writer.sign(Map.of(
                "gaiaChallenge", GaiaChallenge.current(Settings.DEFAULT_GAIA_SERVER_NAME),
                "iss", writer.publicKeyHex(),
                "salt", "c0ld5ta7")); // a fixed salt: the same token for every round, as a client reuses it
        subjects.add(new Subject("storage POST /store", root.resolve("functions/storage"), base,
                httpEvent("POST", "/store/" + GaiaKeys.bucketAddress(writer.publicKeyHex()) + "/cold-start.txt",
                        "hello", "text/plain", bearer),
                body -> body.contains("publicURL"), true));
        Map<String, String> sync = with(base, "QUARKUS_FUNQY_EXPORT", "sync");
        sync.put("SYNC_MAX_BLOCKS", "1");
        sync.put("SYNC_CONFIRMATIONS", "1");
        subjects.add(new Subject("sync (1 block)", root.resolve("functions/sync"), sync,
                "{\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"detail\":{}}",
                body -> body.contains("\"status\":\"ok\""), false));
        return subjects;
    }

    private static Sample measure(Subject subject, int warm, List<String> jvmOptions) throws java.io.IOException {
        try (MockRuntimeApi runtimeApi = MockRuntimeApi.start();
                LambdaFunctionProcess function = LambdaFunctionProcess.start(LambdaArtifact.ofModule(subject.module()),
                        "bench-" + subject.module().getFileName(), MEMORY_MB, runtimeApi.runtimeApi(),
                        subject.environment(), jvmOptions)) {
            MockRuntimeApi.Invocation first = runtimeApi.invoke(subject.event(), TIMEOUT);
            long answered = System.nanoTime();
            long answeredEpochMillis = System.currentTimeMillis();
            OptionalLong resident = function.residentKb();
            OptionalLong peak = function.peakResidentKb();
            if (first.status() != 200 || !subject.answered().test(first.body())) {
                throw new IllegalStateException(subject.name() + " answered " + first.status() + " " + first.body()
                        + "\nits log:\n" + function.output());
            }
            double[] warmMs = new double[warm];
            for (int i = 0; i < warm; i++) {
                long started = System.nanoTime();
                runtimeApi.invoke(subject.event(), TIMEOUT);
                warmMs[i] = (System.nanoTime() - started) / 1e6;
            }
            if (!KEEP_LOGS.isEmpty()) {
                Path copy = Path.of(KEEP_LOGS).resolve(subject.module().getFileName() + "-" + function.pid() + ".log");
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, function.output());
            }
            Matcher quarkus = QUARKUS_STARTED.matcher(function.output());
            Matcher quarkusJson = QUARKUS_STARTED_JSON.matcher(function.output());
            double upMs = Double.NaN;
            double firstEventMs = Double.NaN;
            java.time.Instant startedInstant = quarkus.find() ? java.time.Instant.from(LOG_TIME.parse(quarkus.group(1)))
                    : quarkusJson.find() ? java.time.Instant.parse(quarkusJson.group(1)) : null;
            if (startedInstant != null) {
                long startedAt = startedInstant.toEpochMilli();
                upMs = startedAt - function.startedEpochMillis();
                firstEventMs = answeredEpochMillis - startedAt;
            }
            return new Sample((answered - function.startedNanos()) / 1e6, resident.orElse(-1) / 1024.0,
                    peak.orElse(-1) / 1024.0, upMs, firstEventMs, warm == 0 ? Double.NaN : median(warmMs));
        }
    }

    private static void report(Map<String, List<Sample>> samples, List<Subject> subjects) {
        double floor = medianCold(samples.get(FLOOR));
        double httpFloor = medianCold(samples.get(HTTP_FLOOR));
        System.out.println();
        System.out.printf("%-36s %12s %14s %8s %9s %8s %10s %8s %8s %8s%n", "function", "cold ms p50", "(min-max)",
                "x floor", "x stack", "up ms", "1st evt ms", "RSS MB", "peak MB", "warm ms");
        for (Subject subject : subjects) {
            List<Sample> list = samples.get(subject.name());
            double[] cold = list.stream().mapToDouble(Sample::coldMs).toArray();
            double median = median(cold);
            System.out.printf("%-36s %12.0f %14s %8.2f %9.2f %8.0f %10.0f %8.0f %8.0f %8.2f%n", subject.name(), median,
                    String.format("(%.0f-%.0f)", min(cold), max(cold)), median / floor,
                    median / (subject.http() ? httpFloor : floor),
                    median(list.stream().mapToDouble(Sample::upMs).toArray()),
                    median(list.stream().mapToDouble(Sample::firstEventMs).toArray()),
                    median(list.stream().mapToDouble(Sample::residentMb).toArray()),
                    median(list.stream().mapToDouble(Sample::peakMb).toArray()),
                    median(list.stream().mapToDouble(Sample::warmMs).toArray()));
        }
        System.out.println("cold ms: process start to the first event's answer (= up + 1st evt); x floor: against the "
                + "Funqy hello; x stack: against the floor of the function's own stack (Funqy hello, or the HTTP hello "
                + "for functions on quarkus-amazon-lambda-http); up: until Quarkus reported itself started; 1st evt: the "
                + "function's work on its first event; RSS: resident memory after it; warm ms: median round trip of "
                + "later events.");
    }

    private static double medianCold(List<Sample> samples) {
        return median(samples.stream().mapToDouble(Sample::coldMs).toArray());
    }

    private static String httpEvent(String method, String path, String body) {
        return httpEvent(method, path, body, "application/json", null);
    }

    private static String httpEvent(String method, String path, String body, String contentType, String authorization) {
        String bodyJson = body == null ? "null" : "\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return """
                {"version":"2.0","routeKey":"$default","rawPath":"%2$s","rawQueryString":"",
                 "headers":{"accept":"application/json","content-type":"%4$s","host":"api.example.com",
                   "x-forwarded-proto":"https"%5$s},
                 "requestContext":{"http":{"method":"%1$s","path":"%2$s","protocol":"HTTP/1.1","sourceIp":"192.0.2.1"},
                   "requestId":"bench","routeKey":"$default","stage":"$default"},
                 "body":%3$s,"isBase64Encoded":false}
                """.formatted(method, path, bodyJson, contentType,
                authorization == null ? "" : ",\"authorization\":\"" + authorization + "\"");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(stringOption(args, name, Integer.toString(fallback)));
    }

    private static String stringOption(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("functions/pom.xml")) && Files.isDirectory(dir.resolve("benchmarks"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the repository (no functions/pom.xml above "
                + Path.of("").toAbsolutePath() + ")");
    }
}
