package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Golden answers for the demo chain ({@code src/test/resources/golden/demo-chain.json}), in both
 * dialects, compared field by field: every object must have exactly the golden keys (the field
 * tables of read-api §5–§10, against which the file was reviewed), and every value must be equal,
 * or, where the golden value is a placeholder, of that kind. Placeholders stand for what changes
 * with the stack's ports (the zone files name the Gaia URL, so hashes and txids move with it):
 * {@code <hex64>}, {@code <hex40>}, {@code <hex32>}, {@code <base58>}, {@code <p2pkh-script>},
 * {@code <public-key>}, {@code <any>}; and for values known from the demo chain,
 * {@code <address:LABEL>}, {@code <c32:LABEL>}, {@code <profile-url:LABEL>} and
 * {@code <zonefile:NAME:OWNER>}, which are expanded and compared exactly.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupGoldenTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z0-9-]+)(?::([^:>]+))?(?::([^>]+))?>");
    private static final Map<String, String> KINDS = Map.of(
            "hex64", "[0-9a-f]{64}",
            "hex40", "[0-9a-f]{40}",
            "hex32", "[0-9a-f]{32}",
            "base58", "[123mn][1-9A-HJ-NP-Za-km-z]{25,34}",
            "p2pkh-script", "76a914[0-9a-f]{40}88ac",
            "public-key", "0[23][0-9a-f]{64}",
            "any", "(?s).*");

    private DemoChain demo;

    @Test
    void theDemoChainAnswersAsTheGoldenFileSays() throws IOException {
        DemoIndex.awaitSynced();
        demo = DemoIndex.demo();
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/golden/demo-chain.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        List<String> mismatches = new ArrayList<>();
        for (JsonNode golden : cases) {
            String path = expand(golden.get("request").asText());
            Response response = given().urlEncodingEnabled(false).get(path);
            if (response.statusCode() != golden.get("status").asInt()) {
                mismatches.add(path + ": status " + response.statusCode() + ", golden " + golden.get("status"));
                continue;
            }
            compare(path + " $", golden.get("body"), new ObjectMapper().readTree(response.asByteArray()), mismatches);
        }
        assertThat(mismatches).as("answers that differ from golden/demo-chain.json").isEmpty();
        assertThat(cases.size()).isGreaterThanOrEqualTo(20);
    }

    private void compare(String where, JsonNode golden, JsonNode actual, List<String> mismatches) {
        if (golden.isObject()) {
            if (!actual.isObject()) {
                mismatches.add(where + ": " + actual + " is not an object");
                return;
            }
            TreeSet<String> goldenKeys = new TreeSet<>();
            golden.fieldNames().forEachRemaining(goldenKeys::add);
            TreeSet<String> actualKeys = new TreeSet<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            if (!goldenKeys.equals(actualKeys)) {
                mismatches.add(where + ": keys " + actualKeys + ", golden " + goldenKeys);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = golden.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(where + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), mismatches);
            }
        } else if (golden.isArray()) {
            if (!actual.isArray() || actual.size() != golden.size()) {
                mismatches.add(where + ": " + actual + " is not an array of " + golden.size());
                return;
            }
            for (int i = 0; i < golden.size(); i++) {
                compare(where + "[" + i + "]", golden.get(i), actual.get(i), mismatches);
            }
        } else if (golden.isTextual() && PLACEHOLDER.matcher(golden.asText()).find()) {
            if (!actual.isTextual() || !matches(golden.asText(), actual.asText())) {
                mismatches.add(where + ": " + actual + " is not " + golden);
            }
        } else if (!golden.equals(actual)) {
            mismatches.add(where + ": " + actual + ", golden " + golden);
        }
    }

    /** Kind placeholders become patterns, the rest is expanded to its exact value, the text around is literal. */
    private boolean matches(String golden, String actual) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(golden);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(golden.substring(last, m.start())));
            String kind = KINDS.get(m.group(1));
            regex.append(kind != null ? kind : Pattern.quote(value(m.group(1), m.group(2), m.group(3))));
            last = m.end();
        }
        regex.append(Pattern.quote(golden.substring(last)));
        return actual.matches(regex.toString());
    }

    private String expand(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2), m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String kind, String first, String second) {
        return switch (kind) {
            case "address" -> demo.addressOf(first);
            case "c32" -> OwnerAddress.fromBase58(demo.addressOf(first)).orElseThrow().toC32Mainnet();
            case "profile-url" -> demo.profileUrlPrefix() + demo.addressOf(first) + "/profile.json";
            case "zonefile" -> "$ORIGIN " + first + "\n$TTL 3600\n_http._tcp\tIN\tURI\t10\t1\t\"" + demo.profileUrlPrefix()
                    + demo.addressOf(second) + "/profile.json\"\n\n";
            default -> throw new IllegalArgumentException("unknown placeholder <" + kind + "> in the golden file");
        };
    }
}
