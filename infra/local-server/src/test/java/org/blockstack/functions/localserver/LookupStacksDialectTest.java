package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The Stacks API (Hiro) dialect under {@code /stacks} (read-api §2, §5.1.4, §6, §7, §8). */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupStacksDialectTest {
    private DemoChain demo;

    @BeforeEach
    void synced() {
        DemoIndex.awaitSynced();
        demo = DemoIndex.demo();
    }

    private String c32(String label) {
        return OwnerAddress.fromBase58(demo.addressOf(label)).orElseThrow().toC32Mainnet();
    }

    @Test
    void aNameHasAC32OwnerAndItsLastOperationAsStatus() {
        JsonPath alice = given().get("/stacks/v1/names/alice.demo").then().statusCode(200).extract().jsonPath();
        assertThat(alice.getMap("")).containsOnlyKeys("address", "blockchain", "expire_block", "last_txid", "status",
                "zonefile", "zonefile_hash");
        assertThat(alice.getString("address")).isEqualTo(c32("alice")).startsWith("SP");
        assertThat(alice.getString("blockchain")).isEqualTo("stacks");
        assertThat(alice.getString("last_txid")).matches("0x[0-9a-f]{64}");
        assertThat(alice.getString("status")).isEqualTo("name-register");
        String coreZonefile = given().get("/v1/names/alice.demo").then().extract().path("zonefile");
        assertThat(alice.getString("zonefile")).isEqualTo(coreZonefile);
        given().get("/stacks/v1/names/bob.demo").then().body("status", equalTo("name-update"));
        given().get("/stacks/v1/names/ivan.demo").then().body("status", equalTo("name-transfer"))
                .body("address", equalTo(c32("bob")));
        given().get("/stacks/v1/names/kept.tmp").then().body("status", equalTo("name-renewal"));
        given().get("/stacks/v1/names/satoshi.demo").then().body("status", equalTo("name-import"));
        given().get("/stacks/v1/names/judy.demo").then().statusCode(200).body("zonefile", equalTo(""))
                .body("$", not(org.hamcrest.Matchers.hasKey("zonefile_hash")));
    }

    @Test
    void revokedAndUnknownNamesAreNotFoundButExpiredOnesAreShown() {
        given().get("/stacks/v1/names/revoked.demo").then().statusCode(404)
                .body("", equalTo(Map.of("error", "cannot find name revoked.demo")));
        given().get("/stacks/v1/names/nobody.demo").then().statusCode(404)
                .body("error", equalTo("cannot find name nobody.demo"));
        given().get("/stacks/v1/names/Not-A-Name").then().statusCode(404)
                .body("error", equalTo("cannot find name Not-A-Name"));
        given().get("/stacks/v1/names/soon.tmp").then().statusCode(200).body("status", equalTo("name-register"));
        given().get("/stacks/v1/names/bob.alice.demo").then().statusCode(404)
                .body("error", equalTo("cannot find subdomain bob.alice.demo"));
    }

    @Test
    void listingsTakeAnOptionalPageAndRefusePagesPastTheEnd() {
        List<String> names = given().get("/stacks/v1/names").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(names).isSorted().contains("soon.tmp").doesNotContain("revoked.demo");
        given().get("/stacks/v1/names/").then().statusCode(200).body("", equalTo(names));
        given().get("/stacks/v1/names?page=0").then().body("", equalTo(names));
        given().get("/stacks/v1/names?page=1").then().statusCode(400).body("error", equalTo("Invalid page"));
        given().get("/stacks/v1/names?page=-1").then().statusCode(400).body("error", equalTo("Invalid page"));
        given().get("/stacks/v1/namespaces").then().statusCode(200)
                .body("", equalTo(Map.of("namespaces", List.of("demo", "tmp"))));
        given().get("/stacks/v1/namespaces/demo/names").then().statusCode(200)
                .body("", not(hasItem("revoked.demo"))).body("", hasItem("alice.demo"));
        given().get("/stacks/v1/namespaces/nope/names").then().statusCode(400).body("error", equalTo("No such namespace"));
        given().get("/stacks/v1/namespaces/demo/names?page=3").then().statusCode(400).body("error", equalTo("Invalid page"));
    }

    @Test
    void zoneFilesAndSubdomainsOfNames() {
        given().get("/stacks/v1/names/alice.demo/zonefile").then().statusCode(200)
                .body("zonefile", startsWith("$ORIGIN alice.demo\n"));
        given().get("/stacks/v1/names/revoked.demo/zonefile").then().statusCode(404)
                .body("error", equalTo("No such name or zonefile does not exist"));
        String hash = given().get("/v1/names/alice.demo").then().extract().path("zonefile_hash");
        given().get("/stacks/v1/names/alice.demo/zonefile/" + hash).then().statusCode(200);
        given().get("/stacks/v1/names/bob.demo/zonefile/" + hash).then().statusCode(404)
                .body("error", equalTo("No such name or zonefile"));
        given().get("/stacks/v1/names/alice.demo/zonefile/nothex").then().statusCode(404);
        given().get("/stacks/v1/names/alice.demo/subdomains").then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/names/alice.demo/subdomains").then().statusCode(404).body("error", equalTo("No such endpoint"));
    }

    @Test
    void addressesAndPrices() {
        given().get("/stacks/v1/addresses/stacks/" + c32("alice")).then().statusCode(200)
                .body("names", equalTo(List.of("alice.demo", "ken.demo", "quinn.demo", "satoshi.demo", "yuri.demo")));
        given().get("/stacks/v1/addresses/stacks/not-c32").then().statusCode(200).body("names", equalTo(List.of()));
        given().get("/stacks/v1/addresses/ethereum/x").then().statusCode(404)
                .body("error", equalTo("Unsupported blockchain"));
        given().get("/stacks/v2/prices/names/alice.demo").then().statusCode(200)
                .body("units", equalTo("BTC")).body("amount", equalTo("40000"))
                .body("name_price.amount", equalTo("40000"));
        given().get("/stacks/v2/prices/names/alice.nope").then().statusCode(400).body("error", equalTo("Invalid name"));
        given().get("/stacks/v2/prices/names/alice").then().statusCode(400).body("error", equalTo("Invalid name"));
        given().get("/stacks/v2/prices/namespaces/demo").then().statusCode(200).body("units", equalTo("STACKS"));
        given().get("/stacks/v2/prices/namespaces/a-very-long-namespace-id").then().statusCode(400)
                .body("error", equalTo("Invalid namespace"));
    }

    @Test
    void endpointsTheStacksApiNeverHadAnswerInCoresShape() {
        given().get("/stacks/v1/info").then().statusCode(200).body("server_alive", equalTo(true));
        given().get("/stacks/v1/node/ping").then().statusCode(200).body("status", equalTo("alive"));
        given().get("/stacks/v1/names/alice.demo/history").then().statusCode(200);
        given().get("/stacks/v1/namespaces/demo").then().statusCode(200).body("namespace_id", equalTo("demo"));
        given().get("/stacks/v1/namespaces/demo/name_count").then().statusCode(200);
        given().get("/stacks/v1/blockchains/bitcoin/consensus").then().statusCode(200);
        given().get("/stacks/v1/prices/names/alice.demo").then().statusCode(200).body("name_price.units", equalTo("BTC"));
        String hash = given().get("/v1/names/alice.demo").then().extract().path("zonefile_hash");
        given().get("/stacks/v1/zonefiles/" + hash).then().statusCode(200).contentType("application/octet-stream");
        given().get("/stacks/v1/users/alice.demo").then().statusCode(200);
        given().get("/stacks/v1/subdomains?page=0").then().statusCode(200);
    }
}
