package org.blockstack.functions.storage;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.Response;

/**
 * CORS as the reference hub sends it (gaia-hub §2.2, §8), plus the fix it lacks: preflights also
 * allow {@code x-hiro-product}, which {@code @stacks/common} 6.9+ adds to every hub_info and file
 * request, and any other header a browser asks for (the hub authenticates by bearer token, never
 * by cookie, so there is nothing to protect by refusing headers). Access-Control-Allow-Origin
 * comes from the shared {@code CorsHeaders} filter, on every answer including errors.
 */
public final class GaiaCors {
    public static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
    static final String ALLOWED_METHODS = "DELETE,POST,GET,OPTIONS,HEAD";
    static final String ALLOWED_HEADERS = "Authorization,Content-Type,If-Match,If-None-Match,X-Hiro-Product";
    /** Browsers hide response headers from scripts unless exposed; clients need ETag to update files. */
    static final String EXPOSED_HEADERS = "Content-Type,ETag";
    private static final String MAX_AGE_SECONDS = "86400";

    private GaiaCors() {
    }

    /** 204 with the allowed methods and headers, cacheable by the browser for a day. */
    public static Response preflight(String requestedHeaders) {
        Set<String> known = new HashSet<>();
        for (String header : ALLOWED_HEADERS.split(",")) {
            known.add(header.toLowerCase(Locale.ROOT));
        }
        StringBuilder headers = new StringBuilder(ALLOWED_HEADERS);
        if (requestedHeaders != null) {
            for (String header : requestedHeaders.split(",")) {
                String name = header.strip();
                if (!name.isEmpty() && name.chars().allMatch(GaiaCors::isTokenChar)
                        && known.add(name.toLowerCase(Locale.ROOT))) {
                    headers.append(',').append(name);
                }
            }
        }
        return Response.noContent()
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", headers.toString())
                .header("Access-Control-Max-Age", MAX_AGE_SECONDS)
                .build();
    }

    /** RFC 9110 token characters: header names are echoed only when they are well-formed. */
    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
