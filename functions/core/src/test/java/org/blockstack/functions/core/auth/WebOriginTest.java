package org.blockstack.functions.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every row of whatwg-url-origins.json: Node's {@code new URL} verdict, which WebOrigin must reproduce. */
class WebOriginTest {
    @TestFactory
    List<DynamicTest> parsesAsNodesUrlParserDoes() throws Exception {
        JsonNode table;
        try (InputStream in = WebOriginTest.class.getResourceAsStream("/whatwg-url-origins.json")) {
            table = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode row : table.get("cases")) {
            String input = row.get("input").asText();
            tests.add(DynamicTest.dynamicTest("\"" + input.replaceAll("\\p{Cntrl}", "?") + "\"", () -> {
                Optional<WebOrigin> origin = WebOrigin.parse(input);
                if (row.has("invalid")) {
                    assertThat(origin).isEmpty();
                } else {
                    assertThat(origin).isPresent();
                    assertThat(origin.get().scheme() + ":").isEqualTo(row.get("protocol").asText());
                    assertThat(origin.get().host()).isEqualTo(row.get("hostname").asText());
                    String port = origin.get().port() == null ? "" : origin.get().port().toString();
                    assertThat(port).isEqualTo(row.get("port").asText());
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests;
    }
}
