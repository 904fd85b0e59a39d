package org.blockstack.functions.storage;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.blockstack.functions.core.gaia.HubInfo;

/** {@code GET /hub_info} (gaia-hub §3): what clients need to build tokens and find their files. */
@Path("/hub_info")
@Produces(MediaType.APPLICATION_JSON)
public class HubInfoResource {
    @Inject
    HubConfig config;
    @Inject
    ReadUrls readUrls;

    @GET
    public HubInfo hubInfo(@Context UriInfo uri) {
        return HubInfo.of(config.serverName(), config.uploadLimit().megabytes(), readUrls.prefix(uri));
    }
}
