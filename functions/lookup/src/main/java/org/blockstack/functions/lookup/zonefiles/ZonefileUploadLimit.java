package org.blockstack.functions.lookup.zonefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a zone file publication whose declared {@code Content-Length} is over
 * {@link ZonefilePublisher#MAX_REQUEST_BYTES} before any of its body is read: 400 with the reason,
 * as Core refused over-long requests, and the connection closed so the body need not be drained.
 * Bodies without a declared length are cut off while read ({@link ZonefilePublisher}).
 */
@ApplicationScoped
public class ZonefileUploadLimit {
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseDeclaredOversize);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && request.method() == HttpMethod.POST && isPublishPath(request.path())
                && declaredLength(declared) > ZonefilePublisher.MAX_REQUEST_BYTES) {
            context.response()
                    .setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("{\"error\":\"" + ZonefilePublisher.INVALID + ": the body is " + declared.strip()
                            + " bytes, the most is " + ZonefilePublisher.MAX_REQUEST_BYTES + "\"}");
            return;
        }
        context.next();
    }

    /** {@code /v1/zonefile} and its copy under {@code /stacks}, with or without a trailing slash. */
    private static boolean isPublishPath(String path) {
        String trimmed = path.replaceAll("/{2,}", "/").replaceFirst("^/stacks/", "/").replaceFirst("/$", "");
        return trimmed.equals(ZonefilePublisher.PATH);
    }

    /** The declared length, or 0 when it is not a number (the body is then counted as it is read). */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
