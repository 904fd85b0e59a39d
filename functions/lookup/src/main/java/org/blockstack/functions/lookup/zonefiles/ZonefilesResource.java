package org.blockstack.functions.lookup.zonefiles;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.CacheFor;
import org.blockstack.functions.lookup.http.CachePolicy;
import org.blockstack.functions.lookup.http.LookupApi;

/** {@code GET /v1/zonefiles/{zonefileHash}} (read-api §5.8): the exact stored bytes. */
@LookupApi
@Path("/v1/zonefiles")
public class ZonefilesResource {
    @Inject
    ZonefileLibrary library;

    /** Raw bytes: clients hash them and refuse a mismatch, so nothing is re-encoded. */
    @GET
    @Path("{zonefileHash: [0-9a-fA-F]{40}}")
    @CacheFor(CachePolicy.IMMUTABLE)
    public Response zonefile(@PathParam("zonefileHash") String zonefileHash) {
        return library.get(zonefileHash.toLowerCase(Locale.ROOT)).map(Answer::raw)
                .orElse(Answer.error(404, "Blockstack node does not have this zonefile.  Try again later."))
                .toResponse();
    }
}
