package org.blockstack.functions.common.http;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * JSON error bodies. Requests that fail before reaching a function's own code (no such route,
 * wrong method or content type, unreadable JSON) get both keys Blockstack clients read:
 * {@code error} (Core API clients) and {@code message} (Gaia clients).
 */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static Response of(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
