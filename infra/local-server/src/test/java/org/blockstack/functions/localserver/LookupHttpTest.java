package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;

import java.util.List;

import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What every read API answer shares (read-api §3): CORS, caching headers derived from the last
 * processed block with {@code If-None-Match} answered 304, path and query rules, timing, and
 * JSON errors with the right 4xx for any input, never a 500.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupHttpTest {
    private int tip;

    @BeforeEach
    void synced() {
        tip = DemoIndex.awaitSynced();
    }

    @Test
    void anEtagFromTheLastBlockIsAnsweredNotModified() {
        Response first = given().get("/v1/names/alice.demo");
        String etag = first.header("ETag");
        assertThat(etag).matches("\"" + tip + "-[0-9a-f]{20}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=300");
        given().header("If-None-Match", etag).get("/v1/names/alice.demo").then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").get("/v1/names/alice.demo").then().statusCode(304);
        given().header("If-None-Match", "\"" + tip + "-00000000000000000000\"").get("/v1/names/alice.demo").then()
                .statusCode(200);
        given().get("/v1/names/bob.demo").then().header("ETag", not(etag));
    }

    @Test
    void cacheLifetimesFollowWhatChangesWhen() {
        given().get("/v1/info").then().header("Cache-Control", "public, max-age=30");
        given().get("/v1/node/ping").then().header("Cache-Control", "public, max-age=30");
        given().get("/v1/blockchains/bitcoin/consensus").then().header("Cache-Control", "public, max-age=30");
        given().get("/v1/names?page=0").then().header("Cache-Control", "public, max-age=1800");
        given().get("/v1/names/nobody.demo").then().statusCode(404).header("Cache-Control", "public, max-age=30");
        given().get("/v1/users/alice.demo").then().header("Cache-Control", "public, max-age=43200");
    }

    @Test
    void everyAnswerIsReadableFromAnyOriginAndPreflightsSucceed() {
        given().get("/v1/names/alice.demo").then().header("Access-Control-Allow-Origin", "*");
        given().get("/v1/names/Bad").then().statusCode(400).header("Access-Control-Allow-Origin", "*");
        for (String path : List.of("/v1/names/alice.demo", "/v2/prices/names/x.y", "/stacks/v1/names", "/v1/anything")) {
            given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "GET")
                    .options(path).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", "GET, PUT, POST, DELETE")
                    .header("Access-Control-Allow-Headers", "content-type, authorization, range")
                    .header("Access-Control-Expose-Headers", "content-length, content-range")
                    .header("Access-Control-Max-Age", "21600");
        }
    }

    @Test
    void pathsAndQueriesAreReadAsCoreReadThem() {
        given().get("/v1/names/alice.demo/").then().statusCode(200);
        given().urlEncodingEnabled(false).get("//v1//names///alice.demo").then().statusCode(200);
        given().get("/v1/names?page=0&page=1").then().statusCode(400)
                .body("error", equalTo("query parameter 'page' is given more than once; give each parameter at most once"));
        given().get("/v1/names/alice.demo?unanchored=true").then().statusCode(200);
        given().get("/v1/no/such/thing").then().statusCode(404).body("error", equalTo("No such endpoint"));
        given().get("/v1/names_count").then().statusCode(404).body("error", equalTo("No such endpoint"));
        given().contentType("application/json").body("{}").post("/v1/names/alice.demo").then().statusCode(405)
                .contentType("application/json");
    }

    @Test
    void answersSayHowLongTheFunctionAndTheStoresTook() {
        given().get("/v1/names/carol.demo").then().statusCode(200)
                .header("Server-Timing", matchesPattern("handler;dur=[0-9]+\\.[0-9]{3}, store;dur=[0-9]+\\.[0-9]{3}"));
    }

    /** Input no name, page or path should hold: a JSON 4xx naming the problem, never a 500. */
    @Test
    void badInputGetsAJson4xx() {
        List<String> paths = List.of(
                "/v1/names/ALICE.DEMO", "/v1/names/%C3%A9l%C3%A8ve.demo", "/v1/names/%F0%9F%98%80.demo",
                "/v1/names/" + "a".repeat(40) + ".demo", "/v1/names/" + "a".repeat(300) + ".demo",
                "/v1/names/..%2F..%2Fetc%2Fpasswd", "/v1/names/..%2f..%2fv1%2finfo", "/v1/names/%2e%2e",
                "/v1/names/alice.demo%00", "/v1/names/%25", "/v1/names/alice.demo/history?page=-1",
                "/v1/names/alice.demo/history?page=99999999999999999999", "/v1/names?page=-5",
                "/v1/names?page=1e9", "/v1/namespaces/%2e%2e", "/v1/namespaces/demo/names?page=%00",
                "/v1/addresses/bitcoin/%2e%2e", "/v1/prices/names/..", "/v1/prices/namespaces/%00",
                "/v1/users/%2e%2e%2f", "/v1/dids/..", "/v1/blockchains/bitcoin/names/%00",
                "/v1/blockchains/%2e%2e/consensus", "/v1/zonefiles/..", "/stacks/v1/names/%2e%2e%2f",
                "/stacks/v1/names?page=-1", "/stacks/v1/addresses/%00/x", "/stacks/v2/prices/names/%2e");
        for (String path : paths) {
            Response response = given().urlEncodingEnabled(false).get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(response.contentType()).as(path).startsWith("application/json");
            assertThat(response.jsonPath().getMap("")).as(path).isNotEmpty();
        }
        given().urlEncodingEnabled(false).get("/v1/names/../../etc/passwd").then()
                .statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                        .and(org.hamcrest.Matchers.lessThan(500)));
    }
}
