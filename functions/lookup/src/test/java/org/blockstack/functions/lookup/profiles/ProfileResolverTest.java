package org.blockstack.functions.lookup.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.profile.ProfileTokenFile;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * Core's resolution (read-api §12.4, §12.5) against a real token-file server: each URI record in
 * turn until a token signed by the owner's key verifies, and one fetch per zone file and owner
 * while the answer is cached.
 */
class ProfileResolverTest {
    private static final Es256kSigner OWNER = new Es256kSigner(
            "092ab7c0ee926c968ebb8d2893e9b84eb34863a86d2dd97f0f8eabd5708b6388");
    private static final Es256kSigner STRANGER = new Es256kSigner(
            "0000000000000000000000000000000000000000000000000000000000000001");
    private static final OwnerAddress OWNER_ADDRESS = OwnerAddress.fromBase58(
            BitcoinAddresses.ofPublicKey(HexFormat.of().parseHex(OWNER.publicKeyHex()))).orElseThrow();

    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private ProfileResolver resolver;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            try (exchange) {
                String file = files.get(exchange.getRequestURI().getPath());
                if (file == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        resolver = new ProfileResolver(Duration.ofMinutes(10));
        resolver.fetcher = new ProfileFetcher(Duration.ofSeconds(2), 64 * 1024, true);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String tokenFile(Es256kSigner signer, String name) {
        Map<String, Object> profile = Map.of("@type", "Person", "name", name);
        return ProfileTokenFile.wrap(ProfileTokenFile.sign(profile, signer, "jti-" + name,
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")));
    }

    private String zonefile(String... targets) {
        StringBuilder text = new StringBuilder("$ORIGIN alice.id\n$TTL 3600\n");
        for (String target : targets) {
            text.append("_http._tcp\tIN\tURI\t10\t1\t\"").append(target).append("\"\n");
        }
        return text.toString();
    }

    @Test
    void theFirstTokenOfTheOwnersKeyIsTheProfileAndTheAnswerIsReused() {
        files.put("/stranger.json", tokenFile(STRANGER, "Mallory"));
        files.put("/alice.json", tokenFile(OWNER, "Alice"));
        String text = zonefile(url("/missing.json"), url("/stranger.json"), url("/alice.json"));

        ProfileResolver.Resolution first = resolver.resolve("alice.id", "hash-1", text, OWNER_ADDRESS);
        assertThat(first).isInstanceOfSatisfying(ProfileResolver.Profile.class, profile -> {
            assertThat(profile.claim()).isEqualTo(Map.of("@type", "Person", "name", "Alice"));
            assertThat(profile.publicKey()).isEqualTo(OWNER.publicKeyHex());
            assertThat(profile.zonefile()).containsEntry("$origin", "alice.id");
        });
        assertThat(fetches).as("each URI tried in order").hasValue(3);

        assertThat(resolver.resolve("alice.id", "hash-1", text, OWNER_ADDRESS)).isEqualTo(first);
        assertThat(fetches).as("fetches after a second lookup of the same zone file and owner").hasValue(3);

        resolver.resolve("alice.id", "hash-2", text, OWNER_ADDRESS);
        assertThat(fetches).as("a new zone file hash is resolved again").hasValue(6);
    }

    @Test
    void withoutATokenOfTheOwnerThereIsNoProfileAndTheFailureIsCachedToo() {
        files.put("/stranger.json", tokenFile(STRANGER, "Mallory"));
        String text = zonefile(url("/stranger.json"));
        assertThat(resolver.resolve("alice.id", "hash-3", text, OWNER_ADDRESS))
                .isEqualTo(new ProfileResolver.Failure("No profile found for this name"));
        assertThat(resolver.resolve("alice.id", "hash-3", text, OWNER_ADDRESS))
                .isInstanceOf(ProfileResolver.Failure.class);
        assertThat(fetches).hasValue(1);

        assertThat(resolver.resolve("alice.id", "hash-4", "$ORIGIN alice.id\n$TTL 3600\n", OWNER_ADDRESS))
                .isEqualTo(new ProfileResolver.Failure("No URI records in zone file hash-4 for alice.id"));
        assertThat(resolver.resolve("alice.id", "hash-5", "{\"name\": \"legacy\"}", OWNER_ADDRESS))
                .isEqualTo(new ProfileResolver.Failure("Failed to parse zone file hash-5 for alice.id"));
    }
}
