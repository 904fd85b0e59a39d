package org.blockstack.functions.verify;

import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /v1/tokens/verify}: reads the raw request body and answers 200 with a verdict or
 * 400 with a JSON error naming what was wrong. Shared by the API Gateway function and the local
 * server, so both answer identically.
 */
@Singleton
public class VerifyHttpHandler {
    /** A second value after the request (e.g. a smuggled second token) makes the body invalid JSON. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final VerifyService verifier;

    @Inject
    public VerifyHttpHandler(VerifyService verifier) {
        this.verifier = verifier;
    }

    /**
     * @param contentType the request's Content-Type header, or null when it had none
     */
    public HttpReply handle(String body, String contentType) {
        if (contentType != null && !isJson(contentType)) {
            return new HttpReply(415, Map.of("error", "Content-Type is " + contentType
                    + "; this endpoint expects application/json"));
        }
        if (body == null || body.isBlank()) {
            return badRequest("request body is empty; expected a JSON object with a \"token\" string");
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (java.io.IOException e) {
            return badRequest("request body is not valid JSON; expected a JSON object with a \"token\" string");
        }
        VerifyRequest parsed = VerifyRequest.from(request);
        if (parsed instanceof VerifyRequest.Valid valid) {
            return new HttpReply(200, verifier.verify(valid.token(), valid.type(), valid.hints()));
        }
        return badRequest(((VerifyRequest.Invalid) parsed).reason());
    }

    /** {@code application/json} or any {@code application/*+json}, with or without parameters. */
    static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static HttpReply badRequest(String message) {
        return new HttpReply(400, Map.of("error", message));
    }
}
