package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blockstack.functions.core.gaia.GaiaChallenge;
import org.blockstack.functions.core.gaia.GaiaKeys;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.TestTokens;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** All four functions on one base URL, as the README's run command serves them. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LocalServerTest {
    @Test
    void theSyncTimerIndexesTheChainUpToItsConfirmedTip() throws Exception {
        RegtestChain chain = LocalStackTestResource.current().bitcoin().orElseThrow().chain();
        int confirmedTip = chain.tipHeight() - 6 + 1;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int processed = -1;
        while (System.nanoTime() < deadline && processed < confirmedTip) {
            processed = given().get("/v1/info").then().statusCode(200).extract().path("last_block_processed");
            Thread.sleep(250);
        }
        given().get("/v1/info").then()
                .body("last_block_processed", equalTo(confirmedTip))
                .body("last_block_processed_hash", equalTo(chain.blockAt(confirmedTip).orElseThrow().getHashAsString()));
    }

    @Test
    void syncRunsOnRequest() {
        given().post("/sync").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void verifyRouteJudgesTokensAndRefusesMalformedBodies() {
        Es256kSigner key = TestTokens.idKey();
        String token = key.sign(TestTokens.authResponseClaims(key));
        given().contentType("application/json").body(Map.of("token", token)).post("/v1/tokens/verify").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("type", equalTo("authResponse"));
        given().contentType("application/json").body("not json").post("/v1/tokens/verify").then()
                .statusCode(400)
                .contentType("application/json")
                .body("error", containsString("not valid JSON"));
        given().contentType("text/plain").body("{\"token\":\"" + token + "\"}").post("/v1/tokens/verify").then()
                .statusCode(415)
                .contentType("application/json")
                .body("error", containsString("expects application/json"));
    }

    @Test
    void browsersMayPostToTheVerifyRouteFromAnyOrigin() {
        given().header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/v1/tokens/verify").then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", equalTo("*"));
    }

    /**
     * 16 HTTP writers race with the same If-Match on one file, through the main job's HTTP
     * server: per version exactly one wins and the others get 412; the file is the winner's body.
     */
    @Test
    void racingWritersOverHttpLoseNoUpdate() throws Exception {
        Es256kSigner app = new Es256kSigner("7c".repeat(32));
        String address = GaiaKeys.bucketAddress(app.publicKeyHex());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("gaiaChallenge", GaiaChallenge.current("gaia-0"));
        claims.put("iss", app.publicKeyHex());
        String token = "bearer v1:" + app.sign(claims);
        String url = "http://localhost:" + RestAssured.port + "/store/" + address + "/race.txt";
        // one connection per writer, as browsers and Node send over plain http (see decision IN-… on the S3 guard)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String etag = given().header("Authorization", token).contentType("text/plain").body("start")
                .post("/store/" + address + "/race.txt").then().statusCode(202).extract().path("etag");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 3; round++) {
                String expected = etag;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> writers = new ArrayList<>();
                for (int writer = 0; writer < 16; writer++) {
                    String body = ("round " + round + " writer " + writer + " ").repeat(2000);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                            .header("Content-Type", "text/plain").header("If-Match", expected)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    writers.add(pool.submit(() -> {
                        go.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    }));
                }
                go.countDown();
                List<Integer> winners = new ArrayList<>();
                for (int writer = 0; writer < 16; writer++) {
                    HttpResponse<String> answer = writers.get(writer).get();
                    assertThat(answer.statusCode()).as(answer.body()).isIn(202, 412);
                    if (answer.statusCode() == 202) {
                        winners.add(writer);
                        etag = JsonPath.from(answer.body()).getString("etag");
                    }
                }
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                given().get("/hub/" + address + "/race.txt").then().statusCode(200)
                        .header("ETag", etag)
                        .body(equalTo(("round " + round + " writer " + winners.get(0) + " ").repeat(2000)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hubInfoAndLookupShareTheBaseUrl() {
        given().get("/hub_info").then().statusCode(200).body("read_url_prefix", endsWith("/hub/"));
        given().get("/v1/node/ping").then().statusCode(200).body("status", equalTo("alive"));
        given().get("/v1/nothing-here").then().statusCode(404).body("error", equalTo("No such endpoint"));
    }
}
