package org.blockstack.functions.storage;

import java.io.InputStream;
import java.util.LinkedHashMap;
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

/** {@code POST /list-files/<address>} (gaia-hub §6): 202 {@code {entries, page}}. */
@Path("/list-files")
public class ListFilesResource {
    static final String ROUTE = "/{address: [A-Za-z0-9]+}{slash: /?}";

    @Inject
    GaiaHub hub;

    @POST
    @Path(ROUTE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("address") String address,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws GaiaHubException {
        Map<String, Object> request = JsonRequestBodies.read(body, contentType);
        GaiaHub.Listing listing = hub.list(address, authorization, request == null ? Map.of() : request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("entries", listing.entries());
        answer.put("page", listing.page());
        return Response.accepted(answer).build();
    }
}
