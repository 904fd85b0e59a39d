package org.blockstack.functions.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.gaia.GaiaAuthException;
import org.blockstack.functions.core.gaia.GaiaRequestException;
import org.blockstack.functions.core.gaia.UploadLimit;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.RevocationRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Several instances of the function serving one bucket, as Lambda runs them: the function under
 * test (through HTTP) and further instances built here with their own SDK clients, sharing
 * nothing but S3 and DynamoDB.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class GaiaHubInstancesTest {
    private static final List<AutoCloseable> CLIENTS = new ArrayList<>();

    private static GaiaHub anotherInstance() {
        Map<String, String> config = LocalStackTestResource.current().config();
        AwsSettings settings = new AwsSettings(config.get(Settings.AWS_REGION),
                Optional.of(URI.create(config.get(Settings.DYNAMODB_ENDPOINT))),
                Optional.of(URI.create(config.get(Settings.S3_ENDPOINT))),
                Optional.of(new AwsSettings.StaticKeys(config.get(Settings.EMULATOR_ACCESS_KEY_ID),
                        config.get(Settings.EMULATOR_SECRET_ACCESS_KEY))));
        S3Client s3 = AwsClients.s3(settings);
        S3Client smallObjects = AwsClients.s3ForSmallObjects(settings);
        DynamoDbClient dynamoDb = AwsClients.dynamoDb(settings);
        CLIENTS.add(s3);
        CLIENTS.add(smallObjects);
        CLIENTS.add(dynamoDb);
        RevocationRepository revocations = new RevocationRepository(
                DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build(),
                new TableNames(config.get(Settings.TABLE_PREFIX)));
        return GaiaHub.over(s3, smallObjects, config.get(Settings.GAIA_BUCKET), "no-cache", revocations,
                new HubConfig("gaia-0", new UploadLimit(4), 100, Optional.empty(), Optional.empty()));
    }

    @AfterAll
    static void closeClients() throws Exception {
        for (AutoCloseable client : CLIENTS) {
            client.close();
        }
    }

    private static GaiaHub.StoreRequest write(TestKeys keys, String path, String token, byte[] body, String ifMatch) {
        return new GaiaHub.StoreRequest(keys.address, path, token, "application/octet-stream",
                OptionalLong.of(body.length), ifMatch, null, new ByteArrayInputStream(body));
    }

    @Test
    void aRevocationIsSeenAtOnceByAnotherInstance() throws Exception {
        TestKeys app = TestKeys.random();
        GaiaHub second = anotherInstance();
        Instant now = Instant.now();
        String issuedEarlier = app.bearerIssuedAt(now.minusSeconds(60));
        byte[] body = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(second.store(write(app, "before.txt", issuedEarlier, body, null)).etag()).isNotEmpty();

        given().contentType("application/json").header("Authorization", issuedEarlier)
                .body(Map.of("oldestValidTimestamp", now.getEpochSecond()))
                .post("/revoke-all/" + app.address).then().statusCode(202);

        assertThatThrownBy(() -> second.store(write(app, "after.txt", issuedEarlier, body, null)))
                .isInstanceOfSatisfying(GaiaAuthException.class,
                        e -> assertThat(e.rule()).isEqualTo(GaiaAuthException.Rule.REVOCATION));
        assertThatThrownBy(() -> second.list(app.address, issuedEarlier, Map.of()))
                .isInstanceOf(GaiaAuthException.class);

        // and the other way round: revoked through the second instance, refused through HTTP
        String later = app.bearerIssuedAt(now.plusSeconds(10));
        given().contentType("text/plain").header("Authorization", later).body("y")
                .post("/store/" + app.address + "/later.txt").then().statusCode(202);
        second.revokeAll(app.address, later, Map.of("oldestValidTimestamp", now.getEpochSecond() + 20));
        given().contentType("text/plain").header("Authorization", later).body("z")
                .post("/store/" + app.address + "/later.txt").then().statusCode(401);
    }

    /**
     * 16 writers on 4 instances race with the same If-Match: per version exactly one wins, the
     * others get 412, and the file holds the winner's whole body.
     */
    @Test
    void racingWritersOnSeveralInstancesLoseNoUpdate() throws Exception {
        TestKeys app = TestKeys.random();
        List<GaiaHub> instances = List.of(anotherInstance(), anotherInstance(), anotherInstance(), anotherInstance());
        String token = app.bearer();
        String etag = instances.get(0).store(write(app, "race.bin", token, new byte[] {0}, null)).etag();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 3; round++) {
                String expected = etag;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> writers = new ArrayList<>();
                List<byte[]> bodies = new ArrayList<>();
                for (int writer = 0; writer < 16; writer++) {
                    byte[] body = new byte[64 * 1024];
                    Arrays.fill(body, (byte) (round * 16 + writer));
                    bodies.add(body);
                    GaiaHub instance = instances.get(writer % instances.size());
                    writers.add(pool.submit(() -> {
                        go.await();
                        try {
                            return instance.store(write(app, "race.bin", token, body, expected)).etag();
                        } catch (GaiaRequestException e) {
                            assertThat(e.status()).isEqualTo(412);
                            return null;
                        }
                    }));
                }
                go.countDown();
                List<Integer> winners = new ArrayList<>();
                for (int writer = 0; writer < 16; writer++) {
                    String won = writers.get(writer).get();
                    if (won != null) {
                        winners.add(writer);
                        etag = won;
                    }
                }
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                byte[] stored;
                try (InputStream in = instances.get(0).read(app.address, "race.bin", Optional.empty())
                        .orElseThrow().body()) {
                    stored = in.readAllBytes();
                }
                assertThat(stored).as("the file is the winner's whole body").isEqualTo(bodies.get(winners.get(0)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
