package org.blockstack.functions.lookup.zonefiles;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.LookupApi;

/**
 * {@code POST /v1/zonefile} (read-api §5.9): stores a zone file whose hash some name has had on
 * chain. The body is read only up to {@link ZonefilePublisher#MAX_REQUEST_BYTES}; a larger declared
 * body is refused before any of it is read ({@link ZonefileUploadLimit}).
 */
@LookupApi
@Path(ZonefilePublisher.PATH)
public class ZonefilePublishResource {
    @Inject
    ZonefilePublisher publisher;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response publish(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
            @Context UriInfo uri) {
        try {
            return publisher.publish(contentType, body, serversOf(uri)).toResponse();
        } catch (IOException e) {
            return Answer.error(400, "Invalid request: the body could not be read (" + e.getMessage() + ")")
                    .toResponse();
        }
    }

    /** Our own public base URL, where the zone file can now be read (Core put its indexer's URL there). */
    private static List<String> serversOf(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return List.of(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
