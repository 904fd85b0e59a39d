package org.blockstack.functions.verify;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /v1/tokens/verify}: reads the raw request body and answers 200 with a verdict or
 * 400 with a JSON error naming what was wrong. Shared by the API Gateway function and the local
 * server, so both answer identically.
 */
@ApplicationScoped
public class VerifyHttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    VerifyService verifier;

    public HttpReply handle(String body) {
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
            return new HttpReply(200, verifier.verify(valid.token(), valid.type()));
        }
        return badRequest(((VerifyRequest.Invalid) parsed).reason());
    }

    private static HttpReply badRequest(String message) {
        return new HttpReply(400, Map.of("error", message));
    }
}
