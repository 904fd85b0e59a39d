package org.blockstack.functions.storage;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.gaia.HubInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code GET /hub_info} (gaia-hub §3): what clients need to build tokens and find their files. */
@Path("/hub_info")
@Produces(MediaType.APPLICATION_JSON)
public class HubInfoResource {
    /** Where this function serves the read side when no read URL prefix is configured. */
    public static final String READ_PATH = "hub/";

    @ConfigProperty(name = Settings.GAIA_SERVER_NAME, defaultValue = Settings.DEFAULT_GAIA_SERVER_NAME)
    String serverName;
    @ConfigProperty(name = Settings.GAIA_MAX_UPLOAD_MB, defaultValue = "20")
    double maxUploadMegabytes;
    @ConfigProperty(name = Settings.GAIA_READ_URL_PREFIX)
    Optional<String> readUrlPrefix;

    @GET
    public HubInfo hubInfo(@Context UriInfo uri) {
        return HubInfo.of(serverName, maxUploadMegabytes, readUrlPrefix(uri));
    }

    /** The configured prefix, else this function's own read path on the URL the client used. */
    private String readUrlPrefix(UriInfo uri) {
        return readUrlPrefix.filter(prefix -> !prefix.isBlank())
                .map(prefix -> prefix.endsWith("/") ? prefix : prefix + "/")
                .orElseGet(() -> uri.getBaseUri().resolve("/" + READ_PATH).toString());
    }
}
