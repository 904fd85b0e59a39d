package org.blockstack.functions.infra.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blockstack.functions.core.gaia.GaiaRequestException;
import org.blockstack.functions.core.gaia.WriteCondition;
import org.blockstack.functions.emulators.S3ProxyServer;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.S3Client;

/** The Gaia object store through the AWS SDK against S3Proxy (with its conditional-write guard). */
class GaiaObjectStoreTest {
    private static final String BUCKET = "gaia-store-test";
    private static S3ProxyServer s3proxy;
    private static S3Client s3;
    private static S3Client smallObjects;
    private static GaiaObjectStore store;

    @BeforeAll
    static void start() {
        s3proxy = S3ProxyServer.startTransient();
        AwsSettings settings = new AwsSettings("us-east-1", Optional.empty(), Optional.of(s3proxy.endpoint()),
                Optional.of(new AwsSettings.StaticKeys(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)));
        s3 = AwsClients.s3(settings);
        smallObjects = AwsClients.s3ForSmallObjects(settings);
        BucketProvisioner.ensureBucket(s3, BUCKET);
        store = new GaiaObjectStore(s3, smallObjects, BUCKET, "no-cache");
    }

    @AfterAll
    static void stop() {
        s3.close();
        smallObjects.close();
        s3proxy.close();
    }

