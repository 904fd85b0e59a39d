package org.blockstack.functions.storage;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS as the reference hub sends it (gaia-hub §2.2, §8), plus the fix it lacks: preflights on
 * every hub route also allow {@code x-hiro-product}, which {@code @stacks/common} 6.9+ adds to
 * hub_info and file requests, and any other header a browser asks for (the hub authenticates by
 * bearer token, never by cookie, so refusing headers protects nothing). Preflights are answered
 * here, ahead of the REST resources; {@code Access-Control-Allow-Origin} on every other answer,
 * errors included, comes from the shared {@code CorsHeaders} filter.
 */
@ApplicationScoped
public class GaiaCors {
    static final String ALLOWED_METHODS = "DELETE,POST,GET,OPTIONS,HEAD";
    static final String ALLOWED_HEADERS = "Authorization,Content-Type,If-Match,If-None-Match,X-Hiro-Product";
    /** Browsers hide response headers from scripts unless exposed; clients need ETag to update files. */
    static final String EXPOSED_HEADERS = "Content-Type,ETag";
    private static final String MAX_AGE_SECONDS = "86400";
    private static final Set<String> HUB_ROUTES = Set.of("/hub_info", "/store/", "/delete/", "/list-files/",
            "/revoke-all/", "/" + ReadUrls.READ_PATH);

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::answerPreflight);
    }

    private void answerPreflight(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.OPTIONS || HUB_ROUTES.stream().noneMatch(request.path()::startsWith)) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(204)
                .putHeader("Access-Control-Allow-Origin", "*")
                .putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .putHeader("Access-Control-Allow-Headers", allowedHeaders(request.getHeader("Access-Control-Request-Headers")))
                .putHeader("Access-Control-Max-Age", MAX_AGE_SECONDS)
                .end();
    }

    /** The reference's list and X-Hiro-Product, then every other well-formed header requested. */
    static String allowedHeaders(String requestedHeaders) {
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
        return headers.toString();
    }

    /** RFC 9110 token characters: header names are echoed only when they are well-formed. */
    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
