package org.blockstack.functions.lookup.http;

import java.net.URI;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Before routing, for the read API's paths ({@code /v1/}, {@code /v2/}, {@code /stacks/}): a CORS
 * preflight ({@code OPTIONS}) is answered at once, as Core answered it for any such path (read-api
 * §3.3), and runs of {@code /} collapse to one, as Core normalised paths (§3.1). Other paths (the
 * Gaia hub's, in the local server) are left alone: their slashes may be part of a file name.
 */
public class LookupPaths {
    static final String ALLOW_METHODS = "GET, PUT, POST, DELETE";
    static final String ALLOW_HEADERS = "content-type, authorization, range";
    static final String EXPOSE_HEADERS = "content-length, content-range";
    static final String MAX_AGE = "21600";
    private static final String VERIFY_ROUTES = "/v1/tokens/";

    @ServerRequestFilter(preMatching = true)
    public Response normalise(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!isLookupPath(path)) {
            return null;
        }
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Response.ok()
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", ALLOW_METHODS)
                    .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
                    .header("Access-Control-Expose-Headers", EXPOSE_HEADERS)
                    .header("Access-Control-Max-Age", MAX_AGE)
                    .build();
        }
        if (path.contains("//")) {
            URI uri = request.getUriInfo().getRequestUri();
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(path.replaceAll("/{2,}", "/")).build());
        }
        return null;
    }

    static boolean isLookupPath(String path) {
        // /v1/tokens/ is the verify function's route (its own Lambda on AWS), which answers its
        // own preflights in the local server
        return (path.startsWith("/v1/") && !path.startsWith(VERIFY_ROUTES)) || path.startsWith("/v2/")
                || path.startsWith("/stacks/") || path.startsWith("//");
    }
}
