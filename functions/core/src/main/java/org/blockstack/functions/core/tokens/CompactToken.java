package org.blockstack.functions.core.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A compact JWT ({@code header.payload.signature}) split and decoded exactly as jsontokens does
 * (tokens spec §2.1, §2.5): the signing input is the first two segments as received, never
 * re-serialised; extra segments after the third are ignored.
 */
public final class CompactToken {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final String text;
    private final Map<String, Object> header;
    private final Map<String, Object> payload;
    private final byte[] signingInput;
    private final byte[] signature;

    private CompactToken(String text, Map<String, Object> header, Map<String, Object> payload,
            byte[] signingInput, byte[] signature) {
        this.text = text;
        this.header = header;
        this.payload = payload;
        this.signingInput = signingInput;
        this.signature = signature;
    }

    public static CompactToken parse(String token) throws MalformedTokenException {
        if (token == null || token.isEmpty()) {
            throw new MalformedTokenException("token is empty");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length < 3) {
            throw new MalformedTokenException("token has " + parts.length
                    + " dot-separated segments, expected header.payload.signature");
        }
        Map<String, Object> header = decodeObject(parts[0], "header");
        Map<String, Object> payload = decodeObject(parts[1], "payload");
        byte[] signature = decodeSegment(parts[2], "signature");
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return new CompactToken(token, header, payload, signingInput, signature);
    }

    private static Map<String, Object> decodeObject(String segment, String what) throws MalformedTokenException {
        byte[] bytes = decodeSegment(segment, what);
        try {
            Object value = JSON.readValue(bytes, Object.class);
            if (!(value instanceof Map)) {
                throw new MalformedTokenException("token " + what + " is JSON but not an object");
            }
            return JSON.convertValue(value, OBJECT);
        } catch (java.io.IOException e) {
            throw new MalformedTokenException("token " + what + " is not valid JSON", e);
        }
    }

    private static byte[] decodeSegment(String segment, String what) throws MalformedTokenException {
        try {
            return Base64.getUrlDecoder().decode(segment);
        } catch (IllegalArgumentException e) {
            throw new MalformedTokenException("token " + what + " segment is not base64url: " + e.getMessage(), e);
        }
    }

    public String text() {
        return text;
    }

    public Map<String, Object> header() {
        return header;
    }

    public Map<String, Object> payload() {
        return payload;
    }

    public byte[] signingInput() {
        return signingInput.clone();
    }

    public byte[] signature() {
        return signature.clone();
    }

    /** The header's {@code alg}, or null. */
    public String algorithm() {
        Object alg = header.get("alg");
        return alg instanceof String s ? s : null;
    }
}
