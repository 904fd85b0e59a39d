package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code POST /v1/zonefile} (read-api §5.9): a zone file is stored only when some name had its
 * hash on chain, storing it again succeeds, and every malformed or oversized request is a 400 that
 * stores nothing.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ZonefilePublishTest {
    @TestHTTPResource("/")
    URL base;

    private DemoChain demo;
    private S3Client s3;
    private String bucket;

    @BeforeEach
    void setUp() {
        DemoIndex.awaitSynced();
        demo = DemoIndex.demo();
        Map<String, String> config = LocalStackTestResource.current().config();
        s3 = AwsClients.s3(new AwsSettings(Settings.DEFAULT_REGION, Optional.empty(),
                Optional.of(URI.create(config.get(Settings.S3_ENDPOINT))),
                Optional.of(new AwsSettings.StaticKeys(config.get(Settings.EMULATOR_ACCESS_KEY_ID),
                        config.get(Settings.EMULATOR_SECRET_ACCESS_KEY)))));
        bucket = config.get(Settings.ZONEFILE_BUCKET);
    }

    @AfterEach
    void close() {
        s3.close();
    }

    private Set<String> storedKeys() {
        Set<String> keys = new TreeSet<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).forEach(keys::add);
        return keys;
    }

    private Optional<String> stored(String hash) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(hash)).asUtf8String());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        }
    }

    private Map.Entry<String, String> announced(String name) {
        String hash = given().get("/v1/names/" + name).then().statusCode(200).extract().path("zonefile_hash");
        return Map.entry(hash, demo.announcedZonefiles().get(hash));
    }

    @Test
    void anAnnouncedZoneFileIsStoredAndServedByHash() {
        Map.Entry<String, String> leo = announced("leo.demo");
        s3.deleteObject(b -> b.bucket(bucket).key(leo.getKey()));
        assertThat(stored(leo.getKey())).isEmpty();

        String servers = base.toString().replaceAll("/$", "");
        given().contentType("application/json").body(Map.of("zonefile", leo.getValue())).post("/v1/zonefile").then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("", equalTo(Map.of("status", true, "servers", List.of(servers))));
        assertThat(stored(leo.getKey())).contains(leo.getValue());
        byte[] served = given().get("/v1/zonefiles/" + leo.getKey()).then().statusCode(200)
                .contentType("application/octet-stream").header("Cache-Control", startsWith("public, max-age=31536000"))
                .extract().asByteArray();
        assertThat(new String(served, StandardCharsets.UTF_8)).isEqualTo(leo.getValue());
    }

    @Test
    void storingAgainSucceedsInEitherFormAndWithATrailingSlash() {
        Map.Entry<String, String> alice = announced("alice.demo");
        Set<String> before = storedKeys();
        given().contentType("application/json; charset=utf-8").body(Map.of("zonefile", alice.getValue()))
                .post("/v1/zonefile/").then().statusCode(200).body("status", equalTo(true));
        String base64 = Base64.getEncoder().encodeToString(alice.getValue().getBytes(StandardCharsets.UTF_8));
        given().contentType("application/json").body(Map.of("zonefile_b64", base64)).post("/v1/zonefile").then()
                .statusCode(200).body("status", equalTo(true));
        given().contentType("application/json").body(Map.of("zonefile", alice.getValue()))
                .post("/stacks/v1/zonefile").then().statusCode(200);
        assertThat(storedKeys()).isEqualTo(before);
    }

    @Test
    void aZoneFileNoNameAnnouncedIsNotStored() {
        Set<String> before = storedKeys();
        List<String> neverAnnounced = demo.zonefiles().keySet().stream()
                .filter(hash -> !demo.announcedZonefiles().containsKey(hash)).toList();
        assertThat(neverAnnounced).as("mallory's rejected operations wrote zone files").isNotEmpty();
        for (String hash : neverAnnounced) {
            given().contentType("application/json").body(Map.of("zonefile", demo.zonefiles().get(hash)))
                    .post("/v1/zonefile").then().statusCode(400)
                    .body("error", startsWith("Blockstack node did not save the zone file"));
        }
        given().contentType("application/json").body(Map.of("zonefile", "$ORIGIN made.up\n$TTL 3600\n"))
                .post("/v1/zonefile").then().statusCode(400)
                .body("error", startsWith("Blockstack node did not save the zone file"));
        assertThat(storedKeys()).isEqualTo(before);
    }

    @Test
    void malformedRequestsAreRefusedWithTheReason() {
        Set<String> before = storedKeys();
        String zonefile = announced("alice.demo").getValue();
        Map<Object, String> bodies = Map.of(
                "not json", "not JSON",
                "[1, 2]", "JSON object",
                "{}", "zonefile (text) or zonefile_b64",
                "{\"zonefile\": 5}", "zonefile must be a string",
                "{\"zonefile\": \"\", \"zonefile_b64\": \"\"}", "zonefile (text) or zonefile_b64",
                "{\"zonefile_b64\": \"not base64!\"}", "padded base64",
                "{\"zonefile_b64\": \"QUJD\\n\"}", "padded base64",
                "{\"zonefile\": \"" + "x".repeat(40_961) + "\"}", "the most is 40960");
        bodies.forEach((body, reason) -> given().contentType("application/json").body(body.toString())
                .post("/v1/zonefile").then().statusCode(400)
                .body("error", startsWith("Invalid request"))
                .body("error", org.hamcrest.Matchers.containsString(reason)));
        given().contentType("text/plain").body(Map.of("zonefile", zonefile).toString()).post("/v1/zonefile").then()
                .statusCode(400).body("error", startsWith("Invalid request: Content-Type must be application/json"));
        given().body("{\"zonefile\": \"x\"}").post("/v1/zonefile").then().statusCode(400);
        assertThat(storedKeys()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteBodyIsRefusedBeforeItIsRead() throws Exception {
        Set<String> before = storedKeys();
        byte[] tenMegabytes = ("{\"zonefile\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        given().contentType("application/json").body(tenMegabytes).post("/v1/zonefile").then()
                .statusCode(400)
                .header("Connection", "close")
                .body("error", startsWith("Invalid request: the body is " + tenMegabytes.length + " bytes"));
        // without a declared length (chunked), the body is cut off once it passes the limit
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI()
                        .resolve("/v1/zonefile"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tenMegabytes)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(400);
        assertThat(chunked.body()).contains("Invalid request: the body is larger than");
        assertThat(storedKeys()).isEqualTo(before);
    }
}
