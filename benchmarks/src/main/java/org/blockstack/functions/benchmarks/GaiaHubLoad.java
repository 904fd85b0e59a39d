package org.blockstack.functions.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.core.gaia.GaiaKeys;
import org.blockstack.functions.core.tokens.Es256kSigner;

/**
 * Side-by-side load on Gaia hubs: small-file stores and reads at a fixed concurrency, the same
 * load against each hub in turn (rounds interleave the hubs so drift on a shared machine hits
 * both), printing throughput and latency percentiles. Each worker is an app with its own bucket,
 * writing as {@code @stacks/storage} does: {@code If-None-Match: *} first, then {@code If-Match}
 * with the ETag of its previous write.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.blockstack.functions.benchmarks.GaiaHubLoad \
 *     --hub ours=http://127.0.0.1:18088 --hub reference=http://127.0.0.1:13000 \
 *     [--read-url reference=http://127.0.0.1:13001/] [--concurrency 16] [--size 1024] \
 *     [--seconds 20] [--warmup-seconds 10] [--rounds 3] [--files-per-worker 50] \
 *     [--cpu ours=PID,PID --cpu reference=PID]
 * </pre>
 * A hub's read URL defaults to the {@code read_url_prefix} its {@code /hub_info} reports. With
 * {@code --cpu} (Linux), the CPU time the named processes used during each phase is read from
 * {@code /proc} and printed per request: on a shared machine that figure is steadier than
 * throughput, which depends on what else is running.
 */
public final class GaiaHubLoad {
    private static final Pattern CHALLENGE = Pattern.compile("\"challenge_text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern READ_URL = Pattern.compile("\"read_url_prefix\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ETAG = Pattern.compile("\"etag\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Options options;

    private GaiaHubLoad(Options options) {
        this.options = options;
    }

    /** Command-line options; see the class comment. */
    record Options(Map<String, String> hubs, Map<String, String> readUrls, Map<String, List<Long>> cpuPids,
            int concurrency, int size, int seconds, int warmupSeconds, int rounds, int filesPerWorker) {
        static Options parse(String[] args) {
            Map<String, String> hubs = new LinkedHashMap<>();
            Map<String, String> readUrls = new LinkedHashMap<>();
            Map<String, List<Long>> cpuPids = new LinkedHashMap<>();
            Map<String, Integer> numbers = new LinkedHashMap<>(Map.of("--concurrency", 16, "--size", 1024,
                    "--seconds", 20, "--warmup-seconds", 10, "--rounds", 3, "--files-per-worker", 50));
            for (BenchCommand.Option option : BenchCommand.options(args)) {
                String value = option.value();
                switch (option.name()) {
                    case "--hub" -> hubs.put(name(value), url(value));
                    case "--read-url" -> readUrls.put(name(value), url(value));
                    case "--cpu" -> cpuPids.put(name(value), Arrays.stream(value.substring(value.indexOf('=') + 1)
                            .split(",")).map(Long::parseLong).toList());
                    default -> {
                        if (!numbers.containsKey(option.name())) {
                            throw new IllegalArgumentException("unknown option " + option.name());
                        }
                        numbers.put(option.name(), Integer.parseInt(value));
                    }
                }
            }
            if (hubs.isEmpty()) {
                throw new IllegalArgumentException("give at least one --hub name=URL");
            }
            return new Options(hubs, readUrls, cpuPids, numbers.get("--concurrency"), numbers.get("--size"),
                    numbers.get("--seconds"), numbers.get("--warmup-seconds"), numbers.get("--rounds"),
                    numbers.get("--files-per-worker"));
        }

        private static String name(String pair) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected name=URL, got " + pair);
            }
            return pair.substring(0, eq);
        }

