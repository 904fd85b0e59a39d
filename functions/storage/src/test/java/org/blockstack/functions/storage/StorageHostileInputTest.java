package org.blockstack.functions.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Requests a careless client or an attacker sends (review QA-1 … QA-6 in docs/decisions.md):
 * each gets the hub's JSON answer with the right status, never a 500, and stores or deletes
 * nothing it should not.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class StorageHostileInputTest {
    private final TestKeys app = TestKeys.random();

    private RequestSpecification authorized() {
        return given().urlEncodingEnabled(false).header("Authorization", app.bearer());
    }

    @Test
    void readsOfPathsNoWriteCouldStoreAre404NotAStorageError() {
        for (String path : new String[] {"..%2F..%2Fx", "a%00b", "tab%09", "x".repeat(1100)}) {
            given().urlEncodingEnabled(false).get("/hub/" + app.address + "/" + path).then()
                    .statusCode(404)
                    .contentType("application/json")
                    .header("Access-Control-Allow-Origin", "*")
                    .body("error", equalTo("DoesNotExist"));
            given().urlEncodingEnabled(false).head("/hub/" + app.address + "/" + path).then().statusCode(404);
        }
    }

    @Test
    void deleteWithIfMatchStarDeletesAnExistingFile() {
        authorized().contentType("text/plain").body("x").post("/store/" + app.address + "/star.txt")
                .then().statusCode(202);
        authorized().header("If-Match", "*").delete("/delete/" + app.address + "/star.txt").then().statusCode(202);
        given().get("/hub/" + app.address + "/star.txt").then().statusCode(404);
        authorized().header("If-Match", "*").delete("/delete/" + app.address + "/star.txt").then().statusCode(404)
                .body("error", equalTo("DoesNotExist"));
    }

    @Test
    void contentTypesS3CannotCarryAre400AndNothingIsStored() {
        // Latin-1 bytes in a header, as a client may send them; S3 would refuse the signed request
        authorized().header("Content-Type", "text/caf\u00e9").body(new byte[] {'x'})
                .post("/store/" + app.address + "/latin.txt").then()
                .statusCode(400)
                .contentType("application/json")
                .body("error", equalTo("InvalidInputError"))
                .body("message", equalTo("Invalid content-type: only printable ASCII characters are allowed"));
        given().get("/hub/" + app.address + "/latin.txt").then().statusCode(404);
    }

    @Test
    void contentTypesThatAreNoMediaTypeAre400NamingTheType() {
        for (String type : new String[] {"foo", "/"}) {
            authorized().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                    .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .header("Content-Type", type).body(new byte[] {'x'})
                    .post("/store/" + app.address + "/typed.txt").then()
                    .statusCode(400)
                    .contentType("application/json")
                    .header("Access-Control-Allow-Origin", "*")
                    .body("error", equalTo("InvalidInputError"))
                    .body("message", equalTo("Invalid content-type: '" + type
                            + "' is not a media type (type/subtype, e.g. text/plain)"));
        }
        given().get("/hub/" + app.address + "/typed.txt").then().statusCode(404);
    }

    @Test
    void pageTokensNoListingCouldEndOnAre400() {
        authorized().contentType("text/plain").body("x").post("/store/" + app.address + "/listed.txt")
                .then().statusCode(202);
        for (String page : new String[] {"\\u0000", "a\\u0001b", "x".repeat(1100)}) {
            authorized().contentType("application/json").body("{\"page\":\"" + page + "\"}")
                    .post("/list-files/" + app.address).then()
                    .statusCode(400)
                    .contentType("application/json")
                    .body("message", equalTo("Invalid page token: not the name of a file this hub can hold"));
        }
        authorized().contentType("application/json").body("{\"page\":\"listed.txs\"}")
                .post("/list-files/" + app.address).then().statusCode(202).body("entries", equalTo(java.util.List.of(
                        "listed.txt")));
    }

    @Test
    void jsonBodiesWithTrailingTextAre400() {
        authorized().contentType("application/json").body("{\"page\":null} and more")
                .post("/list-files/" + app.address).then().statusCode(400).contentType("application/json");
        authorized().contentType("application/json").body("{\"oldestValidTimestamp\":1} {}")
                .post("/revoke-all/" + app.address).then().statusCode(400).contentType("application/json");
        // the bucket was not revoked: the same token without iat still lists
        authorized().contentType("application/json").body("{}")
                .post("/list-files/" + app.address).then().statusCode(202);
    }

    @Test
    void aRevocationTimestampBeyondDoubleRangeIs400() {
        authorized().contentType("application/json").body("{\"oldestValidTimestamp\":1e400}")
                .post("/revoke-all/" + app.address).then()
                .statusCode(400)
                .contentType("application/json")
                .body("message", equalTo("Invalid JSON: oldestValidTimestamp is not a valid integer"));
    }

    @Test
    void aLegacyTokenHoldingJsonNullIs401() {
        given().header("Authorization", "bearer bnVsbA==").contentType("text/plain").body("x")
                .post("/store/" + app.address + "/legacy.txt").then()
                .statusCode(401)
                .contentType("application/json")
                .body("error", equalTo("ValidationError"))
                .body("message", equalTo("Failed to parse authentication header."));
    }
}
