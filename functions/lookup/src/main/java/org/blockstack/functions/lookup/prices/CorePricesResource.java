package org.blockstack.functions.lookup.prices;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.LookupApi;

/**
 * Prices in Core's dialect (read-api §8): {@code /v1/prices/…} and {@code /v2/prices/…} are the
 * same handler; a name's price is wrapped in {@code name_price}, a namespace's is not.
 */
public abstract class CorePricesResource {
    @Inject
    AnswerCache answers;
    @Inject
    PriceQuotes prices;

    @LookupApi
    @Path("/v1/prices")
    public static class V1 extends CorePricesResource {
    }

    @LookupApi
    @Path("/v2/prices")
    public static class V2 extends CorePricesResource {
    }

    @GET
    @Path("names/{name}")
    public Response name(@PathParam("name") String name) {
        if (!NameSyntax.isValidName(name)) {
            return Answer.error(400, "Invalid name").toResponse();
        }
        return answers.get("core/price/name/" + name, tip -> prices.name(name, tip)
                .map(quote -> Answer.ok(Map.of("name_price", quote.json())))
                .orElse(Answer.error(404, "Unknown/invalid namespace"))).toResponse();
    }

    @GET
    @Path("namespaces/{namespace}")
    public Response namespace(@PathParam("namespace") String namespaceId) {
        if (!NameSyntax.isValidNamespaceId(namespaceId)) {
            return Answer.error(400, "Invalid namespace").toResponse();
        }
        return answers.get("core/price/namespace/" + namespaceId, tip -> prices.namespace(namespaceId, tip)
                .map(quote -> Answer.ok(quote.json()))
                .orElse(Answer.error(404, "Invalid namespace"))).toResponse();
    }
}
