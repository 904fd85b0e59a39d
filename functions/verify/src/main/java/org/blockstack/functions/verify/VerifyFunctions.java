package org.blockstack.functions.verify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.blockstack.functions.core.tokens.TokenCheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.funqy.Funq;

/**
 * The Lambda entry points. {@code verify} takes the request itself (other AWS services invoke it
 * directly); {@code verifyHttp} takes an API Gateway HTTP API event for the route
 * {@code POST /v1/tokens/verify}, so it can answer 400 to bodies that are not even JSON;
 * {@code authorize} is an API Gateway HTTP API Lambda authorizer (payload format 2.0, simple
 * responses) admitting requests with a valid auth response or Gaia bearer token.
 */
public class VerifyFunctions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_HEADERS = Map.of(
            "Content-Type", "application/json",
            "Access-Control-Allow-Origin", "*");

    @Inject
    VerifyService verifier;
    @Inject
    VerifyHttpHandler http;
    @Inject
    BearerTokenAuthorizer authorizer;

    /** A request that cannot be judged is answered as invalid, with the reason as its one check. */
    @Funq("verify")
    public VerifyResult verify(JsonNode request) {
        VerifyRequest parsed = VerifyRequest.from(request);
        if (parsed instanceof VerifyRequest.Valid valid) {
            return verifier.verify(valid.token(), valid.type(), valid.hints());
        }
        return new VerifyResult(false, null, null,
                List.of(TokenCheck.fail("request", ((VerifyRequest.Invalid) parsed).reason())), null);
    }

    @Funq("verifyHttp")
    public ApiGatewayHttpResponse verifyHttp(ApiGatewayHttpEvent event) {
        String body = event == null ? null : event.body();
        String contentType = event == null ? null : event.header("content-type");
        HttpReply reply;
        if (body != null && event.isBase64Encoded()) {
            try {
                reply = http.handle(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8), contentType);
            } catch (IllegalArgumentException e) {
                reply = new HttpReply(400, Map.of("error", "request body is marked base64 but is not base64"));
            }
        } else {
            reply = http.handle(body, contentType);
        }
        return new ApiGatewayHttpResponse(reply.status(), JSON_HEADERS, toJson(reply.body()), false);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    @Funq("authorize")
    public AuthorizerResponse authorize(AuthorizerEvent event) {
        return authorizer.authorize(event);
    }
}
