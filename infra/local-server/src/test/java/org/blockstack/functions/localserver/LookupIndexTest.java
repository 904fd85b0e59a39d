package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

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

/**
 * Namespaces, addresses, prices, the blockchain endpoints and node status over the synced demo
 * chain (read-api §6–§10), in Core's dialect.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupIndexTest {
    private DemoChain demo;
    private int tip;

    @BeforeEach
    void synced() {
        tip = DemoIndex.awaitSynced();
        demo = DemoIndex.demo();
    }

    @Test
    void namespacesAreListedAndDescribedWithTheirHistory() {
        given().get("/v1/namespaces").then().statusCode(200).body("", equalTo(List.of("demo", "tmp")));
        JsonPath demoNs = given().get("/v1/namespaces/demo").then().statusCode(200).extract().jsonPath();
        assertThat(demoNs.getString("namespace_id")).isEqualTo("demo");
        assertThat(demoNs.getBoolean("ready")).isTrue();
        assertThat(demoNs.getInt("version")).isEqualTo(1);
        assertThat(demoNs.getInt("reveal_block")).isEqualTo(103);
        assertThat(demoNs.getInt("ready_block")).isEqualTo(105);
        assertThat(demoNs.getInt("lifetime")).isEqualTo(52595);
        assertThat(demoNs.getString("buckets")).isEqualTo("[6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]");
        assertThat(demoNs.getString("op")).isEqualTo("!");
        assertThat(demoNs.getMap("history").keySet()).containsExactly("105", "103", "102");
        assertThat(demoNs.getString("history.'105'[0].opcode")).isEqualTo("NAMESPACE_READY");
        assertThat(demoNs.getString("history.'103'[0].opcode")).isEqualTo("NAMESPACE_REVEAL");
        assertThat(demoNs.getString("history.'102'[0].opcode")).isEqualTo("NAMESPACE_PREORDER");
        given().get("/v1/namespaces/tmp").then().statusCode(200).body("version", equalTo(2)).body("lifetime", equalTo(10));
        given().get("/v1/namespaces/nope").then().statusCode(404).body("error", equalTo("No such namespace"));
        for (String bad : List.of("DEMO", "a.b", "abcdefghijklmnopqrst", "de+mo")) {
            given().get("/v1/namespaces/" + bad).then().statusCode(400).body("error", equalTo("Invalid namespace"));
        }
    }

    @Test
    void namesOfANamespaceArePagedAndCounted() {
        List<String> demoNames = given().get("/v1/namespaces/demo/names?page=0").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(demoNames).isSorted().allMatch(name -> name.endsWith(".demo")).contains("revoked.demo");
        given().get("/v1/namespaces/demo/name_count").then().statusCode(200)
                .body("names_count", equalTo(demoNames.size()));
        given().get("/v1/namespaces/tmp/name_count").then().statusCode(200).body("names_count", equalTo(1));
        given().get("/v1/namespaces/demo/names?page=1").then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/namespaces/demo/names").then().statusCode(400).body("error", equalTo("page= argument required"));
        given().get("/v1/namespaces/demo/names?page=-2").then().statusCode(400).body("error", equalTo("Invalid page= value"));
        given().get("/v1/namespaces/nope/names?page=0").then().statusCode(404).body("error", equalTo("No such namespace"));
        given().get("/v1/namespaces/NOPE/names?page=0").then().statusCode(400).body("error", equalTo("Invalid namespace"));
    }

    @Test
    void addressesOwnNamesInEitherEncoding() {
        String alice = demo.addressOf("alice");
        List<String> expected = List.of("alice.demo", "ken.demo", "quinn.demo", "satoshi.demo", "yuri.demo");
        given().get("/v1/addresses/bitcoin/" + alice).then().statusCode(200).body("names", equalTo(expected));
        OwnerAddress owner = OwnerAddress.fromBase58(alice).orElseThrow();
        given().get("/v1/addresses/bitcoin/" + owner.toBase58(false)).then().statusCode(200)
                .body("names", equalTo(expected));
        given().get("/v1/addresses/stacks/" + owner.toC32Mainnet()).then().statusCode(200)
                .body("names", equalTo(expected));
        // bob received ivan.demo; frank's revoked.demo is not listed
        given().get("/v1/addresses/bitcoin/" + demo.addressOf("bob")).then().body("names", hasItem("ivan.demo"));
        given().get("/v1/addresses/bitcoin/" + demo.addressOf("frank")).then().body("names", not(hasItem("revoked.demo")));
        given().get("/v1/addresses/bitcoin/" + demo.addressOf("creator")).then().statusCode(200)
                .body("names", equalTo(List.of()));
        given().get("/v1/addresses/bitcoin/notanaddress").then().statusCode(400).body("error", equalTo("Invalid address"));
        given().get("/v1/addresses/stacks/" + alice).then().statusCode(400).body("error", equalTo("Invalid address"));
        given().get("/v1/addresses/ethereum/" + alice).then().statusCode(404)
                .body("error", equalTo("Unsupported blockchain"));
        given().get("/v1/addresses/ethereum/0xabc").then().statusCode(400).body("error", equalTo("Invalid address"));
    }

    @Test
    void pricesOfNamesAndNamespacesAtTheLastBlock() {
        // demo: coeff 250, base 4, bucket 6-1..., no discounts for "alice" (5 letters: bucket 2 → 4^2), epoch 6 divisor 10
        given().get("/v1/prices/names/alice.demo").then().statusCode(200)
                .body("name_price.units", equalTo("BTC"))
                .body("name_price.amount", equalTo("40000"))
                .body("name_price.satoshis", equalTo(40000));
        given().get("/v2/prices/names/alice.demo").then().statusCode(200).body("name_price.amount", equalTo("40000"));
        given().get("/v1/prices/names/zz.demo").then().statusCode(200)
                .body("name_price.amount", matchesPattern("[0-9]+"));
        given().get("/v1/prices/names/alice.nope").then().statusCode(404)
                .body("error", equalTo("Unknown/invalid namespace"));
        given().get("/v1/prices/names/bob.alice.demo").then().statusCode(400).body("error", equalTo("Invalid name"));
        given().get("/v1/prices/names/Alice.demo").then().statusCode(400).body("error", equalTo("Invalid name"));
        // epoch 6 prices namespaces in micro-STX, one-letter ids highest
        given().get("/v1/prices/namespaces/demo").then().statusCode(200)
                .body("units", equalTo("STACKS"))
                .body("amount", equalTo("6400000000"))
                .body("$", not(hasKey("satoshis")));
        given().get("/v2/prices/namespaces/x").then().statusCode(200).body("amount", equalTo("640000000000"));
        given().get("/v2/prices/namespaces/ID").then().statusCode(400).body("error", equalTo("Invalid namespace"));
    }

    @Test
    void consensusHashesAndBlocks() {
        String consensus = given().get("/v1/blockchains/bitcoin/consensus").then().statusCode(200)
                .body("consensus_hash", matchesPattern("[0-9a-f]{32}")).extract().path("consensus_hash");
        given().get("/v1/info").then().body("consensus", equalTo(consensus)).body("last_block_processed", equalTo(tip));
        given().get("/v1/blockchains/bitcoin/consensus/" + tip).then().statusCode(200)
                .body("consensus_hash", equalTo(consensus));
        given().get("/v1/blockchains/bitcoin/consensus-block/" + consensus).then().statusCode(200)
                .body("block_height", equalTo(tip));
        given().get("/v1/blockchains/bitcoin/consensus-block/" + "0".repeat(32)).then().statusCode(404)
                .body("error", equalTo("No block for this consensus hash"));
        given().get("/v1/blockchains/bitcoin/consensus/" + (tip + 1)).then().statusCode(503)
                .body("error", equalTo("The node has not processed block " + (tip + 1)))
                .header("Cache-Control", "no-store");
        given().get("/v1/blockchains/bitcoin/consensus/0").then().statusCode(400).body("error", equalTo("Invalid block"));
        given().get("/v1/blockchains/bitcoin/consensus/10000001").then().statusCode(400);
        given().get("/v1/blockchains/bitcoin/consensus/x").then().statusCode(404).body("error", equalTo("No such endpoint"));
        given().get("/v1/blockchains/dogecoin/consensus").then().statusCode(404)
                .body("error", equalTo("Unsupported blockchain"));
    }

    @Test
    void operationsOfABlock() {
        JsonPath block110 = given().get("/v1/blockchains/bitcoin/operations/110").then().statusCode(200)
                .extract().jsonPath();
        assertThat(block110.getList("opcode")).containsExactly("NAME_REVOKE");
        assertThat(block110.getString("[0].name")).isEqualTo("revoked.demo");
        JsonPath block106 = given().get("/v1/blockchains/bitcoin/operations/106").then().statusCode(200)
                .extract().jsonPath();
        assertThat(block106.getList("opcode")).contains("NAME_PREORDER").doesNotContain("NAME_REGISTRATION");
        assertThat(block106.getList("vtxindex", Integer.class)).doesNotHaveDuplicates();
        given().get("/v1/blockchains/bitcoin/operations/109").then().statusCode(200)
                .body("opcode", contains("NAME_TRANSFER", "NAME_TRANSFER", "NAME_TRANSFER"));
        given().get("/v1/blockchains/bitcoin/operations/139").then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/blockchains/bitcoin/operations/" + (tip + 1)).then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/blockchains/bitcoin/operations/0").then().statusCode(400).body("error", equalTo("Invalid block"));
    }

    @Test
    void transactionsAreFoundByTheirOperation() {
        String txid = given().get("/v1/names/revoked.demo").then().extract().path("last_txid");
        given().get("/v1/blockchains/bitcoin/transactions/" + txid).then().statusCode(200)
                .body("status", equalTo(true))
                .body("lastblock", equalTo(tip))
                .body("tx", equalTo(Map.of("status", "accepted", "block_height", 110, "op", "NAME_REVOKE",
                        "vtxindex", 1)));
        given().get("/v1/blockchains/bitcoin/transactions/" + "0".repeat(64)).then().statusCode(200)
                .body("tx.status", equalTo("ignored"));
    }

    @Test
    void nodeStatus() {
        given().get("/v1/node/ping").then().statusCode(200).body("status", equalTo("alive"));
        given().get("/v1/ping").then().statusCode(200).body("status", equalTo("alive"));
        given().get("/v1/info").then().statusCode(200)
                .body("server_alive", equalTo(true))
                .body("first_block", equalTo(1))
                .body("testnet", equalTo(true))
                .body("last_block_seen", equalTo(demo.chain().tipHeight()));
    }
}
