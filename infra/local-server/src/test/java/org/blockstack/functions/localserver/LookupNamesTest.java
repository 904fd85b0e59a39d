package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code /v1/names…} in Core's dialect over the demo chain as sync indexed it (read-api §5): records,
 * revoked and expired names, history across registration, update, transfer, revocation, renewal
 * and expiry, zone files current and past, listings and their pages, and every error.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupNamesTest {
    private DemoChain demo;
    private int tip;

    @BeforeEach
    void synced() {
        tip = DemoIndex.awaitSynced();
        demo = DemoIndex.demo();
    }

    private String zonefile(String name, String owner) {
        return "$ORIGIN " + name + "\n$TTL 3600\n_http._tcp\tIN\tURI\t10\t1\t\"" + demo.profileUrlPrefix()
                + demo.addressOf(owner) + "/profile.json\"\n\n";
    }

    private static String hash(String zonefile) {
        return BnsHashes.valueHash(zonefile.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRegisteredNameHasItsOwnerZoneFileExpiryAndDid() {
        String zonefile = zonefile("alice.demo", "alice");
        JsonPath alice = given().get("/v1/names/alice.demo").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertThat(alice.getMap("")).containsOnlyKeys("address", "blockchain", "did", "expire_block", "grace_period",
                "last_txid", "renewal_deadline", "resolver", "status", "zonefile", "zonefile_hash");
        assertThat(alice.getString("address")).isEqualTo(demo.addressOf("alice"));
        assertThat(alice.getString("blockchain")).isEqualTo("bitcoin");
        assertThat(alice.getString("status")).isEqualTo("registered");
        assertThat(alice.getString("zonefile")).isEqualTo(zonefile);
        assertThat(alice.getString("zonefile_hash")).isEqualTo(hash(zonefile));
        assertThat(alice.getString("last_txid")).matches("[0-9a-f]{64}");
        // registered at 107 in a namespace ready at 105: 52595 blocks, twice in epoch 6
        assertThat(alice.getInt("expire_block")).isEqualTo(107 + 2 * 52595);
        assertThat(alice.getInt("renewal_deadline")).isEqualTo(107 + 2 * 52595 + 5);
        assertThat(alice.getBoolean("grace_period")).isFalse();
        assertThat(alice.getString("resolver")).isNull();
        // alice's address created satoshi.demo (imported at 104) before alice.demo
        assertThat(alice.getString("did")).isEqualTo("did:stack:v0:" + demo.addressOf("alice") + "-1");
        given().get("/v1/names/satoshi.demo").then().statusCode(200)
                .body("did", equalTo("did:stack:v0:" + demo.addressOf("alice") + "-0"));
    }

    @Test
    void revokedNamesAreShownRevokedWithoutZoneFile() {
        given().get("/v1/names/revoked.demo").then().statusCode(200)
                .body("status", equalTo("revoked"))
                .body("zonefile", nullValue())
                .body("zonefile_hash", nullValue())
                .body("address", equalTo(demo.addressOf("frank")));
        given().get("/v1/names/revoked.demo/zonefile").then().statusCode(404)
                .body("error", equalTo("No zone file for name"));
    }

    @Test
    void expiredNamesAreNotFoundButTheirHistoryStays() {
        given().get("/v1/names/soon.tmp").then().statusCode(404).body("error", equalTo("Name expired"));
        given().get("/v1/names/soon.tmp/zonefile").then().statusCode(404).body("error", equalTo("Name expired"));
        given().get("/v1/blockchains/bitcoin/names/soon.tmp").then().statusCode(404)
                .body("error", equalTo("Name expired"));
        given().get("/v1/names/soon.tmp/history").then().statusCode(200)
                .body("'107'[0].opcode", equalTo("NAME_REGISTRATION"))
                .body("'106'[0].opcode", equalTo("NAME_PREORDER"));
    }

    @Test
    void aRenewedNameInATenBlockNamespaceCountsFromItsRenewal() {
        // kept.tmp: lifetime 10 (x2), renewed at 129 in its grace period
        JsonPath kept = given().get("/v1/names/kept.tmp").then().statusCode(200).extract().jsonPath();
        assertThat(kept.getInt("expire_block")).isEqualTo(129 + 20);
        assertThat(kept.getInt("renewal_deadline")).isEqualTo(129 + 25);
        assertThat(kept.getBoolean("grace_period")).isEqualTo(tip >= 149 && tip < 154);
        given().get("/v1/names/kept.tmp/history").then().statusCode(200)
                .body("'129'[0].opcode", equalTo("NAME_RENEWAL"))
                .body("'129'[0].op", equalTo("::"))
                .body("'129'[0].last_renewed", equalTo(129))
                .body("'107'[0].last_renewed", equalTo(107));
    }

    @Test
    void historyFollowsRegistrationUpdateAndRevocationNewestFirst() {
        JsonPath history = given().get("/v1/names/revoked.demo/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getMap("").keySet()).containsExactly("110", "108", "107", "106");
        assertThat(history.getString("'110'[0].opcode")).isEqualTo("NAME_REVOKE");
        assertThat(history.getBoolean("'110'[0].revoked")).isTrue();
        assertThat(history.getString("'110'[0].value_hash")).isNull();
        assertThat(history.getString("'108'[0].opcode")).isEqualTo("NAME_UPDATE");
        assertThat(history.getString("'108'[0].value_hash")).isEqualTo(hash(zonefile("revoked.demo", "frank")));
        assertThat(history.getString("'107'[0].value_hash")).as("registered without a zone file").isNull();
        assertThat(history.getString("'106'[0].opcode")).isEqualTo("NAME_PREORDER");
        assertThat(history.getString("'106'[0].op")).isEqualTo("?");
        assertThat(history.getMap("'107'[0]")).containsKeys("address", "block_number", "consensus_hash",
                "first_registered", "last_renewed", "name", "namespace_id", "op", "op_fee", "opcode", "revoked",
                "sender", "txid", "value_hash", "vtxindex");
        assertThat(history.getInt("'107'[0].op_fee")).isEqualTo(1_000_000);
    }

    @Test
    void historyFollowsTransfersThatKeepOrDropTheZoneFile() {
        JsonPath ivan = given().get("/v1/names/ivan.demo/history").then().statusCode(200).extract().jsonPath();
        assertThat(ivan.getString("'109'[0].opcode")).isEqualTo("NAME_TRANSFER");
        assertThat(ivan.getString("'109'[0].op")).isEqualTo(">>");
        assertThat(ivan.getString("'109'[0].address")).isEqualTo(demo.addressOf("bob"));
        assertThat(ivan.getString("'109'[0].recipient_address")).isEqualTo(demo.addressOf("bob"));
        assertThat(ivan.getString("'109'[0].value_hash")).isEqualTo(hash(zonefile("ivan.demo", "alice")));
        assertThat(ivan.getString("'107'[0].address")).isEqualTo(demo.addressOf("alice"));
        given().get("/v1/names/judy.demo/history").then().statusCode(200)
                .body("'109'[0].op", equalTo(">~"))
                .body("'109'[0].value_hash", nullValue());
        given().get("/v1/names/ivan.demo").then().statusCode(200)
                .body("address", equalTo(demo.addressOf("bob")))
                .body("zonefile", equalTo(zonefile("ivan.demo", "alice")));
    }

    @Test
    void historyPagesEndWithNotFound() {
        given().get("/v1/names/alice.demo/history?page=0").then().statusCode(200);
        given().get("/v1/names/alice.demo/history?page=1").then().statusCode(404).body("error", equalTo("Not found"));
        given().get("/v1/names/alice.demo/history?page=999999999").then().statusCode(404);
        given().get("/v1/names/nobody.demo/history").then().statusCode(404).body("error", equalTo("Not found"));
        // Core's query parser drops blank values: "page=" is no page at all
        given().get("/v1/names/alice.demo/history?page=").then().statusCode(200);
        for (String page : List.of("-1", "abc", "1.5", "4294967296", "1234567890")) {
            given().queryParam("page", page).get("/v1/names/alice.demo/history").then().statusCode(400)
                    .body("error", equalTo("Invalid page"));
        }
        given().get("/v1/names/alice.demo/history?start_block=1&end_block=200").then().statusCode(200);
    }

    @Test
    void currentAndPastZoneFiles() {
        String current = zonefile("bob.demo", "bob");
        given().get("/v1/names/bob.demo/zonefile").then().statusCode(200).body("zonefile", equalTo(current));
        byte[] raw = given().get("/v1/names/bob.demo/zonefile?raw=1").then().statusCode(200)
                .contentType("application/octet-stream").extract().asByteArray();
        assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(current);
        given().get("/v1/names/bob.demo/zonefile/" + hash(current)).then().statusCode(200)
                .body("zonefile", equalTo(current));
        given().get("/v1/names/bob.demo/zonefile/" + hash(current).toUpperCase()).then().statusCode(200);
        // a hash bob.demo never had (alice's) and one nobody had
        given().get("/v1/names/bob.demo/zonefile/" + hash(zonefile("alice.demo", "alice"))).then().statusCode(404)
                .body("error", equalTo("No such zonefile"));
        given().get("/v1/names/bob.demo/zonefile/" + "0".repeat(40)).then().statusCode(404)
                .body("error", equalTo("No such zonefile"));
        given().get("/v1/names/bob.demo/zonefile/abc").then().statusCode(404).body("error", equalTo("No such endpoint"));
        given().get("/v1/names/nobody.demo/zonefile").then().statusCode(404).body("error", equalTo("Not found."));
        given().get("/v1/names/judy.demo/zonefile").then().statusCode(404).body("error", equalTo("No zone file for name"));
        // judy.demo's zone file before its transfer dropped it is still served by hash
        given().get("/v1/names/judy.demo/zonefile/" + hash(zonefile("judy.demo", "bob"))).then().statusCode(200);
    }

    @Test
    void listingsShowUnexpiredNamesInOrderAndAllShowsExpiredOnes() {
        List<String> names = given().get("/v1/names?page=0").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(names).isSorted().contains("alice.demo", "revoked.demo", "kept.tmp", "satoshi.demo")
                .doesNotContain("soon.tmp");
        List<String> all = given().get("/v1/names?page=0&all=1").then().statusCode(200).extract().jsonPath()
                .getList("");
        assertThat(all).isSorted().contains("soon.tmp").hasSize(names.size() + 1);
        given().get("/v1/names?page=0&all=TRUE").then().body("", hasItem("soon.tmp"));
        given().get("/v1/names?page=0&all=yes").then().body("", not(hasItem("soon.tmp")));
        given().get("/v1/names?page=1").then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/names?page=123456789012345678901234567890").then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/names?page=+0").then().statusCode(200).body("", hasItem("alice.demo"));
        given().get("/v1/names").then().statusCode(400).body("error", equalTo("page= argument required"));
        given().get("/v1/names?page=").then().statusCode(400).body("error", equalTo("page= argument required"));
        for (String page : List.of("-1", "x", "0.5")) {
            given().queryParam("page", page).get("/v1/names").then().statusCode(400)
                    .body("error", equalTo("Invalid page= value"));
        }
        given().get("/v1/blockchains/bitcoin/name_count").then().statusCode(200)
                .body("names_count", equalTo(names.size()));
        given().get("/v1/blockchains/bitcoin/name_count?all=1&id=demo").then().statusCode(200)
                .body("names_count", equalTo(all.size()));
    }

    @Test
    void unknownAndMalformedNames() {
        given().get("/v1/names/nobody.demo").then().statusCode(404).body("", equalTo(Map.of("status", "available")));
        given().get("/v1/names/nobody.nonamespace").then().statusCode(404).body("status", equalTo("available"));
        for (String bad : List.of("Alice.demo", "alice", "alice.demo.", "a..demo", "alice.demo!", "%C3%A9t%C3%A9.demo",
                "a".repeat(40) + ".demo", "alice+x.demo", "-", "x".repeat(300))) {
            given().urlEncodingEnabled(false).get("/v1/names/" + bad).then().statusCode(400)
                    .contentType("application/json").body("error", equalTo("Invalid name or subdomain"));
        }
        given().get("/v1/names/Alice.demo/history").then().statusCode(400)
                .body("error", equalTo("Invalid name or subdomain"));
        given().get("/v1/names/Alice.demo/zonefile").then().statusCode(400);
    }

    @Test
    void subdomainsOfNamesWithoutOneAnswerAsCoreDid() {
        given().get("/v1/names/bob.nobody.demo").then().statusCode(404)
                .body("status", equalTo("available"))
                .body("more", equalTo("failed to look up parent domain"));
        given().get("/v1/names/bob.alice.demo").then().statusCode(404)
                .body("status", equalTo("available"))
                .body("more", equalTo("failed to find parent domain's resolver"));
        given().get("/v1/names/bob.alice.demo/zonefile").then().statusCode(404)
                .body("error", equalTo("Failed to load subdomain"));
        given().get("/v1/names/bob.alice.demo/history").then().statusCode(404).body("error", equalTo("Not found"));
        given().get("/v1/blockchains/bitcoin/names/bob.alice.demo").then().statusCode(404);
        given().get("/v1/subdomains").then().statusCode(400).body("error", equalTo("page= argument required"));
        given().get("/v1/subdomains/" + "ab".repeat(32)).then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/subdomains/xyz").then().statusCode(400)
                .body("error", equalTo("Invalid argument: not a well-formed txid"));
    }

    @Test
    void theRawBlockchainRecordHasEveryFieldAndTheZoneFileInBase64() {
        JsonPath record = given().get("/v1/blockchains/bitcoin/names/alice.demo").then().statusCode(200)
                .extract().jsonPath();
        assertThat(record.getString("opcode")).isEqualTo("NAME_REGISTRATION");
        assertThat(record.getBoolean("expired")).isFalse();
        assertThat(new String(java.util.Base64.getDecoder().decode(record.getString("zonefile")),
                StandardCharsets.UTF_8)).isEqualTo(zonefile("alice.demo", "alice"));
        assertThat(record.getMap("")).containsKeys("address", "sender", "value_hash", "first_registered",
                "last_renewed", "preorder_hash", "expire_block", "renewal_deadline", "grace_period", "did", "resolver");
        given().get("/v1/blockchains/bitcoin/names/nobody.demo").then().statusCode(404)
                .body("error", equalTo("Not found."));
        given().get("/v1/blockchains/ethereum/names/alice.demo").then().statusCode(404)
                .body("error", equalTo("Unsupported blockchain"));
    }

    @Test
    void theDemoChainsNamesAllAnswer() {
        List<String> all = given().get("/v1/names?page=0&all=1").then().extract().jsonPath().getList("");
        for (String name : all) {
            int status = given().get("/v1/names/" + name).then().extract().statusCode();
            assertThat(status).as(name).isIn(200, 404);
        }
        given().get("/v1/names?page=0").then().body("", hasItems("hal.demo", "judy.demo", "zoe.demo"))
                .body("[0]", startsWith("a"));
        given().get("/v1/namespaces/tmp/names?page=0").then().statusCode(200).body("", contains("kept.tmp"));
    }
}