    private static String put(String key, String text, WriteCondition condition) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return store.put(key, "text/plain", bytes.length, oneShot(bytes), condition);
    }

    /** A body that, like an HTTP request body, can be read only once. */
    private static InputStream oneShot(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    @Test
    void theWriteEtagIsTheEtagReadsServe() throws Exception {
        String etag = put("1A/etag.txt", "hello", new WriteCondition.Unconditional());
        assertThat(etag).isEqualTo("\"5d41402abc4b2a76b9719d911017c592\"");
        GaiaObjectStore.ObjectContent read = store.get("1A/etag.txt", Optional.empty()).orElseThrow();
        try (InputStream body = read.body()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
        assertThat(read.info().etag()).isEqualTo(etag);
        assertThat(read.info().contentType()).hasValue("text/plain");
        assertThat(read.info().cacheControl()).hasValue("no-cache");
        assertThat(store.head("1A/etag.txt").orElseThrow().etag()).isEqualTo(etag);
        assertThat(store.get("1A/etag.txt", Optional.of(etag)).orElseThrow().body()).as("304: no body").isNull();
    }

    @Test
    void aFormEncodedBodyIsStoredVerbatim() throws Exception {
        // a Gaia file may carry any content type; the emulator's server must not read it as a form
        byte[] small = "a=1&b=2".getBytes(StandardCharsets.UTF_8);
        byte[] large = new byte[GaiaObjectStore.SMALL_OBJECT_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'x');
        for (byte[] bytes : List.of(small, large)) {
            store.put("1A/form", "application/x-www-form-urlencoded", bytes.length, oneShot(bytes),
                    new WriteCondition.Unconditional());
            GaiaObjectStore.ObjectContent read = store.get("1A/form", Optional.empty()).orElseThrow();
            try (InputStream body = read.body()) {
                assertThat(body.readAllBytes()).isEqualTo(bytes);
            }
            assertThat(read.info().contentType()).hasValue("application/x-www-form-urlencoded");
        }
    }

    @Test
    void conditionsAreEnforcedByTheWrite() throws Exception {
        String first = put("1A/cond.txt", "v1", new WriteCondition.IfAbsent());
        assertThatThrownBy(() -> put("1A/cond.txt", "again", new WriteCondition.IfAbsent()))
                .isInstanceOfSatisfying(GaiaRequestException.class, e -> assertThat(e.status()).isEqualTo(412))
                .hasMessage(WriteCondition.ALREADY_EXISTS);
        assertThatThrownBy(() -> put("1A/cond.txt", "stale", new WriteCondition.IfMatch("\"0123\"")))
                .hasMessage(WriteCondition.ETAG_MISMATCH);
        assertThatThrownBy(() -> put("1A/never.txt", "x", new WriteCondition.IfMatch(first)))
                .as("a missing file matches no ETag").hasMessage(WriteCondition.ETAG_MISMATCH);
        String bare = first.replace("\"", "");
        String second = put("1A/cond.txt", "v2", new WriteCondition.IfMatch(bare));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void largeBodiesStreamAndKeepTheirEtag() throws Exception {
        byte[] big = new byte[GaiaObjectStore.SMALL_OBJECT_BYTES * 3 + 7];
        java.util.Arrays.fill(big, (byte) 'z');
        String etag = store.put("1A/large.bin", "application/octet-stream", big.length, oneShot(big),
                new WriteCondition.IfAbsent());
        assertThat(etag).isEqualTo("\"" + java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("MD5").digest(big)) + "\"");
        try (InputStream body = store.get("1A/large.bin", Optional.empty()).orElseThrow().body()) {
            assertThat(body.readAllBytes()).isEqualTo(big);
        }
        assertThatThrownBy(() -> store.put("1A/short.bin", "text/plain", 10, oneShot(new byte[4]),
                new WriteCondition.Unconditional())).isInstanceOf(java.io.EOFException.class);
    }

    @Test
    void aLargeRefusedBodyIsA412NotAnIoError() throws Exception {
        put("1A/big.bin", "exists", new WriteCondition.Unconditional());
        byte[] big = new byte[3 * 1024 * 1024];
        assertThatThrownBy(() -> store.put("1A/big.bin", "application/octet-stream", big.length, oneShot(big),
                new WriteCondition.IfAbsent())).isInstanceOfSatisfying(GaiaRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void deletesAreConditionalOnExistence() throws Exception {
        String etag = put("1A/del.txt", "x", new WriteCondition.Unconditional());
        assertThatThrownBy(() -> store.delete("1A/del.txt", Optional.of("\"0123\"")))
                .isInstanceOfSatisfying(GaiaRequestException.class, e -> assertThat(e.status()).isEqualTo(412));
        store.delete("1A/del.txt", Optional.of(etag));
        assertThat(store.head("1A/del.txt")).isEmpty();
        assertThatThrownBy(() -> store.delete("1A/del.txt", Optional.empty()))
                .isInstanceOfSatisfying(GaiaRequestException.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessage("File does not exist");
    }

    @Test
    void copiesOnlyTheVersionThatWasSeen() throws Exception {
        String etag = put("1A/src.txt", "original", new WriteCondition.Unconditional());
        store.copy("1A/src.txt", etag, "1A/.history.1.x.src.txt");
        assertThat(store.head("1A/.history.1.x.src.txt").orElseThrow().etag()).isEqualTo(etag);
        put("1A/src.txt", "changed", new WriteCondition.Unconditional());
        assertThatThrownBy(() -> store.copy("1A/src.txt", etag, "1A/.history.2.x.src.txt"))
                .isInstanceOfSatisfying(GaiaRequestException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void listingPagesAfterAKeyWithinAPrefix() throws Exception {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            put("1L/" + name, name, new WriteCondition.Unconditional());
        }
        put("1L-auth/authTimestamp", "1", new WriteCondition.Unconditional());
        GaiaObjectStore.ListPage first = store.list("1L/", Optional.empty(), 2);
        assertThat(first.objects()).extracting(GaiaObjectStore.ObjectInfo::key).containsExactly("1L/a", "1L/b");
        assertThat(first.truncated()).isTrue();
        GaiaObjectStore.ListPage last = store.list("1L/", Optional.of("1L/c"), 5);
        assertThat(last.objects()).extracting(GaiaObjectStore.ObjectInfo::key).containsExactly("1L/d", "1L/e");
        assertThat(last.truncated()).isFalse();
        assertThat(last.objects().get(0).contentLength()).isEqualTo(1);
        assertThat(last.objects().get(0).lastModified()).isNotNull();
    }

    /** Each create is applied once and answered once: no failed-then-retried write turns into a false 412. */
    @Test
    void everyOneOfManyCreatesSucceedsOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            put("1Many/file-" + i, "file " + i, new WriteCondition.IfAbsent());
        }
        assertThat(store.list("1Many/", Optional.empty(), 1000).objects()).hasSize(200);
    }

    /** S3's If-Match is a compare-and-swap; the emulator must be one too, or the hub's tests prove nothing. */
    @Test
    void racingConditionalWritersHaveExactlyOneWinnerPerVersion() throws Exception {
        String etag = put("1A/race.txt", "start", new WriteCondition.Unconditional());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                String expected = etag;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> writers = new ArrayList<>();
                for (int writer = 0; writer < 16; writer++) {
                    String content = "round " + round + " writer " + writer;
                    writers.add(pool.submit(() -> {
                        go.await();
                        try {
                            return put("1A/race.txt", content, new WriteCondition.IfMatch(expected));
                        } catch (GaiaRequestException e) {
                            assertThat(e.status()).isEqualTo(412);
                            return null;
                        }
                    }));
                }
                go.countDown();
                List<String> winners = new ArrayList<>();
                for (Future<String> writer : writers) {
                    if (writer.get() != null) {
                        winners.add(writer.get());
                    }
                }
                assertThat(winners).as("round %d", round).hasSize(1);
                etag = winners.get(0);
                assertThat(store.head("1A/race.txt").orElseThrow().etag()).isEqualTo(etag);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
