package org.blockstack.functions.verify;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An API Gateway HTTP API (payload format 2.0) response. */
public record ApiGatewayHttpResponse(
        int statusCode,
        Map<String, String> headers,
        String body,
        @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {
}
