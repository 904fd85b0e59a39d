package org.blockstack.functions.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/names/{name}} under load, side by side with a static file server answering the
 * same bodies from disk (the practical limit on this machine): each name's answer is fetched from
 * the lookup function once and written under {@code v1/names/}, then nginx serves that folder
 * (started here when {@code --static} is not given). Rounds interleave the two at each concurrency
 * so drift on a shared machine hits both. From the lookup function's {@code Server-Timing} header
 * it also reports the function's own time per request without its store calls ({@code handler})
 * and the time it waited on DynamoDB and S3 ({@code store}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.blockstack.functions.benchmarks.LookupLoad \
 *     --lookup http://127.0.0.1:8186 [--static http://127.0.0.1:8187 | --nginx /usr/sbin/nginx] \
 *     [--names 3000] [--concurrency 1,16,64] [--seconds 10] [--warmup-seconds 5] [--rounds 3] \
 *     [--cpu lookup=PID]
 * </pre>
 * With {@code --cpu} (Linux) the CPU time of the named processes and their children (the local
 * server's dynalite) during each phase is printed per request; the nginx this command starts is
 * measured without being named (master and workers).
 */
public final class LookupLoad {
    private static final Pattern NAME = Pattern.compile("\"([a-z0-9_+.-]+)\"");
    private static final Pattern TIMING = Pattern.compile("handler;dur=([0-9.]+), store;dur=([0-9.]+)");
    private static final Path DEFAULT_NGINX = Path.of("/usr/sbin/nginx");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Options options;

    private LookupLoad(Options options) {
        this.options = options;
    }

    /** Command-line options; see the class comment. */
    record Options(String lookup, String staticServer, Path nginx, int names, List<Integer> concurrencies,
            int seconds, int warmupSeconds, int rounds, Map<String, List<Long>> cpuPids) {
        static Options parse(String[] args) {
            String lookup = null;
            String staticServer = null;
            Path nginx = DEFAULT_NGINX;
            List<Integer> concurrencies = List.of(1, 16, 64);
            Map<String, List<Long>> cpuPids = new LinkedHashMap<>();
            Map<String, Integer> numbers = new LinkedHashMap<>(Map.of("--names", 3000, "--seconds", 10,
                    "--warmup-seconds", 5, "--rounds", 3));
            for (BenchCommand.Option option : BenchCommand.options(args)) {
                String value = option.value();
                switch (option.name()) {
                    case "--lookup" -> lookup = value.replaceAll("/+$", "");
                    case "--static" -> staticServer = value.replaceAll("/+$", "");
                    case "--nginx" -> nginx = Path.of(value);
                    case "--concurrency" -> concurrencies = Arrays.stream(value.split(",")).map(Integer::parseInt)
                            .toList();
                    case "--cpu" -> cpuPids.put(value.substring(0, Math.max(0, value.indexOf('='))),
                            Arrays.stream(value.substring(value.indexOf('=') + 1).split(",")).map(Long::parseLong)
                                    .toList());
                    default -> {
                        if (!numbers.containsKey(option.name())) {
                            throw new IllegalArgumentException("unknown option " + option.name());
                        }
                        numbers.put(option.name(), Integer.parseInt(value));
                    }
                }
            }
            if (lookup == null) {
                throw new IllegalArgumentException("give --lookup URL (a local server with synced names)");
            }
            return new Options(lookup, staticServer, nginx, numbers.get("--names"), concurrencies,
                    numbers.get("--seconds"), numbers.get("--warmup-seconds"), numbers.get("--rounds"), cpuPids);
        }
    }

    /** A server under load: its base URL and the processes whose CPU time is read. */
    private record Target(String name, String baseUrl, List<Long> cpuPids) {
    }

    /** One client: random names, one request after another; keeps the lookup function's own timings. */
    private final class NameClient implements ClosedLoopLoad.Client {
        final Target target;
        final List<String> names;
        final Map<String, Integer> lengths;
        long[] handlerNanos = new long[1024];
        long[] storeNanos = new long[1024];
        int timed;

        NameClient(Target target, List<String> names, Map<String, Integer> lengths) {
            this.target = target;
            this.names = names;
            this.lengths = lengths;
        }

        @Override
        public long request() throws IOException, InterruptedException {
            String name = names.get(ThreadLocalRandom.current().nextInt(names.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/v1/names/" + name))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (answer.statusCode() != 200 || answer.body().length != lengths.get(name)) {
                return -1;
            }
            answer.headers().firstValue("Server-Timing").map(TIMING::matcher).filter(Matcher::matches)
                    .ifPresent(timing -> {
                        if (timed == handlerNanos.length) {
                            handlerNanos = Arrays.copyOf(handlerNanos, timed * 2);
                            storeNanos = Arrays.copyOf(storeNanos, timed * 2);
                        }
                        handlerNanos[timed] = (long) (Double.parseDouble(timing.group(1)) * 1e6);
                        storeNanos[timed++] = (long) (Double.parseDouble(timing.group(2)) * 1e6);
                    });
            return elapsed;
        }
    }

    /** A phase's figures: the load, and the function's own timings (empty for the static server). */
    private record Result(ClosedLoopLoad.Phase load, long[] handlerNanos, long[] storeNanos) {
        String line() {
            ClosedLoopLoad.Phase p = load;
            return String.format(Locale.ROOT, "%-8s %9.0f %8.2f %8.2f %12s %12s %10s %11.2f  (%d ok, %d failed)",
                    p.label().split(" ")[0], p.throughput(), p.percentileMillis(50), p.percentileMillis(99),
                    millis(handlerNanos, 50), millis(handlerNanos, 99), millis(storeNanos, 50), p.cpuMillisPerRequest(),
                    p.latencies().length, p.failures());
        }

        private static String millis(long[] sorted, double p) {
            return sorted.length == 0 ? "-" : String.format(Locale.ROOT, "%.3f", ClosedLoopLoad.percentile(sorted, p) / 1e6);
        }
    }

    private Result runPhase(Target target, int concurrency, List<String> names, Map<String, Integer> lengths,
            int seconds) throws Exception {
        List<NameClient> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            clients.add(new NameClient(target, names, lengths));
        }
        ClosedLoopLoad.Phase load = ClosedLoopLoad.run(target.name() + " c" + concurrency, clients,
                Duration.ofSeconds(seconds), target.cpuPids());
        long[] handler = clients.stream().flatMapToLong(c -> Arrays.stream(c.handlerNanos, 0, c.timed)).sorted()
                .toArray();
        long[] store = clients.stream().flatMapToLong(c -> Arrays.stream(c.storeNanos, 0, c.timed)).sorted()
                .toArray();
        return new Result(load, handler, store);
    }

    /** Names the lookup function lists, at most {@code --names}, page by page. */
    private List<String> listNames() throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (int page = 0; names.size() < options.names(); page++) {
            String body = get(options.lookup() + "/v1/names?page=" + page);
            Matcher name = NAME.matcher(body);
            int before = names.size();
            while (name.find() && names.size() < options.names()) {
                names.add(name.group(1));
            }
            if (names.size() == before) {
                break;
            }
        }
        return names;
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    /** Writes each name's answer to {@code root/v1/names/<name>}; returns the body lengths. */
    private Map<String, Integer> writeBodies(List<String> names, Path root) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(root.resolve("v1/names"));
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (String name : names) {
            byte[] body = get(options.lookup() + "/v1/names/" + name).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(name), body);
            lengths.put(name, body.length);
        }
        return lengths;
    }

    /** nginx serving {@code root} on a free loopback port, in the foreground, as a child process. */
    private Process startNginx(Path work, Path root) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes auto;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    default_type application/json;
                    sendfile on;
                    keepalive_requests 1000000;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                        location / { try_files $uri =404; }
                    }
                }
                """.formatted(work, port, root));
        Process nginx = new ProcessBuilder(options.nginx().toString(), "-p", work.toString(), "-c", conf.toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
        String url = "http://127.0.0.1:" + port;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(url + "/")).build(), HttpResponse.BodyHandlers.discarding());
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.destroy();
        throw new IllegalStateException("nginx did not start; see " + work.resolve("nginx.out"));
    }

    /** A process and its children (nginx's master and workers), from /proc, for the CPU figures. */
    private static List<Long> processTree(long pid) {
        List<Long> pids = new ArrayList<>(List.of(pid));
        // each thread (task) lists the children it started
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                for (String child : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                    if (!child.isEmpty()) {
                        pids.add(Long.parseLong(child));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: the process alone
        }
        return pids;
    }

    private void run() throws Exception {
        List<String> names = listNames();
        if (names.isEmpty()) {
            throw new IllegalStateException(options.lookup() + "/v1/names lists no names: is the index synced?");
        }
        Path work = Files.createTempDirectory("lookup-load", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path root = work.resolve("www");
        Map<String, Integer> lengths = writeBodies(names, root);
        // nginx workers run as an unprivileged user: everything they serve must be world-readable
        try (var files = Files.walk(work)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Process nginx = null;
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("lookup", options.lookup(), options.cpuPids().getOrDefault("lookup", List.of()).stream()
                .flatMap(pid -> processTree(pid).stream()).toList()));
        try {
            if (options.staticServer() != null) {
                targets.add(new Target("static", options.staticServer(), options.cpuPids().getOrDefault("static",
                        List.of())));
            } else if (Files.isExecutable(options.nginx())) {
                nginx = startNginx(work, root);
                String url = Files.readString(work.resolve("nginx.conf")).replaceAll("(?s).*listen ([0-9.:]+);.*",
                        "http://$1");
                targets.add(new Target("static", url, processTree(nginx.pid())));
            } else {
                System.out.println("no static server: give --static URL, or install nginx (apt-get install nginx)");
            }
            for (Target target : targets.subList(1, targets.size())) {
                String sample = names.get(0);
                if (get(target.baseUrl() + "/v1/names/" + sample).getBytes(StandardCharsets.UTF_8).length
                        != lengths.get(sample)) {
                    throw new IllegalStateException(target.name() + " does not serve the bodies written to " + root);
                }
            }
            System.out.printf(Locale.ROOT, "%d names; %s%n", names.size(), String.join(", ", targets.stream()
                    .map(t -> t.name() + " " + t.baseUrl()).toList()));
            System.out.printf(Locale.ROOT, "%d s per phase, %d rounds after %d s of warm-up, at concurrency %s%n",
                    options.seconds(), options.rounds(), options.warmupSeconds(), options.concurrencies());
            Map<String, List<Result>> results = new LinkedHashMap<>();
            for (int concurrency : options.concurrencies()) {
                for (Target target : targets) {
                    runPhase(target, concurrency, names, lengths, options.warmupSeconds());
                }
                for (int round = 1; round <= options.rounds(); round++) {
                    for (Target target : targets) {
                        Result result = runPhase(target, concurrency, names, lengths, options.seconds());
                        results.computeIfAbsent(result.load().label(), k -> new ArrayList<>()).add(result);
                        System.out.printf(Locale.ROOT, "  c%-3d round %d  %s%n", concurrency, round, result.line());
                    }
                }
            }
            System.out.println();
            System.out.println("median of rounds (by throughput); handler and store: the lookup function's own"
                    + " Server-Timing");
            System.out.printf(Locale.ROOT, "%-5s %-8s %9s %8s %8s %12s %12s %10s %11s%n", "conc", "target", "req/s",
                    "p50 ms", "p99 ms", "handler p50", "handler p99", "store p50", "cpu ms/req");
            results.forEach((label, runs) -> {
                List<ClosedLoopLoad.Phase> loads = runs.stream().map(Result::load).toList();
                ClosedLoopLoad.Phase median = ClosedLoopLoad.median(loads);
                Result result = runs.get(loads.indexOf(median));
                System.out.printf(Locale.ROOT, "%-5s %s%n", label.split(" ")[1], result.line());
            });
        } finally {
            if (nginx != null) {
                nginx.destroy();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        BenchCommand.main("usage: LookupLoad --lookup URL [--static URL | --nginx PATH] [--names 3000] "
                + "[--concurrency 1,16,64] [--seconds 10] [--warmup-seconds 5] [--rounds 3] "
                + "[--cpu lookup=PID[,PID...]]", () -> {
                    Options options = Options.parse(args);
                    return () -> new LookupLoad(options).run();
                });
    }
}
