package org.blockstack.functions.verify;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of an API Gateway HTTP API (payload format 2.0) event the verify route reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiGatewayHttpEvent(
        String rawPath,
        Map<String, String> headers,
        String body,
        @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {

    /** A header by name, in any letter case (HTTP API lower-cases them; tests and tools may not). */
    public String header(String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
