package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code /v1/users/{name}} (the Core gateway's profile resolution, read-api §11.1, §12.4) and
 * {@code /v1/dids/{did}} (§11.2) over the demo chain, whose zone files point at profiles the local
 * stack published in the Gaia bucket.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupProfilesTest {
    private DemoChain demo;

    @BeforeEach
    void synced() {
        DemoIndex.awaitSynced();
        demo = DemoIndex.demo();
    }

    @Test
    void aNamesProfileIsItsOwnersVerifiedToken() {
        JsonPath users = given().get("/v1/users/alice.demo").then().statusCode(200)
                .header("Cache-Control", "public, max-age=43200").extract().jsonPath();
        assertThat(users.getMap("")).containsOnlyKeys("alice.demo");
        assertThat(users.getMap("'alice.demo'")).containsOnlyKeys("owner_address", "public_key", "profile",
                "verifications", "zone_file");
        assertThat(users.getString("'alice.demo'.owner_address")).isEqualTo(demo.addressOf("alice"));
        assertThat(users.getString("'alice.demo'.profile.name")).isEqualTo("Alice (demo)");
        assertThat(users.getString("'alice.demo'.profile.'@type'")).isEqualTo("Person");
        String publicKey = users.getString("'alice.demo'.public_key");
        assertThat(publicKey).isEqualTo(new Es256kSigner(demo.privateKeyOf("alice")).publicKeyHex());
        assertThat(Hashes.hash160(java.util.HexFormat.of().parseHex(publicKey)))
                .isEqualTo(OwnerAddress.fromBase58(demo.addressOf("alice")).orElseThrow().hash160());
        assertThat(users.getList("'alice.demo'.verifications")).containsExactly("No verifications for non-id namespaces.");
        assertThat(users.getString("'alice.demo'.zone_file.'$origin'")).isEqualTo("alice.demo");
        assertThat(users.getInt("'alice.demo'.zone_file.'$ttl'")).isEqualTo(3600);
        assertThat(users.getString("'alice.demo'.zone_file.uri[0].name")).isEqualTo("_http._tcp");
        assertThat(users.getString("'alice.demo'.zone_file.uri[0].target"))
                .isEqualTo(demo.profileUrlPrefix() + demo.addressOf("alice") + "/profile.json");
        given().get("/v2/users/alice.demo").then().statusCode(200).body("'alice.demo'.profile.name", equalTo("Alice (demo)"));
        given().get("/v1/users/ALICE.demo").then().statusCode(200)
                .body("'ALICE.demo'.profile.name", equalTo("Alice (demo)"));
    }

    @Test
    void aProfileSignedByAnotherKeyThanTheOwnersIsNotTheNamesProfile() {
        // ivan.demo went to bob; its zone file still points at alice's profile
        given().get("/v1/users/ivan.demo").then().statusCode(404)
                .body("", equalTo(Map.of("ivan.demo", Map.of("error", "No profile found for this name"))));
    }

    @Test
    void namesWithoutAProfileSayWhy() {
        given().get("/v1/users/nobody.demo").then().statusCode(404)
                .body("'nobody.demo'.error", equalTo("Failed to get name record: Not found."));
        given().get("/v1/users/soon.tmp").then().statusCode(404)
                .body("'soon.tmp'.error", equalTo("Failed to get name record: Name expired"));
        given().get("/v1/users/revoked.demo").then().statusCode(404)
                .body("'revoked.demo'.error", equalTo("No zone file hash in name record for revoked.demo"));
        given().get("/v1/users/judy.demo").then().statusCode(404)
                .body("'judy.demo'.error", equalTo("No zone file hash in name record for judy.demo"));
        given().get("/v1/users/alice").then().statusCode(404)
                .body("alice.error", equalTo("Failed to get name record: Not found."));
        given().get("/v1/users/bad!name.demo").then().statusCode(400)
                .body("'bad!name.demo'.error", equalTo("Invalid name"));
        given().get("/v1/users/alice.demo,bob.demo").then().statusCode(401)
                .body("", equalTo(Map.of("error", "Multiple username queries are no longer supported.")));
    }

    @Test
    void aDidResolvesToItsNamesProfileDocument() {
        String did = given().get("/v1/names/alice.demo").then().extract().path("did");
        JsonPath resolved = given().get("/v1/dids/" + did).then().statusCode(200).extract().jsonPath();
        String key = new Es256kSigner(demo.privateKeyOf("alice")).publicKeyHex();
        assertThat(resolved.getString("public_key")).isEqualTo(key);
        assertThat(resolved.getString("document.'@context'")).isEqualTo("https://w3id.org/did/v1");
        assertThat(resolved.getString("document.name")).isEqualTo("Alice (demo)");
        assertThat(resolved.getList("document.publicKey")).containsExactly(Map.of("id", did, "type", "secp256k1",
                "publicKeyHex", key));
        String revoked = given().get("/v1/names/revoked.demo").then().extract().path("did");
        given().get("/v1/dids/" + revoked).then().statusCode(404);
        given().get("/v1/dids/did:stack:v0:" + demo.addressOf("alice") + "-99").then().statusCode(404);
        for (String bad : List.of("did:stack:v0:nothing-0", "did:btc-addr:" + demo.addressOf("alice"), "x")) {
            given().get("/v1/dids/" + bad).then().statusCode(400).body("error", equalTo("Invalid DID"));
        }
    }
}
