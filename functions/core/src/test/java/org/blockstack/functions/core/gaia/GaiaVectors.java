package org.blockstack.functions.core.gaia;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Gaia vectors of the tokens spec §7 (test resource {@code gaia/token-vectors.json}). */
final class GaiaVectors {
    private static final JsonNode VECTORS = load();

    static final String APP_ADDRESS = key("APP", "btcAddress");
    static final String ID_ADDRESS = key("ID", "btcAddress");
    static final String OTHER_ADDRESS = key("OTHER", "btcAddress");

    private GaiaVectors() {
    }

    static String token(String name) {
        JsonNode token = VECTORS.path("tokens").path(name);
        if (token.isMissingNode()) {
            throw new IllegalArgumentException("no vector " + name);
        }
        return token.asText();
    }

    /** A field of one of the spec's keys: ID, APP, TRANSIT, OTHER. */
    static String key(String role, String field) {
        return VECTORS.path("keys").path(role).path(field).asText();
    }

    static Map<String, String> keys(String role) {
        return Map.of("priv", key(role, "priv"), "pub", key(role, "pubCompressed"));
    }

    private static JsonNode load() {
        try (InputStream in = GaiaVectors.class.getResourceAsStream("/gaia/token-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
