package org.blockstack.functions.verify;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of an API Gateway HTTP API Lambda authorizer request (payload format 2.0) the
 * authorizer reads: the headers, and the identity source API Gateway extracted (the
 * {@code Authorization} header when the authorizer is configured as the docs say).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthorizerEvent(String version, String type, String routeArn, List<String> identitySource,
        Map<String, String> headers) {

    /** The Authorization header (any letter case), else the first identity source value; null when neither. */
    public String authorization() {
        if (headers != null) {
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase("authorization")) {
                    return header.getValue();
                }
            }
        }
        return identitySource == null || identitySource.isEmpty() ? null : identitySource.get(0);
    }
}
