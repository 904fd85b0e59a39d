package org.blockstack.functions.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.emulators.NodePackages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Terraform files of a folder, read with HashiCorp's own HCL parser (the npm package
 * {@code @cdktf/hcl2json}, Go built to WebAssembly) into Terraform's JSON syntax. Values that are
 * expressions stay strings like {@code "${var.x}"}; {@link #resolve} follows plain
 * {@code ${local.name}} references.
 */
final class TerraformDefinition {
    private static final String[] CONVERTER = {"package.json", "package-lock.json", "hcl2json.mjs"};
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("^\\$\\{local\\.([A-Za-z0-9_]+)}$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** File name to its content in JSON syntax. */
    private final Map<String, JsonNode> files;

    private TerraformDefinition(Map<String, JsonNode> files) {
        this.files = files;
    }

    /** Every {@code *.tf} of {@code dir} except {@code *_override.tf}. */
    static TerraformDefinition read(Path dir) {
        return new TerraformDefinition(convert(dir, "hcl2json.mjs"));
    }

    private static Map<String, JsonNode> convert(Path dir, String script) {
        Path converter = NodePackages.install("hcl2json", NodePackages.resources("hcl2json", CONVERTER));
        NodePackages.Result result = NodePackages.run(converter, Duration.ofMinutes(1),
                List.of("node", script, dir.toAbsolutePath().toString()), Map.of());
        if (result.exitCode() != 0) {
            throw new IllegalStateException("cannot parse the Terraform files in " + dir + ":\n" + result.output());
        }
        try {
            Map<String, JsonNode> files = new LinkedHashMap<>();
            JSON.readTree(result.output()).fields().forEachRemaining(file -> files.put(file.getKey(), file.getValue()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("hcl2json printed no JSON:\n" + result.output(), e);
        }
    }

    /** The attributes of a {@code .tfvars} file (plain values), by name. */
    static Map<String, JsonNode> readVariableValues(Path tfvars) {
        try {
            Path dir = Files.createTempDirectory("tfvars");
            Files.copy(tfvars, dir.resolve("values.tf"));
            Map<String, JsonNode> values = new LinkedHashMap<>();
            convert(dir, "hcl2json.mjs").get("values.tf").fields()
                    .forEachRemaining(field -> values.put(field.getKey(), field.getValue()));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tfvars, e);
        }
    }

    /** Declared variables: name to their settings ({@code description}, {@code default}, ...). */
    Map<String, JsonNode> variables() {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        for (JsonNode file : files.values()) {
            file.path("variable").fields().forEachRemaining(variable -> variables.put(variable.getKey(),
                    variable.getValue().get(0)));
        }
        return variables;
    }

    /** A local value as written (expressions remain strings). */
    JsonNode local(String name) {
        for (JsonNode file : files.values()) {
            for (JsonNode locals : file.path("locals")) {
                if (locals.has(name)) {
                    return locals.get(name);
                }
            }
        }
        throw new IllegalStateException("terraform/ defines no local value " + name);
    }

    /** Resources of one type: resource name to its (first) block. */
    Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        for (JsonNode file : files.values()) {
            file.path("resource").path(type).fields().forEachRemaining(resource -> resources.put(resource.getKey(),
                    resource.getValue().get(0)));
        }
        return resources;
    }

    /** The text of a value, following a {@code ${local.name}} reference to a string local. */
    String resolve(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Matcher reference = LOCAL_REFERENCE.matcher(value.asText());
        return reference.matches() ? resolve(local(reference.group(1))) : value.asText();
    }

    /** The fields of a JSON object, in order. */
    static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return () -> {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            return fields;
        };
    }
}
