package org.blockstack.functions.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.core.gaia.GaiaChallenge;
import org.blockstack.functions.core.gaia.GaiaKeys;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.local.ConformanceScripts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged main job in a JVM of its own with a 96 MiB heap (S3Proxy runs inside it too):
 * uploads at the 20 MiB limit succeed, several at once, because bodies stream to storage; one
 * byte over is refused before the body is read; the shared conformance script passes against it
 * over real HTTP; and its demo chain grows while sync indexes the new blocks (the README's promise).
 */
class LocalServerMemoryIT {
    private static final String HEAP = "-Xmx96m";
    /** Fast enough for a test to see several new blocks (the main job's default is a block a minute). */
    private static final String DEMO_BLOCK_INTERVAL = "2s";
    private static final Pattern PROCESSED = Pattern.compile("\"last_block_processed\":(\\d+)");
    private static final Pattern SEEN = Pattern.compile("\"last_block_seen\":(\\d+)");
    private static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Es256kSigner APP = new Es256kSigner("6b".repeat(32));
    private static final String ADDRESS = GaiaKeys.bucketAddress(APP.publicKeyHex());

    private static Process server;
    private static String base;
    private static Path dataDir;

    @BeforeAll
    static void startServer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        dataDir = Files.createTempDirectory("local-server-memory-it");
        Path jar = Path.of(System.getProperty("local-server.jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(jar.getParent().getParent().resolve("local-server-memory-it.log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("LOCAL_DATA_DIR", dataDir.toString());
        builder.environment().put("DEMO_BLOCK_INTERVAL", DEMO_BLOCK_INTERVAL);
        server = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the main job exited early; see target/local-server-memory-it.log").isTrue();
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/hub_info")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the main job did not answer /hub_info within 3 minutes");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String token() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("gaiaChallenge", GaiaChallenge.current("gaia-0"));
        payload.put("iss", APP.publicKeyHex());
        payload.put("salt", Long.toHexString(System.nanoTime()));
        return "bearer v1:" + APP.sign(payload);
    }

    /** A body of {@code length} deterministic bytes, generated as it is sent (never held whole). */
    private static InputStream generated(long length, int seed) {
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent < length ? (int) ((sent++ * 31 + seed) & 0xff) : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (sent >= length) {
                    return -1;
                }
                int n = (int) Math.min(count, length - sent);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) ((sent++ * 31 + seed) & 0xff);
                }
                return n;
            }
        };
    }

    private static String md5(InputStream in) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            md5.update(buffer, 0, n);
        }
        return "\"" + HexFormat.of().formatHex(md5.digest()) + "\"";
    }

    private static HttpResponse<String> upload(String path, long length, int seed, boolean declareLength)
            throws Exception {
        HttpRequest.BodyPublisher body = declareLength
                ? HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> generated(length, seed)), length)
                : HttpRequest.BodyPublishers.ofInputStream(() -> generated(length, seed));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/store/" + ADDRESS + "/" + path))
                .header("Authorization", token())
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(2))
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void uploadsAtTheLimitSucceedSeveralAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int seed = i;
                uploads.add(pool.submit(() -> upload("at-limit-" + seed + ".bin", MAX_BYTES, seed, true)));
            }
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = uploads.get(i).get();
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                String expected = md5(generated(MAX_BYTES, i));
                assertThat(answer.body()).contains(expected.replace("\"", "\\\""));
                HttpResponse<InputStream> read = HTTP.send(HttpRequest.newBuilder(
                        URI.create(base + "/hub/" + ADDRESS + "/at-limit-" + i + ".bin")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(read.headers().firstValue("ETag")).hasValue(expected);
                try (InputStream body = read.body()) {
                    assertThat(md5(body)).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> chunked = upload("at-limit-chunked.bin", MAX_BYTES, 7, false);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(202);
    }

    @Test
    void oneByteOverIsRefusedBeforeTheBodyIsRead() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", URI.create(base).getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /store/" + ADDRESS + "/over.bin HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token()
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (MAX_BYTES + 1)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            // only 1 KiB of the 20 MiB body was sent, yet the answer is already there
            String answer = readUntilJsonEnds(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("PayloadTooLargeError").contains("application/json");
        }
        HttpResponse<String> chunked = upload("over-chunked.bin", MAX_BYTES + 1L, 3, false);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("PayloadTooLargeError");
        for (String path : List.of("over.bin", "over-chunked.bin")) {
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/hub/" + ADDRESS + "/" + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        }
    }

    /** The status line, headers and JSON body of an answer on a connection that may stay open. */
    private static String readUntilJsonEnds(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            answer.append((char) c);
            if (c == '}') {
                break;
            }
        }
        return answer.toString();
    }

    @Test
    void theDemoChainGrowsAndSyncIndexesTheNewBlocks() throws Exception {
        // first the initial catch-up: everything the chain had when sync last looked is indexed
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int[] info = blocks();
        while (info[0] < info[1] && System.nanoTime() < deadline) {
            Thread.sleep(500);
            info = blocks();
        }
        assertThat(info[0]).as("last_block_processed caught up with last_block_seen").isEqualTo(info[1]);
        int caughtUp = info[0];

        deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (info[0] < caughtUp + 3 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            info = blocks();
        }
        assertThat(info[0]).as("last_block_processed 90 s after catching up at %d, with a block every %s", caughtUp,
                DEMO_BLOCK_INTERVAL).isGreaterThanOrEqualTo(caughtUp + 3);
    }

    /** {@code /v1/info}'s last_block_processed and last_block_seen. */
    private static int[] blocks() throws Exception {
        String info = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/info")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher processed = PROCESSED.matcher(info);
        Matcher seen = SEEN.matcher(info);
        assertThat(processed.find() && seen.find()).as("/v1/info answered %s", info).isTrue();
        return new int[] {Integer.parseInt(processed.group(1)), Integer.parseInt(seen.group(1))};
    }

    @Test
    void theSharedConformanceChecksPassAgainstTheMainJob() {
        ConformanceScripts.Outcome outcome = ConformanceScripts.run("gaia/check-hub.mjs", Duration.ofMinutes(5), base);
        assertThat(outcome.failed()).as("failed checks:%n%s%nfull output:%n%s", outcome.failures(), outcome.output())
                .isZero();
        assertThat(outcome.passed()).as(outcome.output()).isGreaterThan(50);
    }
}
