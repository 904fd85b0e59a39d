package org.blockstack.functions.storage;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.gaia.GaiaRequestException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * A store whose {@code Content-Type} is not a media type ({@code foo}, {@code /}) is 400
 * {@code InvalidInputError}, with the type named. The REST framework parses the header to match
 * a resource and would refuse it with a 415 saying JSON was expected; the read side could not
 * serve such a type either (docs/decisions.md QA-8).
 */
public class UnparsableContentTypes {
    /** @return the refusal, or null to let the request through */
    @ServerRequestFilter(preMatching = true)
    public Response refuseUnparsableStoreTypes(HttpServerRequest request) {
        if (request.method() != HttpMethod.POST || !request.path().startsWith("/store/")) {
            return null;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || parses(type)) {
            return null;
        }
        GaiaRequestException refusal = GaiaRequestException.invalidInput("Invalid content-type: '" + type
                + "' is not a media type (type/subtype, e.g. text/plain)");
        return GaiaErrorMappers.response(refusal);
    }

    private static boolean parses(String type) {
        try {
            MediaType.valueOf(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
