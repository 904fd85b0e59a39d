package org.blockstack.functions.lookup.http;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * One rendered answer of the read API: status, content type and the exact body bytes. Rendering
 * once to bytes lets an answer be cached, hashed for its ETag and sent without serialising again.
 */
public record Answer(int status, String contentType, byte[] body, String location) {
    public static final String OCTET_STREAM = MediaType.APPLICATION_OCTET_STREAM;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    public static Answer json(int status, Object value) {
        try {
            return new Answer(status, MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(value), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    public static Answer ok(Object value) {
        return json(200, value);
    }

    /** A JSON error body {@code {"error": message}} (read-api §3.4). */
    public static Answer error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    /** Raw bytes (zone files), {@code application/octet-stream}. */
    public static Answer raw(byte[] bytes) {
        return new Answer(200, OCTET_STREAM, bytes, null);
    }

    /** A redirect to {@code location} with a JSON body (Core's subdomain redirect, read-api §5.1.3). */
    public static Answer redirect(int status, String location, Object body) {
        Answer json = json(status, body);
        return new Answer(status, json.contentType(), json.body(), location);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(contentType).entity(body);
        if (location != null) {
            response.header("Location", location);
        }
        return response.build();
    }
}
