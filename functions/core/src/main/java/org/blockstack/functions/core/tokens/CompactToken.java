package org.blockstack.functions.core.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * A compact JWT ({@code header.payload.signature}) split and decoded exactly as jsontokens does
 * (tokens spec §2.1, §2.5): the signing input is the first two segments as received, never
 * re-serialised; extra segments after the third are ignored; segments are decoded as
 * {@link JsonTokensBase64} describes and parsed as {@code JSON.parse} would (one value, nothing
 * after it). A signature segment that does not decode is kept as an empty signature: it is the
 * signature check, not decoding, that fails such a token, as in the reference.
 */
public final class CompactToken {
    private static final ObjectReader JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(Object.class);
    private static final byte[] NO_SIGNATURE = new byte[0];

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
        int firstDot = token.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
        if (secondDot < 0) {
            throw new MalformedTokenException("token has only " + (firstDot < 0 ? 1 : 2)
                    + " of the 3 dot-separated segments header.payload.signature");
        }
        int thirdDot = token.indexOf('.', secondDot + 1);
        int signatureEnd = thirdDot < 0 ? token.length() : thirdDot;
        Map<String, Object> header = decodeObject(token, 0, firstDot, "header");
        Map<String, Object> payload = decodeObject(token, firstDot + 1, secondDot, "payload");
        byte[] signature = JsonTokensBase64.decode(token, secondDot + 1, signatureEnd);
        byte[] signingInput = token.substring(0, secondDot).getBytes(StandardCharsets.UTF_8);
        return new CompactToken(token, header, payload, signingInput, signature == null ? NO_SIGNATURE : signature);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decodeObject(String token, int start, int end, String what)
            throws MalformedTokenException {
        byte[] bytes = JsonTokensBase64.decode(token, start, end);
        if (bytes == null) {
            throw new MalformedTokenException("token " + what + " segment is not base64url");
        }
        Object value;
        try {
            value = JSON.readValue(JsonTokensBase64.utf8(bytes));
        } catch (JsonProcessingException e) {
            throw new MalformedTokenException("token " + what + " is not valid JSON (is the segment base64url?): "
                    + e.getOriginalMessage(), e);
        }
        if (!(value instanceof Map)) {
            throw new MalformedTokenException("token " + what + " is JSON but not an object");
        }
        return (Map<String, Object>) value;
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

    /** The signing input without a defensive copy, for the verifier's hot path. */
    byte[] signingInputBytes() {
        return signingInput;
    }

    /** The signature bytes without a defensive copy, for the verifier's hot path. */
    byte[] signatureBytes() {
        return signature;
    }

    /** The header's {@code alg}, or null. */
    public String algorithm() {
        Object alg = header.get("alg");
        return alg instanceof String s ? s : null;
    }
}
