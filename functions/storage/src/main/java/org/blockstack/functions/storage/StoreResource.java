package org.blockstack.functions.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.blockstack.functions.core.gaia.GaiaHubException;
import org.blockstack.functions.core.gaia.GaiaRequestException;

import io.vertx.core.http.HttpServerRequest;

/**
 * {@code POST /store/<address>/<path>} (gaia-hub §4): 202 {@code {publicURL, etag}}. The address
 * and path are read from the raw request path ({@link RawFilePath}); the route only selects.
 */
@Path("/store")
public class StoreResource {
    static final String ROUTE = "/{address: [A-Za-z0-9]+}/{path: .+}";

    @Inject
    GaiaHub hub;
    @Inject
    ReadUrls readUrls;

    @POST
    @Path(ROUTE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response store(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context UriInfo uri, @Context HttpServerRequest request, InputStream body) throws GaiaHubException {
        RawFilePath raw = RawFilePath.of(request.path(), "/store/");
        GaiaHub.Stored stored;
        try {
            stored = hub.store(new GaiaHub.StoreRequest(raw.address(), raw.encodedPath(), authorization, contentType,
                    declaredLength(contentLength), ifMatch, ifNoneMatch, body));
        } catch (IOException e) {
            throw GaiaRequestException.invalidRequest("The request body could not be read: " + e.getMessage());
        }
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("publicURL", readUrls.publicUrl(uri, raw.address(), stored.path()));
        answer.put("etag", stored.etag());
        return Response.accepted(answer).build();
    }

    private static OptionalLong declaredLength(String header) throws GaiaRequestException {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long length = Long.parseLong(header.strip());
            if (length < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(length);
        } catch (NumberFormatException e) {
            throw GaiaRequestException.invalidRequest("Content-Length must be a non-negative integer");
        }
    }
}
