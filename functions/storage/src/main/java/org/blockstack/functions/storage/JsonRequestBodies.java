package org.blockstack.functions.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import org.blockstack.functions.core.gaia.GaiaRequestException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The small JSON bodies of list-files and revoke-all (gaia-hub §6.1, §7): at most 4096 bytes,
 * read only when declared {@code application/json} (anything else reads as {@code {}}, as in
 * the reference, whose JSON parser skips other types).
 */
final class JsonRequestBodies {
    static final int MAX_BYTES = 4096;
    /** Text after the JSON value is refused, as Node's JSON.parse refuses it. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private JsonRequestBodies() {
    }

    /** The body as a JSON object; null when it is empty, not JSON-typed, or not an object. */
    static Map<String, Object> read(InputStream body, String contentType) throws GaiaRequestException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw GaiaRequestException.invalidRequest("Invalid JSON: the body could not be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw GaiaRequestException.invalidRequest("Invalid JSON: too long");
        }
        if (bytes.length == 0) {
            return null;
        }
        try {
            Object value = JSON.readValue(bytes, Object.class);
            return value instanceof Map ? JSON.convertValue(value, OBJECT) : null;
        } catch (JsonProcessingException e) {
            throw GaiaRequestException.invalidRequest("Invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw GaiaRequestException.invalidRequest("Invalid JSON: the body could not be read");
        }
    }
}
