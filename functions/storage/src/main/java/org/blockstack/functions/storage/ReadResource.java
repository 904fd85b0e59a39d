package org.blockstack.functions.storage;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.gaia.GaiaHubException;
import org.blockstack.functions.infra.aws.s3.GaiaObjectStore.ObjectContent;
import org.blockstack.functions.infra.aws.s3.GaiaObjectStore.ObjectInfo;

/**
 * The read side (gaia-hub §8) under {@code <base URL>/hub/}, the default {@code read_url_prefix}:
 * {@code GET|HEAD /hub/<address>/<path>} serve the stored bytes with their content type and the
 * very ETag the store call returned, and expose ETag to browser scripts.
 */
@Path("/" + ReadUrls.READ_PATH)
public class ReadResource {
    /** The reference reader also matches '-' and '_' in the first segment. */
    static final String ROUTE = "/{address: [A-Za-z0-9_-]+}/{path: .+}";
    private static final String DEFAULT_CACHE_CONTROL = "no-cache";

    @Inject
    GaiaHub hub;

    @GET
    @Path(ROUTE)
    public Response read(@PathParam("address") String address, @Encoded @PathParam("path") String path,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws GaiaHubException {
        Optional<ObjectContent> file = hub.read(address, path, Optional.ofNullable(ifNoneMatch));
        if (file.isEmpty()) {
            return notFound();
        }
        if (file.get().body() == null) {
            return Response.notModified(file.get().info().etag())
                    .header("Access-Control-Expose-Headers", GaiaCors.EXPOSED_HEADERS).build();
        }
        return withMetadata(Response.ok(file.get().body()), file.get().info()).build();
    }

    @HEAD
    @Path(ROUTE)
    public Response head(@PathParam("address") String address, @Encoded @PathParam("path") String path)
            throws GaiaHubException {
        Optional<ObjectInfo> file = hub.stat(address, path);
        return file.isEmpty() ? notFound() : withMetadata(Response.ok(), file.get()).build();
    }

    private static Response.ResponseBuilder withMetadata(Response.ResponseBuilder response, ObjectInfo info) {
        return response
                .header(HttpHeaders.CONTENT_TYPE, info.contentType().orElse(MediaType.APPLICATION_OCTET_STREAM))
                .header(HttpHeaders.CONTENT_LENGTH, info.contentLength())
                .header(HttpHeaders.ETAG, info.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(info.lastModified().atOffset(ZoneOffset.UTC)))
                .header(HttpHeaders.CACHE_CONTROL, info.cacheControl().orElse(DEFAULT_CACHE_CONTROL))
                .header("Access-Control-Expose-Headers", GaiaCors.EXPOSED_HEADERS);
    }

    private static Response notFound() {
        return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(GaiaErrorMappers.body("File not found", Optional.of("DoesNotExist")))
                .header("Access-Control-Expose-Headers", GaiaCors.EXPOSED_HEADERS).build();
    }
}
