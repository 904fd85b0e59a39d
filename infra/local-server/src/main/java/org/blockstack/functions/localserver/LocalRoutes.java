package org.blockstack.functions.localserver;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.sync.SyncService;
import org.blockstack.functions.sync.SyncSummary;
import org.blockstack.functions.verify.HttpReply;
import org.blockstack.functions.verify.VerifyHttpHandler;

/**
 * The routes that API Gateway maps to the Funqy functions on AWS, served here directly. Each
 * route is its own resource class: JAX-RS picks the class by its path before the method, so a
 * class at "/" would lose {@code /v1/tokens/verify} to the lookup function's {@code /v1} classes.
 */
public final class LocalRoutes {
    private LocalRoutes() {
    }

    /** {@code POST /v1/tokens/verify}: the raw body, so malformed requests get the same 400s as on AWS. */
    @Path("/v1/tokens/verify")
    public static class VerifyRoute {
        @Inject
        VerifyHttpHandler verify;

        @POST
        @Consumes(MediaType.WILDCARD)
        @Produces(MediaType.APPLICATION_JSON)
        public Response verify(String body, @HeaderParam("Content-Type") String contentType) {
            HttpReply reply = verify.handle(body, contentType);
            return Response.status(reply.status()).entity(reply.body()).build();
        }

        /**
         * The CORS preflight a browser sends before posting JSON from another origin, answered as
         * API Gateway's CORS configuration answers it on AWS (terraform/http_api.tf).
         */
        @OPTIONS
        public Response preflight() {
            return Response.noContent()
                    .header("Access-Control-Allow-Methods", "POST,OPTIONS")
                    .header("Access-Control-Allow-Headers", "*")
                    .header("Access-Control-Max-Age", "86400")
                    .build();
        }
    }

    /** {@code POST /sync}: one sync run now; 409 when another run holds the lease, 502 when it failed. */
    @Path("/sync")
    public static class SyncRoute {
        @Inject
        SyncService sync;

        @POST
        @Consumes(MediaType.WILDCARD)
        @Produces(MediaType.APPLICATION_JSON)
        public Response sync() {
            SyncSummary summary = sync.runOnce();
            int status = summary.failed() ? 502 : summary.leaseHeld() ? 409 : 200;
            return Response.status(status).entity(summary).build();
        }
    }
}
