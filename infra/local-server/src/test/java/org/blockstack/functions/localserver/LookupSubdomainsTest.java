package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Subdomains over the demo chain as sync indexed them (read-api §5.1.2, §5.5, §5.7, §7, §9.3,
 * §11.1, §13): {@code registrar.demo}'s zone files register {@code ann}, {@code ben} and
 * {@code dot}, update {@code ann}, transfer {@code ben} and carry a rejected update of {@code dot};
 * a zone file held back at start (block 144) is published late and takes its place.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LookupSubdomainsTest {
    private static final String ANN = "ann." + DemoChain.REGISTRAR_NAME;
    private static final String BEN = "ben." + DemoChain.REGISTRAR_NAME;
    private static final String DOT = "dot." + DemoChain.REGISTRAR_NAME;
    private DemoChain demo;

    @BeforeEach
    void synced() {
        DemoIndex.awaitSynced();
        demo = DemoIndex.demo();
    }

    private String mainnetC32(String label) {
        return OwnerAddress.fromBase58(demo.addressOf(label)).orElseThrow().toC32Mainnet();
    }

    @Test
    void aSubdomainHasItsOwnerZoneFileAndDidInCoresDialect() {
        JsonPath ann = given().get("/v1/names/" + ANN).then().statusCode(200).extract().jsonPath();
        assertThat(ann.getMap("")).containsOnlyKeys("address", "blockchain", "did", "last_txid", "status", "zonefile",
                "zonefile_hash");
        assertThat(ann.getString("status")).isEqualTo("registered_subdomain");
        assertThat(ann.getString("blockchain")).isEqualTo("bitcoin");
        assertThat(ann.getString("address")).isEqualTo(demo.addressOf("sub-ann"));
        assertThat(ann.getString("zonefile")).startsWith("$ORIGIN ann\n").contains("https://example.org/ann")
                .contains(demo.profileUrlPrefix() + demo.addressOf("sub-ann") + "/profile.json");
        assertThat(ann.getString("last_txid")).matches("[0-9a-f]{64}");
        assertThat(ann.getString("did")).matches("did:stack:v0:S[1-9A-HJ-NP-Za-km-z]+-0");

        JsonPath ben = given().get("/v1/names/" + BEN).then().statusCode(200).extract().jsonPath();
        assertThat(ben.getString("address")).as("transferred").isEqualTo(demo.addressOf("sub-carl"));
        assertThat(ben.getString("did")).as("the DID names its creator").endsWith("-0")
                .isNotEqualTo(ann.getString("did"));
        given().get("/v1/names/" + DOT).then().statusCode(200)
                .body("zonefile", containsString(demo.addressOf("sub-dot")));
    }

    @Test
    void theStacksDialectShowsC32OwnersAndAPrefixedTxid() {
        given().get("/stacks/v1/names/" + BEN).then().statusCode(200)
                .body("address", equalTo(mainnetC32("sub-carl")))
                .body("blockchain", equalTo("stacks"))
                .body("status", equalTo("registered_subdomain"))
                .body("last_txid", startsWith("0x"));
        given().get("/stacks/v1/names/" + DemoChain.REGISTRAR_NAME + "/subdomains").then().statusCode(200)
                .body("", contains(ANN, BEN, DOT));
    }

    @Test
    void listingsCountsAndTheOperationsOfATransaction() {
        given().get("/v1/subdomains?page=0").then().statusCode(200).body("", contains(ANN, BEN, DOT));
        given().get("/v1/subdomains?page=1").then().statusCode(200).body("", equalTo(List.of()));
        given().get("/v1/blockchains/bitcoin/subdomains_count").then().statusCode(200).body("names_count", equalTo(3));

        String transferTxid = given().get("/v1/names/" + BEN).then().extract().path("last_txid");
        JsonPath operations = given().get("/v1/subdomains/" + transferTxid).then().statusCode(200).extract().jsonPath();
        assertThat(operations.getList("fully_qualified_subdomain")).containsExactly(BEN, DOT);
        assertThat(operations.getList("accepted")).containsExactly(1, 0);
        assertThat(operations.getList("sequence")).containsExactly(1, 1);
        assertThat(operations.getList("domain")).containsOnly(DemoChain.REGISTRAR_NAME);
        assertThat(operations.getList("resolver")).containsOnly(DemoChain.REGISTRAR_RESOLVER);
        assertThat(operations.getList("zonefile_offset")).containsExactly(0, 1);
        assertThat(operations.getMap("[0]")).containsOnlyKeys("accepted", "block_height", "domain",
                "fully_qualified_subdomain", "missing", "owner", "parent_zonefile_hash", "parent_zonefile_index",
                "resolver", "sequence", "signature", "txid", "zonefile_hash", "zonefile_offset");
    }

    @Test
    void historyAndPastZoneFiles() {
        JsonPath history = given().get("/v1/names/" + ANN + "/history").then().statusCode(200).extract().jsonPath();
        Map<String, Object> blocks = history.getMap("");
        assertThat(blocks).hasSize(2);
        String first = blocks.keySet().stream().min(String::compareTo).orElseThrow();
        String hash = history.getString("'" + first + "'[0].value_hash");
        assertThat(history.getInt("'" + first + "'[0].sequence")).isZero();
        given().get("/v1/names/" + ANN + "/zonefile/" + hash).then().statusCode(200)
                .body("zonefile", startsWith("$ORIGIN ann\n"));
        given().get("/v1/names/" + ANN + "/zonefile").then().statusCode(200)
                .body("zonefile", containsString("https://example.org/ann"));
    }

    @Test
    void addressesListTheSubdomainsTheyOwnNow() {
        given().get("/v1/addresses/bitcoin/" + demo.addressOf("sub-carl")).then().statusCode(200)
                .body("names", contains(BEN));
        given().get("/v1/addresses/bitcoin/" + demo.addressOf("sub-ben")).then().statusCode(200)
                .body("names", equalTo(List.of()));
        given().get("/stacks/v1/addresses/stacks/" + mainnetC32("sub-ann")).then().statusCode(200)
                .body("names", contains(ANN));
    }

    @Test
    void usersAndDidsResolveTheSubdomainsSignedProfile() {
        given().get("/v1/users/" + ANN).then().statusCode(200)
                .body("'" + ANN + "'.profile.name", equalTo("Sub-ann (demo)"))
                .body("'" + ANN + "'.owner_address", equalTo(demo.addressOf("sub-ann")));
        String did = given().get("/v1/names/" + ANN).then().extract().path("did");
        given().get("/v1/dids/" + did).then().statusCode(200)
                .body("document.name", equalTo("Sub-ann (demo)"))
                .body("document.publicKey[0].id", equalTo(did));
        given().get("/v1/dids/" + did.replaceAll("-0$", "-1")).then().statusCode(404)
                .body("error", startsWith("Failed to get DID record: Failed to load subdomain"));
    }

    /**
     * Last: it adds a subdomain and a record the other tests do not expect. {@code registrar.demo}'s
     * current zone file is the held-back one, so until it is published the name has no known
     * resolver (read-api §5.1.3); once it is, unknown subdomains are sent to the resolver.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aZoneFilePublishedLateTakesItsPlaceAndNamesTheResolver() {
        String eve = "eve." + DemoChain.REGISTRAR_NAME;
        String zed = "zed." + DemoChain.REGISTRAR_NAME;
        String held = demo.heldBackZonefiles().iterator().next();
        given().get("/v1/names/" + eve).then().statusCode(404)
                .body("more", equalTo("failed to find parent domain's resolver"));

        given().contentType("application/json").body(Map.of("zonefile", demo.zonefiles().get(held)))
                .post("/v1/zonefile").then().statusCode(200).body("status", equalTo(true));

        given().get("/v1/names/" + eve).then().statusCode(200).body("address", equalTo(demo.addressOf("sub-eve")));
        given().get("/v1/names/" + ANN + "/history").then().statusCode(200).body("size()", equalTo(3));
        given().get("/v1/subdomains?page=0").then().statusCode(200).body("", contains(ANN, BEN, DOT, eve));
        given().redirects().follow(false).get("/v1/names/" + zed).then().statusCode(301)
                .header("Location", DemoChain.REGISTRAR_RESOLVER + "/v1/names/" + zed)
                .body("status", equalTo("redirect"));
        given().redirects().follow(false).get("/stacks/v1/names/" + zed).then().statusCode(302)
                .header("Location", DemoChain.REGISTRAR_RESOLVER + "/v1/names/" + zed);
    }
}
