package org.blockstack.functions.lookup.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.LookupApi;

/**
 * {@code GET /v1/openapi.yaml}: the read API described in OpenAPI 3.1, written by hand next to the
 * code (the resources answer with rendered bytes, so there are no Java types to generate it from);
 * the build checks it against the resources and the answers.
 */
@LookupApi
@Path("/v1/openapi.yaml")
public class OpenApiResource {
    /** Where the document is on the class path (listed for the native image in application.properties). */
    public static final String DOCUMENT = "openapi/lookup.yaml";
    static final String YAML = "application/yaml";

    private static final byte[] BYTES = load();

    @GET
    public Response document() {
        return new Answer(200, YAML, BYTES, null).toResponse();
    }

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
