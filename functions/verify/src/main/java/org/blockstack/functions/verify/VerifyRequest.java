package org.blockstack.functions.verify;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A verification request read from JSON: {@code {"token": "...", "type": "auto|authRequest|..."}}.
 * Parsing never throws; a request that is not acceptable becomes {@link Invalid} with the reason.
 */
public sealed interface VerifyRequest {
    /** Tokens larger than this are refused before parsing. */
    int MAX_TOKEN_BYTES = 64 * 1024;

    record Valid(String token, TokenType type) implements VerifyRequest {
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
        if (token.asText().getBytes(StandardCharsets.UTF_8).length > MAX_TOKEN_BYTES) {
            return new Invalid("\"token\" is larger than " + MAX_TOKEN_BYTES + " bytes");
        }
        JsonNode type = request.get("type");
        if (type == null || type.isNull()) {
            return new Valid(token.asText(), TokenType.AUTO);
        }
        if (!type.isTextual() || TokenType.fromWire(type.asText()).isEmpty()) {
            return new Invalid("\"type\" must be one of " + TokenType.allowedNames() + ", got " + type);
        }
        return new Valid(token.asText(), TokenType.fromWire(type.asText()).orElseThrow());
    }
}
