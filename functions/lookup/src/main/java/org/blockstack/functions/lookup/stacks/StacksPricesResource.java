package org.blockstack.functions.lookup.stacks;

import java.util.LinkedHashMap;
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
import org.blockstack.functions.lookup.prices.PriceQuotes;

/**
 * {@code /stacks/v2/prices/…} (read-api §8): a name's price both flat ({@code units}, {@code amount},
 * what typed Stacks API clients read) and wrapped in {@code name_price} (what blockstack.js reads);
 * a namespace's price flat. Hiro answers 400 for every failure.
 */
@LookupApi
@Path("/stacks/v2/prices")
public class StacksPricesResource {
    @Inject
    AnswerCache answers;
    @Inject
    PriceQuotes prices;

    @GET
    @Path("names/{name}")
    public Response name(@PathParam("name") String name) {
        if (!NameSyntax.isValidName(name)) {
            return Answer.error(400, "Invalid name").toResponse();
        }
        return answers.get("stacks/price/name/" + name, tip -> prices.name(name, tip).map(quote -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("units", quote.units());
            json.put("amount", quote.amount().toString());
            json.put("name_price", quote.json());
            return Answer.ok(json);
        }).orElse(Answer.error(400, "Invalid name"))).toResponse();
    }

    @GET
    @Path("namespaces/{namespace}")
    public Response namespace(@PathParam("namespace") String namespaceId) {
        if (!NameSyntax.isValidNamespaceId(namespaceId)) {
            return Answer.error(400, "Invalid namespace").toResponse();
        }
        return answers.get("stacks/price/namespace/" + namespaceId, tip -> prices.namespace(namespaceId, tip)
                .map(quote -> Answer.ok(quote.json()))
                .orElse(Answer.error(400, "Invalid namespace"))).toResponse();
    }
}
