package org.blockstack.functions.common.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Maps the HTTP framework's own failures to JSON bodies; never a stack trace, never HTML. */
public class FrameworkErrorMappers {
    private static final Logger LOG = Logger.getLogger(FrameworkErrorMappers.class);

    @ServerExceptionMapper
    public Response noSuchEndpoint(NotFoundException e) {
        return ApiErrors.of(404, "No such endpoint");
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e) {
        return ApiErrors.of(405, "Method not allowed on this endpoint");
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return ApiErrors.of(415, "Unsupported content type; this endpoint expects application/json");
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return ApiErrors.of(400, "Request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response otherWebError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return ApiErrors.of(status, "Internal error");
        }
        return ApiErrors.of(status, e.getMessage() == null ? "Request failed" : e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure while handling a request", e);
        return ApiErrors.of(500, "Internal error");
    }
}
