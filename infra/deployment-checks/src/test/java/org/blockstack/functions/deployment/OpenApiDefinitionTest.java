package org.blockstack.functions.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The lookup function's OpenAPI document (functions/lookup/src/main/resources/openapi/lookup.yaml)
 * against its JAX-RS resources: the same operations both ways, every path parameter declared, and
 * every JSON answer described by a named schema (which LookupOpenApiTest in infra/local-server
 * validates real answers against).
 */
class OpenApiDefinitionTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "head", "options", "patch");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");

    static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        Path file = Repository.functionModule("lookup").resolve("src/main/resources/openapi/lookup.yaml");
        document = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    @Test
    void documentsExactlyTheOperationsTheResourcesServe() {
        Set<String> implemented = new TreeSet<>();
        for (HttpEndpoint endpoint : HttpEndpoint.scan("lookup")) {
            implemented.add(endpoint.method() + " /" + String.join("/", endpoint.segments().stream()
                    .map(OpenApiDefinitionTest::plainParameter).toList()));
        }
        Set<String> documented = new TreeSet<>();
        forEachOperation((path, method, operation) -> documented.add(method.toUpperCase() + " " + path));
        assertThat(documented).as("operations in lookup.yaml (left) and JAX-RS endpoints of lookup (right)")
                .containsExactlyInAnyOrderElementsOf(implemented);
    }

    @Test
    void everyPathParameterIsDeclaredAndEveryJsonAnswerHasANamedSchema() {
        List<String> problems = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            String what = method.toUpperCase() + " " + path;
            Set<String> inTemplate = new TreeSet<>();
            Matcher parameter = TEMPLATE_PARAMETER.matcher(path);
            while (parameter.find()) {
                inTemplate.add(parameter.group(1));
            }
            Set<String> declared = new TreeSet<>();
            operation.path("parameters").forEach(p -> {
                JsonNode resolved = resolve(p);
                if (resolved.path("in").asText().equals("path")) {
                    declared.add(resolved.path("name").asText());
                }
            });
            if (!inTemplate.equals(declared)) {
                problems.add(what + ": path parameters " + inTemplate + " but declared " + declared);
            }
            if (operation.path("responses").isEmpty()) {
                problems.add(what + ": no responses");
            }
            operation.path("responses").properties().forEach(status -> {
                JsonNode json = resolve(status.getValue()).path("content").path("application/json");
                if (!json.isMissingNode() && !json.path("schema").path("$ref").asText().startsWith("#/components/schemas/")) {
                    problems.add(what + " " + status.getKey() + ": the JSON schema is not a $ref to #/components/schemas");
                }
                if (!json.isMissingNode() && resolve(json.path("schema")).isMissingNode()) {
                    problems.add(what + " " + status.getKey() + ": " + json.path("schema").path("$ref").asText()
                            + " does not exist");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    /** Each operation of each path, path items given by {@code $ref} (the /stacks copies) resolved. */
    static void forEachOperation(OperationVisitor visitor) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode item = resolve(path.getValue());
            for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
                String method = names.next();
                if (METHODS.contains(method)) {
                    visitor.visit(path.getKey(), method, item.get(method));
                }
            }
        }
    }

    /** A node, or what its {@code $ref} (a pointer into this document) points at. */
    static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        return resolve(document.at(ref.substring(1)));
    }

    /** {@code {zonefileHash: [0-9a-fA-F]{40}}} → {@code {zonefileHash}}. */
    private static String plainParameter(String segment) {
        return HttpEndpoint.isParameter(segment) ? "{" + segment.substring(1, segment.length() - 1).split(":")[0].strip() + "}"
                : segment;
    }
}
