package org.blockstack.functions.storage;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.gaia.GaiaHubException;

import io.vertx.core.http.HttpServerRequest;

/**
 * {@code DELETE /delete/<address>/<path>} (gaia-hub §5): 202 with an empty body. Address and path
 * come from the raw request path ({@link RawFilePath}).
 */
@Path("/delete")
public class DeleteResource {
    @Inject
    GaiaHub hub;

    @DELETE
    @Path(StoreResource.ROUTE)
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpServerRequest request)
            throws GaiaHubException {
        RawFilePath raw = RawFilePath.of(request.path(), "/delete/");
        // "If-Match: *" asks only that the file exist, which every delete requires anyway
        hub.delete(raw.address(), raw.encodedPath(), authorization,
                Optional.ofNullable(ifMatch).filter(etag -> !etag.isEmpty() && !etag.strip().equals("*")));
        return Response.accepted().build();
    }
}
