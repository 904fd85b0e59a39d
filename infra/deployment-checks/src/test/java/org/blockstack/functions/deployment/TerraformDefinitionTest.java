package org.blockstack.functions.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.Tables;
import org.blockstack.functions.lambdaruntime.LambdaArtifact;
import org.blockstack.functions.localserver.LocalRoutes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.funqy.Funq;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * terraform/ against the code it deploys: tables against {@link Tables#ALL}, Lambdas against the
 * function modules, their Funqy functions and the handlers Quarkus generated, routes against every
 * HTTP endpoint. Whoever adds a table, function or endpoint in code is told here what to add.
 */
class TerraformDefinitionTest {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final String QUARKUS_HTTP_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    static TerraformDefinition terraform;
    static Map<String, JsonNode> lambdas;

    @BeforeAll
    static void readTerraform() {
        terraform = TerraformDefinition.read(Repository.terraform());
        lambdas = new TreeMap<>();
        TerraformDefinition.fields(terraform.local("functions")).forEach(f -> lambdas.put(f.getKey(), f.getValue()));
    }

    @Test
    void everyVariableHasADescription() {
        Map<String, JsonNode> variables = terraform.variables();
        assertThat(variables).containsKeys("lambda_runtime", "lambda_architecture", "jvm_snapstart", "bitcoin_rest_url");
        variables.forEach((name, variable) -> assertThat(variable.path("description").asText())
                .as("description of variable %s", name).isNotBlank());
    }

    @Test
    void theLocalStackVariablesAreDeclared() {
        Map<String, JsonNode> values = TerraformDefinition.readVariableValues(Repository.localstack().resolve("localstack.tfvars"));
        assertThat(values).isNotEmpty();
        assertThat(terraform.variables().keySet()).containsAll(values.keySet());
    }

    @Test
    void tablesAreThoseOfTheStaticSchemas() {
        Map<String, JsonNode> tables = new TreeMap<>();
        TerraformDefinition.fields(terraform.local("tables")).forEach(t -> tables.put(t.getKey(), t.getValue()));
        assertThat(tables.keySet()).as("tables in terraform/tables.tf (Tables.ALL is the source)")
                .containsExactlyInAnyOrderElementsOf(Tables.ALL.stream().map(Tables.Definition::logicalName).toList());

        for (Tables.Definition definition : Tables.ALL) {
            CreateTableRequest expected = Tables.createTableRequest(definition, new TableNames(""));
            JsonNode table = tables.get(definition.logicalName());
            Map<String, String> types = new LinkedHashMap<>();
            expected.attributeDefinitions().forEach(a -> types.put(a.attributeName(), a.attributeTypeAsString()));
            String what = "table " + definition.logicalName();
            assertKeys(what, expected.keySchema(), table, types);

            Map<String, JsonNode> indexes = new TreeMap<>();
            TerraformDefinition.fields(table.path("indexes")).forEach(i -> indexes.put(i.getKey(), i.getValue()));
            assertThat(indexes.keySet()).as("global secondary indexes of %s", what)
                    .containsExactlyInAnyOrderElementsOf(expected.globalSecondaryIndexes().stream()
                            .map(GlobalSecondaryIndex::indexName).toList());
            for (GlobalSecondaryIndex index : expected.globalSecondaryIndexes()) {
                assertKeys(what + " index " + index.indexName(), index.keySchema(), indexes.get(index.indexName()), types);
            }
        }
    }

    private static void assertKeys(String what, List<KeySchemaElement> keys, JsonNode terraformKeys, Map<String, String> types) {
        String hash = keys.stream().filter(k -> k.keyType() == KeyType.HASH).findFirst().orElseThrow().attributeName();
        String range = keys.stream().filter(k -> k.keyType() == KeyType.RANGE).map(KeySchemaElement::attributeName)
                .findFirst().orElse(null);
        assertThat(terraformKeys.path("hash_key").path("name").asText()).as("hash key of %s", what).isEqualTo(hash);
        assertThat(terraformKeys.path("hash_key").path("type").asText()).as("hash key type of %s", what)
                .isEqualTo(types.get(hash));
        if (range == null) {
            assertThat(terraformKeys.path("range_key").isNull()).as("%s has no range key", what).isTrue();
        } else {
            assertThat(terraformKeys.path("range_key").path("name").asText()).as("range key of %s", what).isEqualTo(range);
            assertThat(terraformKeys.path("range_key").path("type").asText()).as("range key type of %s", what)
                    .isEqualTo(types.get(range));
        }
    }

    @Test
    void tableAccessNamesDeployedFunctions() {
        TerraformDefinition.fields(terraform.local("tables")).forEach(table -> {
            List<String> users = new ArrayList<>();
            table.getValue().path("readers").forEach(n -> users.add(n.asText()));
            table.getValue().path("writers").forEach(n -> users.add(n.asText()));
            assertThat(table.getValue().path("writers").size()).as("writers of table %s", table.getKey()).isPositive();
            assertThat(lambdas.keySet()).as("functions named by table %s", table.getKey()).containsAll(users);
        });
    }

    @Test
    void everyFunctionModuleHasALambdaWithTheHandlerQuarkusGenerated() throws IOException {
        List<String> modules = functionModules();
        assertThat(modules).contains("lookup", "verify", "storage", "sync");
        Set<String> deployed = new TreeSet<>();
        lambdas.forEach((name, lambda) -> deployed.add(lambda.path("module").asText()));
        assertThat(deployed).as("modules deployed by terraform/functions.tf").containsExactlyInAnyOrderElementsOf(modules);

        lambdas.forEach((name, lambda) -> {
            String module = lambda.path("module").asText();
            assertThat(terraform.resolve(lambda.get("handler"))).as("handler of Lambda %s", name)
                    .isEqualTo(LambdaArtifact.ofModule(Repository.functionModule(module)).jvmHandler());
        });
    }

    @Test
    void everyFunqyFunctionHasALambda() throws IOException {
        Map<String, Set<String>> exported = new TreeMap<>();
        lambdas.forEach((name, lambda) -> {
            if (!lambda.path("funqy").isNull()) {
                exported.computeIfAbsent(lambda.path("module").asText(), m -> new TreeSet<>()).add(lambda.path("funqy").asText());
            }
        });
        for (String module : functionModules()) {
            for (Class<?> type : Repository.classesOf(module)) {
                for (Method method : type.getDeclaredMethods()) {
                    Funq funq = method.getAnnotation(Funq.class);
                    if (funq != null) {
                        String name = funq.value().isEmpty() ? method.getName() : funq.value();
                        assertThat(exported.getOrDefault(module, Set.of()))
                                .as("Lambdas exporting the Funqy functions of module %s (%s.%s)", module,
                                        type.getSimpleName(), method.getName())
                                .contains(name);
                    }
                }
            }
        }
    }

    @Test
    void everyHttpEndpointHasARouteToItsFunction() throws IOException {
        List<ApiRoute> routes = new ArrayList<>();
        TerraformDefinition.fields(terraform.local("routes")).forEach(r -> routes.add(new ApiRoute(r.getKey(), r.getValue().asText())));
        assertThat(routes).isNotEmpty();
        routes.forEach(route -> assertThat(lambdas).as("target of route %s", route.key()).containsKey(route.lambda()));

        // the HTTP functions' own endpoints, routed to a Lambda of their module
        int checked = 0;
        for (String module : functionModules()) {
            Set<String> lambdasOfModule = new HashSet<>();
            lambdas.forEach((name, lambda) -> {
                if (lambda.path("module").asText().equals(module)
                        && QUARKUS_HTTP_HANDLER.equals(terraform.resolve(lambda.get("handler")))) {
                    lambdasOfModule.add(name);
                }
            });
            if (lambdasOfModule.isEmpty()) {
                continue;
            }
            for (HttpEndpoint endpoint : HttpEndpoint.scan(module)) {
                assertRouted(endpoint, routes, lambdasOfModule);
                checked++;
            }
        }
        assertThat(checked).as("JAX-RS endpoints found in the HTTP function modules").isGreaterThanOrEqualTo(4);

        // the verify route: the local server serves it as API Gateway routes it to verifyHttp
        Set<String> verifyHttp = new HashSet<>();
        lambdas.forEach((name, lambda) -> {
            if ("verifyHttp".equals(lambda.path("funqy").asText())) {
                verifyHttp.add(name);
            }
        });
        HttpEndpoint verifyRoute = HttpEndpoint.of("POST", LocalRoutes.VerifyRoute.class.getAnnotation(jakarta.ws.rs.Path.class).value(),
                "verify LocalRoutes.VerifyRoute");
        assertRouted(verifyRoute, routes, verifyHttp);
    }

    private static void assertRouted(HttpEndpoint endpoint, List<ApiRoute> routes, Set<String> lambdas) {
        List<ApiRoute> covering = routes.stream().filter(route -> route.covers(endpoint)).toList();
        assertThat(covering).as("routes in terraform/http_api.tf that serve %s", endpoint).isNotEmpty();
        // API Gateway takes the most specific route; every candidate must go to the right function
        covering.forEach(route -> assertThat(lambdas).as("Lambda of route %s, serving %s", route.key(), endpoint)
                .contains(route.lambda()));
    }

    @Test
    void eachFunctionZipHoldsItsHandlerAndClassPath() throws IOException {
        for (String module : functionModules()) {
            LambdaArtifact artifact = LambdaArtifact.ofModule(Repository.functionModule(module));
            String handlerClass = artifact.jvmHandler().split("::")[0].replace('.', '/') + ".class";
            try (ZipFile zip = new ZipFile(artifact.functionZip().toFile())) {
                ZipEntry manifestEntry = zip.getEntry("META-INF/MANIFEST.MF");
                assertThat(manifestEntry).as("manifest of %s's function.zip", module).isNotNull();
                Manifest manifest = new Manifest(zip.getInputStream(manifestEntry));
                String classPath = manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                assertThat(classPath).as("class path of %s's runner", module).isNotBlank();
                for (String jar : classPath.trim().split("\\s+")) {
                    assertThat(zip.getEntry(jar)).as("%s in %s's function.zip", jar, module).isNotNull();
                }
                boolean handlerFound = false;
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")
                            && jarContains(zip.getInputStream(entry), handlerClass)) {
                        handlerFound = true;
                    }
                }
                assertThat(handlerFound).as("%s (the handler) in a jar of %s's function.zip", handlerClass, module).isTrue();
            }
        }
    }

    private static boolean jarContains(InputStream jar, String entryName) throws IOException {
        try (JarInputStream in = new JarInputStream(jar)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The modules of functions/pom.xml: each is one deployable Quarkus application. */
    static List<String> functionModules() throws IOException {
        Matcher module = MODULE.matcher(Files.readString(Repository.root().resolve("functions/pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1).trim());
        }
        return modules;
    }
}
