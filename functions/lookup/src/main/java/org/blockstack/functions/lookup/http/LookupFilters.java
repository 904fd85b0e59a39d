package org.blockstack.functions.lookup.http;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.lookup.chain.ChainTip;
import org.blockstack.functions.lookup.chain.Tip;

/**
 * The read API's request rules and response headers. Requests: a query parameter given twice is
 * refused, as Core refuses it (read-api §3.2). Responses to GET and HEAD: {@code Cache-Control}
 * from the method's {@link CacheFor}, an {@code ETag} derived from the last processed block and
 * the body, {@code 304} when {@code If-None-Match} names it, and {@code Server-Timing} with the
 * function's own time and the time it waited on the stores.
 */
@Provider
@LookupApi
public class LookupFilters implements ContainerRequestFilter, ContainerResponseFilter {
    static final String SERVER_TIMING = "Server-Timing";

    @Inject
    RequestTiming timing;
    @Inject
    ChainTip chainTip;
    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        timing.start();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1) {
                request.abortWith(Answer.error(400, "query parameter '" + parameter.getKey()
                        + "' is given more than once; give each parameter at most once").toResponse());
                return;
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        } else {
            int status = response.getStatus();
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, policy().cacheControl(status));
            if (response.getEntity() instanceof byte[] body && status < 500) {
                String etag = etag(chainTip.current(), body);
                response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
                if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                    response.setStatus(304);
                    response.setEntity(null);
                }
            }
        }
        long total = timing.elapsedNanos();
        long store = Math.min(total, timing.storeNanos());
        response.getHeaders().putSingle(SERVER_TIMING, String.format(Locale.ROOT, "handler;dur=%.3f, store;dur=%.3f",
                (total - store) / 1e6, store / 1e6));
    }

    private CachePolicy policy() {
        CacheFor annotation = resourceInfo.getResourceMethod() == null ? null
                : resourceInfo.getResourceMethod().getAnnotation(CacheFor.class);
        return annotation == null ? CachePolicy.INDEX : annotation.value();
    }

    /**
     * A strong validator: the last processed block (height and hash) and the body's bytes. The
     * height leads, so caches and people can tell at a glance which block an answer is of.
     */
    static String etag(Tip tip, byte[] body) {
        byte[] block = String.valueOf(tip.blockHash()).getBytes(StandardCharsets.US_ASCII);
        byte[] input = new byte[block.length + 1 + body.length];
        System.arraycopy(block, 0, input, 0, block.length);
        System.arraycopy(body, 0, input, block.length + 1, body.length);
        return "\"" + tip.height() + "-" + HexFormat.of().formatHex(Hashes.sha256(input), 0, 10) + "\"";
    }

    /** {@code If-None-Match}: {@code *}, or a list of (possibly weak) tags, compared weakly (RFC 9110 §13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
