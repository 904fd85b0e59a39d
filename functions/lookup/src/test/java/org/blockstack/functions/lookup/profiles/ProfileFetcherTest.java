package org.blockstack.functions.lookup.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The rules for fetching token files from URLs anyone can write into a zone file, against real
 * HTTP servers on this machine: which addresses may be asked (every redirect hop checked again),
 * how many redirects, how long, how large.
 */
class ProfileFetcherTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final int MAX_BYTES = 1024;

    private final List<HttpServer> servers = new java.util.ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    /** A server on {@code address} that counts its requests and answers with {@code handler}. */
    private HttpServer serve(String address, AtomicInteger hits, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            try (exchange) {
                handler.handle(exchange);
            }
        });
        server.start();
        servers.add(server);
        return server;
    }

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static Handler body(String text) {
        return exchange -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    private static Handler redirectTo(String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        };
    }

    private static String url(HttpServer server, String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    /** The default rules: public addresses only. */
    private static ProfileFetcher publicOnly() {
        return new ProfileFetcher(TIMEOUT, MAX_BYTES, false);
    }

    private static ProfileFetcher anyAddress() {
        return new ProfileFetcher(TIMEOUT, MAX_BYTES, true);
    }

    @Test
    void addressesOfThisMachineAndPrivateNetworksAreNeverAsked() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = serve("127.0.0.1", hits, body("[]"));
        int port = server.getAddress().getPort();
        for (String target : List.of(url(server, "/profile.json"), "http://localhost:" + port + "/profile.json",
                "http://[::1]:" + port + "/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                "https://192.168.1.1/profile.json", "http://0.0.0.0:" + port + "/")) {
            assertThatThrownBy(() -> publicOnly().fetch(target)).as(target)
                    .isInstanceOf(ProfileFetcher.FetchException.class)
                    .hasMessageContaining("which is not a public address");
        }
        assertThat(hits).as("requests that reached the loopback server").hasValue(0);
        assertThat(anyAddress().fetch(url(server, "/profile.json"))).isEqualTo("[]");
        assertThat(hits).hasValue(1);
    }

    @Test
    void publicAndSpecialAddressRanges() throws Exception {
        for (String address : List.of("8.8.8.8", "1.1.1.1", "151.101.1.69", "2606:4700:4700::1111")) {
            assertThat(ProfileFetcher.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : List.of("127.0.0.1", "127.8.9.10", "0.0.0.0", "0.1.2.3", "10.1.2.3", "172.16.0.1",
                "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "192.0.0.8",
                "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "fc00::1",
                "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254")) {
            assertThat(ProfileFetcher.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void everyRedirectHopIsCheckedBeforeItIsFollowed() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        HttpServer internal = serve("127.0.0.2", inside, body("[\"secret\"]"));
        AtomicInteger outside = new AtomicInteger();
        HttpServer allowed = serve("127.0.0.1", outside, redirectTo(url(internal, "/secret")));
        InetAddress onlyAllowed = InetAddress.getByName("127.0.0.1");
        ProfileFetcher fetcher = new ProfileFetcher(TIMEOUT, MAX_BYTES, onlyAllowed::equals);

        assertThatThrownBy(() -> fetcher.fetch(url(allowed, "/profile.json")))
                .isInstanceOf(ProfileFetcher.FetchException.class)
                .hasMessageContaining("127.0.0.2")
                .hasMessageContaining("not a public address");
        assertThat(outside).hasValue(1);
        assertThat(inside).as("requests that reached the address the redirect pointed at").hasValue(0);
    }

    @Test
    void redirectsAreFollowedUpToALimit() throws Exception {
        // /file/n redirects to /file/n+1 until the limit, where the file is; /loop/n redirects forever
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = serve("127.0.0.1", hits, exchange -> {
            String[] path = exchange.getRequestURI().getPath().split("/");
            int hop = Integer.parseInt(path[2]);
            if (path[1].equals("file") && hop == ProfileFetcher.MAX_REDIRECTS) {
                body("[{\"token\":\"x\"}]").handle(exchange);
            } else {
                redirectTo("/" + path[1] + "/" + (hop + 1)).handle(exchange);
            }
        });
        assertThat(anyAddress().fetch(url(server, "/file/0"))).isEqualTo("[{\"token\":\"x\"}]");
        hits.set(0);
        assertThatThrownBy(() -> anyAddress().fetch(url(server, "/loop/0")))
                .isInstanceOf(ProfileFetcher.FetchException.class)
                .hasMessageContaining("redirected more than " + ProfileFetcher.MAX_REDIRECTS + " times");
        assertThat(hits).hasValue(ProfileFetcher.MAX_REDIRECTS + 1);
    }

    @Test
    void bodiesOverTheCapAreRefusedWhetherDeclaredOrStreamed() throws Exception {
        String atCap = "x".repeat(MAX_BYTES);
        HttpServer server = serve("127.0.0.1", new AtomicInteger(), exchange -> {
            byte[] bytes = (exchange.getRequestURI().getPath().equals("/fits") ? atCap : atCap + "y")
                    .getBytes(StandardCharsets.US_ASCII);
            // /chunked declares no length: the cap applies while the body arrives
            boolean chunked = exchange.getRequestURI().getPath().equals("/chunked");
            exchange.sendResponseHeaders(200, chunked ? 0 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : bytes) {
                    out.write(b);
                }
            }
        });
        assertThat(anyAddress().fetch(url(server, "/fits"))).hasSize(MAX_BYTES);
        for (String path : List.of("/declared", "/chunked")) {
            assertThatThrownBy(() -> anyAddress().fetch(url(server, path))).as(path)
                    .isInstanceOf(ProfileFetcher.FetchException.class)
                    .hasMessageContaining("more than the " + MAX_BYTES);
        }
    }

    @Test
    void aSlowServerIsAbandonedAtTheTimeout() throws Exception {
        HttpServer slow = serve("127.0.0.1", new AtomicInteger(), exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            body("[]").handle(exchange);
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> anyAddress().fetch(url(slow, "/profile.json")))
                .isInstanceOf(ProfileFetcher.FetchException.class)
                .hasMessageContaining("did not answer within " + TIMEOUT.toMillis() + " ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void onlyHttpUrlsAndOnly200() throws Exception {
        for (String target : List.of("file:///etc/passwd", "ftp://example.org/profile.json", "gopher://x/",
                "javascript:alert(1)", "http:///nohost", "https://", "http://exa mple.org/")) {
            assertThatThrownBy(() -> anyAddress().fetch(target)).as(target)
                    .isInstanceOf(ProfileFetcher.FetchException.class);
        }
        assertThat(ProfileFetcher.parse("example.org/hub/1abc/profile.json"))
                .hasToString("https://example.org/hub/1abc/profile.json");
        assertThat(ProfileFetcher.parse("gaia.example.org:8443/x")).hasToString("https://gaia.example.org:8443/x");

        HttpServer missing = serve("127.0.0.1", new AtomicInteger(), exchange -> exchange.sendResponseHeaders(404, -1));
        assertThatThrownBy(() -> anyAddress().fetch(url(missing, "/profile.json")))
                .isInstanceOf(ProfileFetcher.FetchException.class)
                .hasMessageContaining("answered 404, expected 200");
    }
}
