package org.blockstack.functions.verify;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A verification request read from JSON: {@code {"token": "...", "type": "auto|authRequest|...",
 * "publicKey"?, "address"?, "hubUrl"?}}. Parsing never throws; a request that is not acceptable
 * becomes {@link Invalid} with the reason.
 */
public sealed interface VerifyRequest {
    /** Tokens larger than this are refused before parsing. */
    int MAX_TOKEN_BYTES = 64 * 1024;

    record Valid(String token, TokenType type, TokenHints hints) implements VerifyRequest {
    }

    record Invalid(String reason) implements VerifyRequest {
    }

    static VerifyRequest from(JsonNode request) {
        if (request == null || request.isNull() || request.isMissingNode()) {
            return new Invalid("request is empty; expected a JSON object with a \"token\" string");
        }
        if (!request.isObject()) {
            return new Invalid("request is JSON but not an object; expected {\"token\": \"...\"}");
        }
        JsonNode token = request.get("token");
        if (token == null || token.isNull()) {
            return new Invalid("\"token\" is missing");
        }
        if (!token.isTextual()) {
            return new Invalid("\"token\" must be a string, got " + token.getNodeType().name().toLowerCase());
        }
        if (isLongerThan(token.asText(), MAX_TOKEN_BYTES)) {
            return new Invalid("\"token\" is larger than " + MAX_TOKEN_BYTES + " bytes");
        }
        JsonNode type = request.get("type");
        TokenType tokenType = TokenType.AUTO;
        if (type != null && !type.isNull()) {
            if (!type.isTextual() || TokenType.fromWire(type.asText()).isEmpty()) {
                return new Invalid("\"type\" must be one of " + TokenType.allowedNames() + ", got " + type);
            }
            tokenType = TokenType.fromWire(type.asText()).orElseThrow();
        }
        String[] hints = new String[3];
        String[] names = {"publicKey", "address", "hubUrl"};
        for (int i = 0; i < names.length; i++) {
            JsonNode hint = request.get(names[i]);
            if (hint != null && !hint.isNull() && !hint.isTextual()) {
                return new Invalid("\"" + names[i] + "\" must be a string, got " + hint.getNodeType().name().toLowerCase());
            }
            hints[i] = hint == null || hint.isNull() || hint.asText().isEmpty() ? null : hint.asText();
        }
        return new Valid(token.asText(), tokenType,
                new TokenHints(hints[0], hints[1], hints[2] == null ? null : Set.of(hints[2])));
    }

    /** UTF-8 length above {@code limit}, without encoding the whole text when it is plainly too long. */
    private static boolean isLongerThan(String text, int limit) {
        return text.length() > limit || text.getBytes(StandardCharsets.UTF_8).length > limit;
    }
}
