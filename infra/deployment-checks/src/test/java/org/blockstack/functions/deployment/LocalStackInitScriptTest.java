package org.blockstack.functions.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.blockstack.functions.emulators.DynaliteServer;
import org.blockstack.functions.emulators.S3ProxyServer;
import org.blockstack.functions.emulators.bitcoin.BitcoinRestServer;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.Tables;
import org.blockstack.functions.lambdaruntime.LambdaArtifact;
import org.blockstack.functions.lambdaruntime.LambdaFunctionProcess;
import org.blockstack.functions.lambdaruntime.MockRuntimeApi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * localstack/init-aws.sh, run with the aws CLI against the embedded emulators (dynalite for
 * DynamoDB, S3Proxy for S3), must create exactly the tables of {@link Tables#ALL}, the Gaia bucket,
 * the zone-file bucket and the extract bucket; then the built function zips, started as Lambda
 * starts them, work on what it made (sync reading its extract bucket, which is empty; lookup storing
 * a zone file sync saw announced).
 * Needs the aws CLI (Debian package awscli): skipped without it, except in CI (CI=true).
 */
class LocalStackInitScriptTest {
    private static final String PREFIX = "bns-";
    private static final String BUCKET = "bns-gaia";
    private static final String EXTRACT_BUCKET = "bns-sync-extracts";
    private static final String ZONEFILE_BUCKET = "bns-zonefiles";
    private static final Duration INVOCATION_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEDULED_EVENT = """
            {"version":"0","id":"7bf73129-1428-4cd3-a780-95db273d1602","detail-type":"Scheduled Event",
             "source":"aws.events","account":"123456789012","time":"2026-11-26T12:00:00Z","region":"us-east-1",
             "resources":["arn:aws:events:us-east-1:123456789012:rule/bns-sync"],"detail":{}}
            """;

    @Test
    void theScriptCreatesTheStoresAndTheFunctionsWorkOnThem() throws Exception {
        requireAwsCli();
        DemoChain demo = DemoChain.create();
        try (DynaliteServer dynalite = DynaliteServer.startInMemory();
                S3ProxyServer s3proxy = S3ProxyServer.startTransient();
                BitcoinRestServer bitcoin = BitcoinRestServer.start(demo.chain())) {
            Map<String, String> stores = new LinkedHashMap<>();
            stores.put("DYNAMODB_ENDPOINT", dynalite.endpoint().toString());
            stores.put("S3_ENDPOINT", s3proxy.endpoint().toString());
            stores.put("TABLE_PREFIX", PREFIX);
            stores.put("GAIA_BUCKET", BUCKET);
            stores.put("SYNC_EXTRACT_BUCKET", EXTRACT_BUCKET);
            stores.put("ZONEFILE_BUCKET", ZONEFILE_BUCKET);
            stores.put("AWS_REGION", "us-east-1");

            String first = runInitScript(stores);
            assertThat(first).contains("created table " + PREFIX + "blocks", "created bucket " + BUCKET,
                    "created bucket " + EXTRACT_BUCKET, "created bucket " + ZONEFILE_BUCKET);
            String again = runInitScript(stores);
            assertThat(again).as("a second run").contains("table " + PREFIX + "blocks exists", "bucket " + BUCKET + " exists");

            AwsSettings settings = new AwsSettings("us-east-1", Optional.of(dynalite.endpoint()), Optional.of(s3proxy.endpoint()),
                    Optional.of(new AwsSettings.StaticKeys(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)));
            try (DynamoDbClient dynamoDb = AwsClients.dynamoDb(settings); S3Client s3 = AwsClients.s3(settings)) {
                assertTablesMatchTheSchemas(dynamoDb);
                s3.putObject(b -> b.bucket(BUCKET).key("1Test/hello.txt").contentType("text/plain"), RequestBody.fromString("hello"));
                assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("1Test/hello.txt")).asUtf8String()).isEqualTo("hello");
            }

            Map<String, String> functionSettings = new LinkedHashMap<>(stores);
            functionSettings.put("EMULATOR_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
            functionSettings.put("EMULATOR_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
            functionSettings.put("BNS_NETWORK", "regtest");
            functionSettings.put("BITCOIN_REST_URL", bitcoin.baseUrl().toString());
            int confirmed = bitcoin.chain().tipHeight() - 6 + 1;

            Map<String, String> syncSettings = new LinkedHashMap<>(functionSettings);
            syncSettings.put("QUARKUS_FUNQY_EXPORT", "sync");
            JsonNode synced = invoke("sync", syncSettings, SCHEDULED_EVENT);
            assertThat(synced.path("status").asText()).as("sync result %s", synced).isEqualTo("ok");
            assertThat(synced.path("lastHeight").asInt()).isEqualTo(confirmed);

            JsonNode info = invoke("lookup", functionSettings, apiGatewayEvent("GET", "/v1/info"));
            assertThat(info.path("statusCode").asInt()).as("lookup answer %s", info).isEqualTo(200);
            assertThat(JSON.readTree(info.path("body").asText()).path("last_block_processed").asInt()).isEqualTo(confirmed);

            JsonNode hubInfo = invoke("storage", functionSettings, apiGatewayEvent("GET", "/hub_info"));
            assertThat(hubInfo.path("statusCode").asInt()).as("storage answer %s", hubInfo).isEqualTo(200);

            // alice.demo's zone file, announced in a confirmed block: lookup stores it in its bucket
            Map.Entry<String, String> zonefile = demo.announcedZonefiles().entrySet().iterator().next();
            String publish = JSON.writeValueAsString(Map.of("zonefile", zonefile.getValue()));
            JsonNode published = invoke("lookup", functionSettings, apiGatewayEvent("POST", "/v1/zonefile", publish));
            assertThat(published.path("statusCode").asInt()).as("lookup answer %s", published).isEqualTo(200);
            try (S3Client s3 = AwsClients.s3(settings)) {
                assertThat(s3.getObjectAsBytes(b -> b.bucket(ZONEFILE_BUCKET).key(zonefile.getKey())).asUtf8String())
                        .isEqualTo(zonefile.getValue());
            }
        }
    }

    private static void assertTablesMatchTheSchemas(DynamoDbClient dynamoDb) {
        assertThat(dynamoDb.listTables().tableNames()).as("tables the script created")
                .containsExactlyInAnyOrderElementsOf(Tables.ALL.stream().map(d -> PREFIX + d.logicalName()).toList());
        for (Tables.Definition definition : Tables.ALL) {
            CreateTableRequest expected = Tables.createTableRequest(definition, new TableNames(PREFIX));
            TableDescription actual = dynamoDb.describeTable(b -> b.tableName(expected.tableName())).table();
            assertThat(actual.keySchema()).as("key of %s", expected.tableName()).isEqualTo(expected.keySchema());
            assertThat(new HashSet<>(actual.attributeDefinitions())).as("key attributes of %s", expected.tableName())
                    .isEqualTo(new HashSet<>(expected.attributeDefinitions()));
            assertThat(actual.billingModeSummary() == null ? BillingMode.PROVISIONED : actual.billingModeSummary().billingMode())
                    .as("billing mode of %s", expected.tableName()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            Set<String> expectedIndexes = new HashSet<>();
            expected.globalSecondaryIndexes().forEach(index -> expectedIndexes.add(index.indexName() + index.keySchema()));
            Set<String> actualIndexes = new HashSet<>();
            actual.globalSecondaryIndexes().forEach(index -> actualIndexes.add(index.indexName() + index.keySchema()));
            assertThat(actualIndexes).as("global secondary indexes of %s", expected.tableName()).isEqualTo(expectedIndexes);
        }
    }

    /** Starts the module's function.zip as Lambda would, hands it one event, returns its answer. */
    private static JsonNode invoke(String module, Map<String, String> settings, String event) throws IOException {
        try (MockRuntimeApi runtimeApi = MockRuntimeApi.start();
                LambdaFunctionProcess function = LambdaFunctionProcess.start(LambdaArtifact.ofModule(Repository.functionModule(module)),
                        PREFIX + module, 1024, runtimeApi.runtimeApi(), settings, LambdaFunctionProcess.LAMBDA_JVM_OPTIONS)) {
            MockRuntimeApi.Invocation invocation = runtimeApi.invoke(event, INVOCATION_TIMEOUT);
            assertThat(invocation.status()).as("%s answered %s; its log:%n%s", module, invocation.body(), function.output())
                    .isEqualTo(200);
            return JSON.readTree(invocation.body());
        }
    }

    private static String apiGatewayEvent(String method, String path) {
        return apiGatewayEvent(method, path, null);
    }

    /** An HTTP API (payload 2.0) event; a {@code jsonBody} is sent as {@code application/json}. */
    private static String apiGatewayEvent(String method, String path, String jsonBody) {
        return """
                {"version":"2.0","routeKey":"$default","rawPath":"%2$s","rawQueryString":"",
                 "headers":{"accept":"application/json","host":"api.example.com","x-forwarded-proto":"https"%3$s},
                 "requestContext":{"http":{"method":"%1$s","path":"%2$s","protocol":"HTTP/1.1","sourceIp":"192.0.2.1"},
                   "requestId":"init-script-test","routeKey":"$default","stage":"$default"},
                 %4$s"isBase64Encoded":false}
                """.formatted(method, path, jsonBody == null ? "" : ",\"content-type\":\"application/json\"",
                jsonBody == null ? "" : "\"body\":" + quoted(jsonBody) + ",");
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String runInitScript(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", Repository.localstack().resolve("init-aws.sh").toString())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
        builder.environment().put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("init-aws.sh finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of init-aws.sh; output:%n%s", text).isZero();
        return text;
    }

    /** The aws CLI is a prerequisite of this test (.ci/run installs it); elsewhere, say it is missing. */
    private static void requireAwsCli() {
        boolean present;
        try {
            Process version = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            present = version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("the aws CLI is not installed; .ci/run installs Debian's awscli package");
        }
        Assumptions.assumeTrue(present, "the aws CLI is not installed (apt-get install awscli); skipping the init script test");
    }
}
