package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.blockstack.functions.lookup.openapi.OpenApiResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI document the lookup function serves, against what it answers on the demo chain: each
 * request below is matched to its documented operation, its status must be documented there, and a
 * JSON body must validate against the documented schema. Every documented operation is exercised,
 * so a new endpoint needs a request here (OpenApiDefinitionTest in infra/deployment-checks checks
 * the document against the resources).
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupOpenApiTest {
    private static final String DOCUMENT = "classpath:" + OpenApiResource.DOCUMENT;
    private static final Set<String> METHODS = Set.of("get", "post");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private record Operation(String method, String template, JsonNode node) {
        List<String> segments() {
            return List.of(template.substring(1).split("/"));
        }

        /** Whether a concrete path is this template's; literal segments count towards specificity. */
        int match(String method, String path) {
            if (!this.method.equalsIgnoreCase(method)) {
                return -1;
            }
            List<String> actual = List.of(path.substring(1).split("/"));
            List<String> expected = segments();
            if (actual.size() != expected.size()) {
                return -1;
            }
            int literal = 0;
            for (int i = 0; i < expected.size(); i++) {
                if (expected.get(i).startsWith("{")) {
                    continue;
                }
                if (!expected.get(i).equals(actual.get(i))) {
                    return -1;
                }
                literal++;
            }
            return literal;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    @BeforeEach
    void read() throws IOException {
        DemoIndex.awaitSynced();
        try (InputStream in = OpenApiResource.class.getClassLoader().getResourceAsStream(OpenApiResource.DOCUMENT)) {
            byte[] bytes = in.readAllBytes();
            assertThat(given().get("/v1/openapi.yaml").then().statusCode(200).contentType("application/yaml")
                    .extract().asByteArray()).as("the served document").isEqualTo(bytes);
            document = new YAMLMapper().readTree(bytes);
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode item = resolve(path.getValue());
            for (Iterator<String> names = item.propertyNames().iterator(); names.hasNext();) {
                String method = names.next();
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method, path.getKey(), item.get(method)));
                }
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? resolve(document.at(ref.substring(1))) : node;
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        DemoChain demo = DemoIndex.demo();
        String alice = demo.addressOf("alice");
        String aliceC32 = OwnerAddress.fromBase58(alice).orElseThrow().toC32Mainnet();
        Map<String, Object> aliceRecord = given().get("/v1/names/alice.demo").then().statusCode(200).extract().path("");
        String txid = (String) aliceRecord.get("last_txid");
        String zonefileHash = (String) aliceRecord.get("zonefile_hash");
        String did = (String) aliceRecord.get("did");
        String revokedDid = given().get("/v1/names/revoked.demo").then().extract().path("did");
        int tip = given().get("/v1/info").then().extract().path("last_block_processed");
        String consensus = given().get("/v1/info").then().extract().path("consensus");
        String announced = new ObjectMapper().writeValueAsString(Map.of("zonefile",
                demo.announcedZonefiles().get(zonefileHash)));
        String zeros40 = "0".repeat(40);
        String subdomain = "ann." + DemoChain.REGISTRAR_NAME;
        Map<String, Object> subdomainRecord = given().get("/v1/names/" + subdomain).then().statusCode(200)
                .extract().path("");
        String subdomainTxid = (String) subdomainRecord.get("last_txid");
        String subdomainDid = (String) subdomainRecord.get("did");

        List<String> gets = new ArrayList<>(List.of(
                "/v1/openapi.yaml", "/v1/info", "/v1/node/ping", "/v1/ping",
                "/v1/names?page=0", "/v1/names", "/v1/names?page=999", "/v1/names?page=0&all=1",
                "/v1/names/alice.demo", "/v1/names/revoked.demo", "/v1/names/nobody.demo", "/v1/names/soon.tmp",
                "/v1/names/Alice.demo", "/v1/names/bob.alice.demo",
                "/v1/names/ivan.demo/history", "/v1/names/ivan.demo/history?page=x", "/v1/names/nobody.demo/history",
                "/v1/names/bob.demo/zonefile", "/v1/names/bob.demo/zonefile?raw=1", "/v1/names/nobody.demo/zonefile",
                "/v1/names/BAD/zonefile", "/v1/names/revoked.demo/zonefile",
                "/v1/names/alice.demo/zonefile/" + zonefileHash, "/v1/names/alice.demo/zonefile/" + zeros40,
                "/v1/names/alice.demo/zonefile/" + zonefileHash + "?raw=true", "/v1/names/BAD/zonefile/" + zeros40,
                "/v1/zonefiles/" + zonefileHash, "/v1/zonefiles/" + zeros40,
                "/v1/subdomains?page=0", "/v1/subdomains", "/v1/subdomains/" + txid, "/v1/subdomains/xyz",
                "/v1/namespaces", "/v1/namespaces/demo", "/v1/namespaces/nope", "/v1/namespaces/BAD",
                "/v1/namespaces/demo/names?page=0", "/v1/namespaces/demo/names", "/v1/namespaces/nope/names?page=0",
                "/v1/namespaces/demo/name_count", "/v1/namespaces/BAD/name_count",
                "/v1/addresses/bitcoin/" + alice, "/v1/addresses/stacks/" + aliceC32, "/v1/addresses/bitcoin/xyz",
                "/v1/addresses/dogecoin/" + alice,
                "/v1/prices/names/alice.demo", "/v2/prices/names/alice.demo", "/v1/prices/names/x.nope",
                "/v1/prices/names/BAD", "/v1/prices/namespaces/demo", "/v2/prices/namespaces/demo",
                "/v1/prices/namespaces/BAD",
                "/v1/blockchains/bitcoin/consensus", "/v1/blockchains/dogecoin/consensus",
                "/v1/blockchains/bitcoin/consensus/" + tip, "/v1/blockchains/bitcoin/consensus/0",
                "/v1/blockchains/bitcoin/consensus/9999999",
                "/v1/blockchains/bitcoin/consensus-block/" + consensus,
                "/v1/blockchains/bitcoin/consensus-block/" + "0".repeat(32),
                "/v1/blockchains/bitcoin/name_count", "/v1/blockchains/bitcoin/name_count?all=1",
                "/v1/blockchains/bitcoin/subdomains_count", "/v1/blockchains/dogecoin/subdomains_count",
                "/v1/blockchains/bitcoin/operations/106", "/v1/blockchains/bitcoin/operations/109",
                "/v1/blockchains/bitcoin/operations/0",
                "/v1/blockchains/bitcoin/names/alice.demo", "/v1/blockchains/bitcoin/names/nobody.demo",
                "/v1/blockchains/bitcoin/names/BAD", "/v1/blockchains/bitcoin/transactions/" + txid,
                "/v1/blockchains/bitcoin/transactions/" + "0".repeat(64),
                "/v1/users/alice.demo", "/v2/users/alice.demo", "/v1/users/nobody.demo", "/v1/users/bad!name.demo",
                "/v1/users/alice.demo,bob.demo", "/v1/users/revoked.demo",
                "/v1/dids/" + did, "/v1/dids/x", "/v1/dids/" + revokedDid,
                "/stacks/v1/names", "/stacks/v1/names?page=99",
                "/stacks/v1/names/alice.demo", "/stacks/v1/names/ivan.demo", "/stacks/v1/names/revoked.demo",
                "/stacks/v1/names/ivan.demo/history",
                "/stacks/v1/names/bob.demo/zonefile", "/stacks/v1/names/nobody.demo/zonefile",
                "/stacks/v1/names/alice.demo/zonefile/" + zonefileHash, "/stacks/v1/names/alice.demo/zonefile/x",
                "/stacks/v1/names/alice.demo/subdomains", "/stacks/v1/namespaces", "/stacks/v1/namespaces/demo",
                "/stacks/v1/namespaces/demo/name_count", "/stacks/v1/namespaces/demo/names",
                "/stacks/v1/namespaces/nope/names",
                "/stacks/v1/addresses/stacks/" + aliceC32, "/stacks/v1/addresses/bitcoin/" + alice,
                "/stacks/v1/addresses/dogecoin/x",
                "/stacks/v2/prices/names/alice.demo", "/stacks/v2/prices/names/BAD",
                "/stacks/v2/prices/namespaces/demo", "/stacks/v2/prices/namespaces/BAD",
                "/stacks/v1/info", "/stacks/v1/node/ping", "/stacks/v1/ping", "/stacks/v1/zonefiles/" + zonefileHash,
                "/stacks/v1/subdomains?page=0", "/stacks/v1/subdomains/" + txid,
                "/stacks/v1/prices/names/alice.demo", "/stacks/v1/prices/namespaces/demo",
                "/stacks/v1/blockchains/bitcoin/consensus", "/stacks/v1/blockchains/bitcoin/consensus/" + tip,
                "/stacks/v1/blockchains/bitcoin/consensus-block/" + consensus,
                "/stacks/v1/blockchains/bitcoin/name_count", "/stacks/v1/blockchains/bitcoin/subdomains_count",
                "/stacks/v1/blockchains/bitcoin/operations/110", "/stacks/v1/blockchains/bitcoin/names/alice.demo",
                "/stacks/v1/blockchains/bitcoin/transactions/" + txid,
                "/stacks/v1/users/alice.demo", "/stacks/v2/users/alice.demo", "/stacks/v1/dids/" + did,
                "/v1/names/" + subdomain, "/v1/names/" + subdomain + "/history", "/v1/names/" + subdomain + "/zonefile",
                "/v1/names/" + subdomain + "/zonefile/" + subdomainRecord.get("zonefile_hash"),
                "/v1/subdomains/" + subdomainTxid, "/v1/blockchains/bitcoin/names/" + subdomain,
                "/v1/users/" + subdomain, "/v1/dids/" + subdomainDid, "/stacks/v1/names/" + subdomain,
                "/stacks/v1/names/" + DemoChain.REGISTRAR_NAME + "/subdomains"));

        Set<String> exercised = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String request : gets) {
            check("get", request, given().redirects().follow(false).get(request), exercised, problems);
        }
        for (String path : List.of("/v1/zonefile", "/stacks/v1/zonefile")) {
            for (String body : List.of(announced, "{\"zonefile\":\"$ORIGIN never.demo\\n\"}", "not json")) {
                check("post", path, given().contentType("application/json").body(body).post(path), exercised, problems);
            }
        }
        assertThat(problems).isEmpty();
        Set<String> documented = new TreeSet<>(operations.stream().map(Operation::toString).toList());
        assertThat(exercised).as("documented operations the requests above reached").isEqualTo(documented);
    }

    private void check(String method, String request, Response response, Set<String> exercised, List<String> problems) {
        String path = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
        Operation operation = operations.stream().filter(o -> o.match(method, path) >= 0)
                .max((a, b) -> Integer.compare(a.match(method, path), b.match(method, path))).orElse(null);
        String what = method.toUpperCase() + " " + request + " → " + response.statusCode();
        if (operation == null) {
            problems.add(what + ": no documented operation");
            return;
        }
        exercised.add(operation.toString());
        JsonNode documented = resolve(operation.node().path("responses").path(String.valueOf(response.statusCode())));
        if (documented.isMissingNode()) {
            problems.add(what + ": status not documented for " + operation);
            return;
        }
        String contentType = response.contentType().split(";")[0].strip();
        JsonNode content = documented.path("content").path(contentType);
        if (!documented.path("content").isEmpty() && content.isMissingNode()) {
            problems.add(what + ": " + contentType + " not documented for " + operation);
            return;
        }
        if (!contentType.equals("application/json")) {
            return;
        }
        String schema = content.path("schema").path("$ref").asString("");
        List<Error> errors = SCHEMAS.getSchema(SchemaLocation.of(DOCUMENT + schema))
                .validate(response.asString(), InputFormat.JSON);
        if (!errors.isEmpty()) {
            problems.add(what + ": " + response.asString() + " does not match " + schema + ": " + errors);
        }
    }
}
