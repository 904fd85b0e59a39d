package org.blockstack.functions.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every status code of the hub (gaia-hub §2.3) through the Lambda binding: REST Assured requests
 * become API Gateway events, and the answers are checked as clients read them.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class StorageHubTest {
    private final TestKeys app = TestKeys.random();

    private Response store(String path, String token, String body, String... headers) {
        var request = given().contentType("text/plain").body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.post("/store/" + app.address + "/" + path);
    }

    @Test
    void aStoreIs202AndTheReadSideServesTheSameBytesAndEtag() {
        Response stored = store("docs/note.txt", app.bearer(), "hello");
        stored.then().statusCode(202)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body("publicURL", endsWith("/hub/" + app.address + "/docs/note.txt"))
                .body("etag", equalTo("\"5d41402abc4b2a76b9719d911017c592\""));
        String publicUrl = stored.path("publicURL");
        given().get(publicUrl).then().statusCode(200)
                .header("Content-Type", startsWith("text/plain"))
                .header("ETag", equalTo(stored.<String>path("etag")))
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", not(emptyString()))
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .body(equalTo("hello"));
        given().head(publicUrl).then().statusCode(200)
                .header("ETag", equalTo(stored.<String>path("etag")))
                .header("Content-Length", "5");
        given().header("If-None-Match", stored.<String>path("etag")).get(publicUrl).then().statusCode(304);
    }

    @Test
    void missingFilesAre404OnTheReadSide() {
        given().get("/hub/" + app.address + "/nothing.txt").then().statusCode(404)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body("error", equalTo("DoesNotExist"));
        given().head("/hub/" + app.address + "/nothing.txt").then().statusCode(404);
    }

    @Test
    void pathsAreDecodedAsAWholeAndStoredWithoutTheirTrailingSlash() {
        given().urlEncodingEnabled(false).contentType("text/plain").body("x").header("Authorization", app.bearer())
                .post("/store/" + app.address + "/a%20b%2Fc.txt/").then().statusCode(202)
                .body("publicURL", endsWith("/" + app.address + "/a b/c.txt"));
        given().get("/hub/" + app.address + "/a b/c.txt").then().statusCode(200).body(equalTo("x"));
    }

    @Test
    void aBodyWithoutContentTypeIsStoredAsOctetStream() {
        given().header("Authorization", app.bearer()).body(new byte[] {1, 2, 3})
                .post("/store/" + app.address + "/raw.bin").then().statusCode(202);
        given().get("/hub/" + app.address + "/raw.bin").then().statusCode(200)
                .header("Content-Type", startsWith("application/"));
    }

    @Test
    void authenticationFailuresAre401WithAValidationError() {
        store("x.txt", null, "x").then().statusCode(401)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body("message", equalTo("Failed to parse authentication header."))
                .body("error", equalTo("ValidationError"));
        store("x.txt", TestKeys.random().bearer(), "x").then().statusCode(401)
                .body("message", equalTo("Address not allowed to write on this path"));
        given().get("/hub/" + app.address + "/x.txt").then().statusCode(404);
    }

    @Test
    void preconditionsAre412() {
        String etag = store("p.txt", app.bearer(), "v1", "If-None-Match", "*").then().statusCode(202)
                .extract().path("etag");
        store("p.txt", app.bearer(), "again", "If-None-Match", "*").then().statusCode(412)
                .body("message", equalTo("The entity you are trying to create already exists"))
                .body("error", equalTo("PreconditionFailedError"));
        store("p.txt", app.bearer(), "stale", "If-Match", "\"0123\"").then().statusCode(412)
                .body("message", equalTo("The provided ETag does not match that of the resource on the server"));
        store("p.txt", app.bearer(), "both", "If-Match", etag, "If-None-Match", "*").then().statusCode(412)
                .body("message", equalTo("Request should not contain both if-match and if-none-match headers"));
        store("p.txt", app.bearer(), "misuse", "If-None-Match", etag).then().statusCode(412);
        store("q.txt", app.bearer(), "missing", "If-Match", etag).then().statusCode(412);
        store("p.txt", app.bearer(), "v2", "If-Match", etag.replace("\"", "")).then().statusCode(202);
        given().get("/hub/" + app.address + "/p.txt").then().body(equalTo("v2"));
    }

    @Test
    void badPathsAre403() {
        store("a..b.txt", app.bearer(), "x").then().statusCode(403)
                .body("message", equalTo("Invalid Path"))
                .body("error", equalTo("BadPathError"));
        given().urlEncodingEnabled(false).contentType("text/plain").body("x").header("Authorization", app.bearer())
                .post("/store/" + app.address + "/%2e%2e%2Fescape.txt").then().statusCode(403);
    }

    @Test
    void oversizedUploadsAre413WithoutBeingStored() {
        float megabytes = given().get("/hub_info").then().extract().path("max_file_upload_size_megabytes");
        byte[] oneByteOver = new byte[(int) (megabytes * 1024 * 1024) + 1];
        given().header("Authorization", app.bearer()).contentType("application/octet-stream").body(oneByteOver)
                .post("/store/" + app.address + "/big.bin").then().statusCode(413)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body("error", equalTo("PayloadTooLargeError"));
        given().get("/hub/" + app.address + "/big.bin").then().statusCode(404);
    }

    @Test
    void overlongContentTypesAre400() {
        given().header("Authorization", app.bearer()).contentType("text/plain; x=" + "a".repeat(1100)).body("x")
                .post("/store/" + app.address + "/ct.txt").then().statusCode(400)
                .body("error", equalTo("InvalidInputError"));
    }

    @Test
    void deletesAre202ThenDoesNotExist() {
        String etag = store("gone.txt", app.bearer(), "x").then().extract().path("etag");
        given().header("Authorization", app.bearer()).header("If-Match", "\"0123\"")
                .delete("/delete/" + app.address + "/gone.txt").then().statusCode(412);
        given().header("Authorization", app.bearer()).header("If-Match", etag)
                .delete("/delete/" + app.address + "/gone.txt").then().statusCode(202)
                .header("Access-Control-Allow-Origin", "*")
                .body(emptyString());
        given().header("Authorization", app.bearer()).delete("/delete/" + app.address + "/gone.txt").then()
                .statusCode(404)
                .body("message", equalTo("File does not exist"))
                .body("error", equalTo("DoesNotExist"));
        given().header("Authorization", TestKeys.random().bearer()).delete("/delete/" + app.address + "/gone.txt")
                .then().statusCode(401);
    }

    @Test
    void listingsPageWithStatEntries() {
        store("l/one.txt", app.bearer(), "1");
        store("l/two.txt", app.bearer(), "22");
        given().contentType("application/json").header("Authorization", app.bearer()).body(Map.of())
                .post("/list-files/" + app.address).then().statusCode(202)
                .body("entries", equalTo(List.of("l/one.txt", "l/two.txt")))
                .body("page", nullValue());
        long modified = given().contentType("application/json").header("Authorization", app.bearer())
                .body(Map.of("page", "l/one.txt", "stat", true))
                .post("/list-files/" + app.address + "/").then().statusCode(202)
                .body("entries[0].name", equalTo("l/two.txt"))
                .body("entries[0].contentLength", equalTo(2))
                .body("entries[0].etag", startsWith("\""))
                .body("entries", org.hamcrest.Matchers.hasSize(1))
                .extract().<Number>path("entries[0].lastModifiedDate").longValue();
        assertThat(modified).as("seconds").isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        given().contentType("application/json").header("Authorization", TestKeys.random().bearer()).body(Map.of())
                .post("/list-files/" + app.address).then().statusCode(401);
        given().contentType("application/json").header("Authorization", app.bearer()).body("{\"page\":" + "1".repeat(5000) + "}")
                .post("/list-files/" + app.address).then().statusCode(400).body("message", equalTo("Invalid JSON: too long"));
    }

    @Test
    void revokeAllLocksOutOlderTokensAndIsNeverListed() {
        Instant now = Instant.now();
        String old = app.bearerIssuedAt(now.minusSeconds(3600));
        store("r.txt", old, "before").then().statusCode(202);
        given().contentType("application/json").header("Authorization", app.bearer()).body(Map.of())
                .post("/revoke-all/" + app.address).then().statusCode(400)
                .body("message", equalTo("Invalid JSON: missing oldestValidTimestamp"));
        given().contentType("application/json").header("Authorization", app.bearer())
                .body(Map.of("oldestValidTimestamp", "abc"))
                .post("/revoke-all/" + app.address).then().statusCode(400)
                .body("message", equalTo("Invalid JSON: oldestValidTimestamp is not a valid integer"));
        given().contentType("application/json").header("Authorization", TestKeys.random().bearer())
                .body(Map.of("oldestValidTimestamp", now.getEpochSecond()))
                .post("/revoke-all/" + app.address).then().statusCode(401);
        given().contentType("application/json").header("Authorization", old)
                .body(Map.of("oldestValidTimestamp", now.getEpochSecond()))
                .post("/revoke-all/" + app.address).then().statusCode(202).body("status", equalTo("success"));

        store("r.txt", old, "after").then().statusCode(401).body("error", equalTo("AuthTokenTimestampValidationError"));
        store("r.txt", app.bearer(), "after").then().statusCode(401)
                .body("message", containsString("has no creation timestamp"));
        String fresh = app.bearerIssuedAt(now.plusSeconds(1));
        store("r.txt", fresh, "after").then().statusCode(202);
        given().contentType("application/json").header("Authorization", fresh).body(Map.of())
                .post("/list-files/" + app.address).then().statusCode(202)
                .body("entries", equalTo(List.of("r.txt")));
        // the reference hub's revocation file is kept for data compatibility, outside the bucket's prefix
        given().get("/hub/" + app.address + "-auth/authTimestamp").then().statusCode(200)
                .body(equalTo(Long.toString(now.getEpochSecond())));
    }

    @Test
    void preflightsAllowTheHeadersCurrentClientsSend() {
        for (String path : List.of("/store/" + app.address + "/x.txt", "/hub_info", "/hub/" + app.address + "/x.txt",
                "/list-files/" + app.address, "/revoke-all/" + app.address, "/delete/" + app.address + "/x.txt")) {
            Response preflight = given().header("Origin", "https://app.example.com")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type,if-match,x-hiro-product,x-custom")
                    .options(path);
            preflight.then().statusCode(204)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Max-Age", "86400");
            // the mock event server splits comma-separated values into header lines; browsers join them again
            assertThat(headerList(preflight, "Access-Control-Allow-Methods"))
                    .containsExactly("DELETE", "POST", "GET", "OPTIONS", "HEAD");
            assertThat(headerList(preflight, "Access-Control-Allow-Headers")).as(path)
                    .contains("Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Hiro-Product", "x-custom");
        }
    }

    private static List<String> headerList(Response response, String name) {
        return response.headers().getValues(name).stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).toList();
    }

    @Test
    void archivalScopesKeepEveryOverwrittenVersion() {
        String archival = app.bearerWithScopes(List.of(Map.of("scope", "putFileArchivalPrefix", "domain", "arch/")));
        String first = store("arch/f.txt", archival, "one").then().statusCode(202).extract().path("etag");
        store("arch/f.txt", archival, "two", "If-Match", first).then().statusCode(202);
        store("notarch.txt", archival, "x").then().statusCode(401)
                .body("message", equalTo("Address " + app.address + " not authorized to modify notarch.txt by scopes"));
        given().header("Authorization", archival).delete("/delete/" + app.address + "/arch/f.txt").then().statusCode(202);

        List<String> all = given().contentType("application/json").header("Authorization", app.bearer()).body(Map.of())
                .post("/list-files/" + app.address).then().statusCode(202).extract().path("entries");
        assertThat(all).hasSize(2).allMatch(name -> name.startsWith("arch/.history."));
        List<String> history = all.stream().sorted().toList();
        given().get("/hub/" + app.address + "/" + history.get(0)).then().body(equalTo("one"));
        given().get("/hub/" + app.address + "/" + history.get(1)).then().body(equalTo("two"));
        given().contentType("application/json").header("Authorization", archival).body(Map.of())
                .post("/list-files/" + app.address).then().statusCode(202)
                .body("entries", not(hasItem(startsWith("arch/.history."))));
    }

    @Test
    void unknownRoutesAndAddressesAre404() {
        given().contentType("text/plain").body("x").post("/store/not-an-address/x.txt").then().statusCode(404)
                .contentType("application/json");
    }
}
