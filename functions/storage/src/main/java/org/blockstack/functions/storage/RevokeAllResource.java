package org.blockstack.functions.storage;

import java.io.InputStream;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.gaia.GaiaHubException;

/** {@code POST /revoke-all/<address>} (gaia-hub §7): 202 {@code {"status":"success"}}. */
@Path("/revoke-all")
public class RevokeAllResource {
    @Inject
    GaiaHub hub;

    @POST
    @Path(ListFilesResource.ROUTE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response revokeAll(@PathParam("address") String address,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws GaiaHubException {
        hub.revokeAll(address, authorization, JsonRequestBodies.read(body, contentType));
        return Response.accepted(Map.of("status", "success")).build();
    }
}
