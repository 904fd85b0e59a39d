package org.blockstack.functions.verify;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The "simple response" of an HTTP API Lambda authorizer (payload format 2.0): allow or deny, and
 * on allow the context API Gateway hands to the integration as {@code $context.authorizer.*}.
 */
public record AuthorizerResponse(@JsonProperty("isAuthorized") boolean isAuthorized, Map<String, String> context) {
    public static AuthorizerResponse deny() {
        return new AuthorizerResponse(false, Map.of());
    }
}