        private static String url(String pair) {
            return pair.substring(pair.indexOf('=') + 1).replaceAll("/+$", "");
        }
    }

    /** What one hub needs for the load: its URLs and challenge. */
    private record Hub(String name, String baseUrl, String readUrlPrefix, String challenge) {
    }

    /** One app writing and reading its own bucket. */
    private final class Worker {
        final Hub hub;
        final Es256kSigner key;
        final String address;
        final String token;
        final String folder;
        final String[] etags;
        final byte[] body;

        Worker(Hub hub, String runId, int index) {
            this.hub = hub;
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            secret[0] = 0x22;
            this.key = new Es256kSigner(HexFormat.of().formatHex(secret));
            this.address = GaiaKeys.bucketAddress(key.publicKeyHex());
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("gaiaChallenge", hub.challenge());
            claims.put("hubUrl", hub.baseUrl());
            claims.put("iss", key.publicKeyHex());
            claims.put("salt", HexFormat.of().formatHex(secret, 0, 16));
            this.token = "bearer v1:" + key.sign(claims);
            this.folder = "bench/" + runId + "/w" + index + "/";
            this.etags = new String[options.filesPerWorker()];
            this.body = new byte[options.size()];
            Arrays.fill(body, (byte) ('a' + index % 26));
        }

        /** One store; returns its latency in nanoseconds, or -1 when the hub refused it. */
        long store() throws IOException, InterruptedException {
            int file = ThreadLocalRandom.current().nextInt(etags.length);
            body[0] = (byte) ThreadLocalRandom.current().nextInt(256);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/store/" + address + "/"
                            + folder + "f" + file + ".txt"))
                    .header("Authorization", token)
                    .header("Content-Type", "text/plain")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (etags[file] == null) {
                request.header("If-None-Match", "*");
            } else {
                request.header("If-Match", etags[file]);
            }
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (answer.statusCode() != 202) {
                return -1;
            }
            Matcher etag = ETAG.matcher(answer.body());
            etags[file] = etag.find() ? unescape(etag.group(1)) : null;
            return elapsed;
        }

        /** One read of a file this worker wrote; latency in nanoseconds, or -1 on a failure. */
        long read() throws IOException, InterruptedException {
            int file = ThreadLocalRandom.current().nextInt(etags.length);
            if (etags[file] == null) {
                return store();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(hub.readUrlPrefix() + address + "/" + folder + "f"
                    + file + ".txt")).timeout(Duration.ofSeconds(30)).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            return answer.statusCode() == 200 && answer.body().length == body.length ? elapsed : -1;
        }
    }

    private interface Operation {
        long run(Worker worker) throws Exception;
    }

    /** Latencies of one phase, labelled "<hub> <operation>", and the CPU time the hub's processes used during it. */
    private ClosedLoopLoad.Phase runPhase(List<Worker> workers, String operation, Operation op, int seconds) throws Exception {
        String hub = workers.get(0).hub.name();
        List<ClosedLoopLoad.Client> clients = workers.stream().map(worker -> (ClosedLoopLoad.Client) () -> op.run(worker))
                .toList();
        return ClosedLoopLoad.run(hub + " " + operation, clients, Duration.ofSeconds(seconds),
                options.cpuPids().getOrDefault(hub, List.of()));
    }

    private Hub connect(String name, String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/hub_info")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher challenge = CHALLENGE.matcher(info.body());
        Matcher readUrl = READ_URL.matcher(info.body());
        if (info.statusCode() != 200 || !challenge.find() || !readUrl.find()) {
            throw new IllegalStateException(name + ": GET " + baseUrl + "/hub_info answered " + info.statusCode()
                    + " " + info.body());
        }
        String read = options.readUrls().getOrDefault(name, readUrl.group(1));
        return new Hub(name, baseUrl, read.endsWith("/") ? read : read + "/", unescape(challenge.group(1)));
    }

    private void run() throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Map<String, List<Worker>> workers = new LinkedHashMap<>();
        for (Map.Entry<String, String> hub : options.hubs().entrySet()) {
            Hub connected = connect(hub.getKey(), hub.getValue());
            List<Worker> hubWorkers = new ArrayList<>();
            for (int i = 0; i < options.concurrency(); i++) {
                hubWorkers.add(new Worker(connected, runId, i));
            }
            workers.put(hub.getKey(), hubWorkers);
            System.out.printf(Locale.ROOT, "%s: %s (read URL %s)%n", hub.getKey(), hub.getValue(),
                    connected.readUrlPrefix());
        }
        System.out.printf(Locale.ROOT, "concurrency %d, %d-byte files, %d files per worker, %d s per phase, %d rounds"
                + " after %d s warm-up%n", options.concurrency(), options.size(), options.filesPerWorker(),
                options.seconds(), options.rounds(), options.warmupSeconds());
        for (List<Worker> hubWorkers : workers.values()) {
            runPhase(hubWorkers, "store", Worker::store, options.warmupSeconds());
            runPhase(hubWorkers, "read", Worker::read, Math.max(1, options.warmupSeconds() / 2));
        }
        Map<String, List<ClosedLoopLoad.Phase>> results = new LinkedHashMap<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (List<Worker> hubWorkers : workers.values()) {
                for (ClosedLoopLoad.Phase measured : List.of(runPhase(hubWorkers, "store", Worker::store, options.seconds()),
                        runPhase(hubWorkers, "read", Worker::read, options.seconds()))) {
                    results.computeIfAbsent(measured.label(), k -> new ArrayList<>()).add(measured);
                    System.out.printf(Locale.ROOT, "  round %d  %-22s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms"
                            + "  cpu %5.2f ms/req  (%d ok, %d failed)%n", round, measured.label(),
                            measured.throughput(), measured.percentileMillis(50), measured.percentileMillis(99),
                            measured.cpuMillisPerRequest(), measured.latencies().length, measured.failures());
                }
            }
        }
        System.out.println();
        System.out.println("median of rounds:");
        System.out.printf(Locale.ROOT, "  %-22s %12s %10s %10s %14s%n", "hub operation", "req/s", "p50 ms", "p99 ms",
                "cpu ms/req");
        for (Map.Entry<String, List<ClosedLoopLoad.Phase>> entry : results.entrySet()) {
            ClosedLoopLoad.Phase median = ClosedLoopLoad.median(entry.getValue());
            System.out.printf(Locale.ROOT, "  %-22s %12.0f %10.2f %10.2f %14.2f%n", entry.getKey(), median.throughput(),
                    median.percentileMillis(50), median.percentileMillis(99), median.cpuMillisPerRequest());
        }
    }

    private static String unescape(String json) {
        return json.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    public static void main(String[] args) throws Exception {
        BenchCommand.main("usage: GaiaHubLoad --hub NAME=URL [--hub NAME=URL ...] [--read-url NAME=URL] "
                + "[--concurrency 16] [--size 1024] [--seconds 20] [--warmup-seconds 10] [--rounds 3] "
                + "[--files-per-worker 50] [--cpu NAME=PID[,PID...]]", () -> {
                    Options options = Options.parse(args);
                    return () -> new GaiaHubLoad(options).run();
                });
    }
}
