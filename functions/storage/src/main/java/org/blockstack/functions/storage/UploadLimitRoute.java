package org.blockstack.functions.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.blockstack.functions.core.gaia.GaiaRequestException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a store whose declared {@code Content-Length} exceeds the upload limit before any of
 * its body is read, with the hub's JSON 413 (gaia-hub §4.4). It runs ahead of the framework's own
 * body-size check, which would answer a bare 413; bodies without a declared length are counted
 * while they stream ({@link GaiaHub#store}).
 */
@ApplicationScoped
public class UploadLimitRoute {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    HubConfig config;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseDeclaredOversize);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && request.method() == HttpMethod.POST && request.path().startsWith("/store/")) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > config.uploadLimit().maxBytes()) {
                GaiaRequestException refusal = config.uploadLimit().declaredTooLarge(length);
                context.response()
                        .setStatusCode(refusal.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader("Access-Control-Allow-Origin", "*")
                        // the unread body would otherwise have to be drained from the connection
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(json(GaiaErrorMappers.body(refusal.getMessage(), refusal.errorName())));
                return;
            }
        }
        context.next();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
