package org.blockstack.functions.benchmarks.floorhttp;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;

/** Answers GET /hello with a JSON greeting: all an HTTP Lambda on this stack does besides starting. */
@Path("/hello")
public class HelloResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> hello(@QueryParam("name") String name) {
        return Map.of("greeting", "hello " + (name == null ? "world" : name));
    }
}
