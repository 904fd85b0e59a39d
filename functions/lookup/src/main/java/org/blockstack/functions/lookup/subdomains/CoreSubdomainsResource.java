package org.blockstack.functions.lookup.subdomains;

import java.util.Locale;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.http.QueryValues;
import org.blockstack.functions.lookup.names.NameListing;

/** {@code /v1/subdomains} and {@code /v1/subdomains/{txid}} (read-api §5.7), from {@link Subdomains}. */
@LookupApi
@Path("/v1/subdomains")
public class CoreSubdomainsResource {
    @Inject
    AnswerCache answers;
    @Inject
    Subdomains subdomains;

    @GET
    public Response all(@QueryParam("page") String page) {
        if (page == null) {
            return Answer.error(400, "page= argument required").toResponse();
        }
        OptionalLong pageNumber = QueryValues.listingPage(page);
        if (pageNumber.isEmpty()) {
            return Answer.error(400, "Invalid page= value").toResponse();
        }
        long offset = pageNumber.getAsLong() * NameListing.PAGE_SIZE;
        return answers.get("core/subdomains?" + pageNumber.getAsLong(),
                tip -> Answer.ok(subdomains.page(offset, NameListing.PAGE_SIZE))).toResponse();
    }

    @GET
    @Path("{txid}")
    public Response inTransaction(@PathParam("txid") String txid) {
        if (!txid.matches("[0-9a-fA-F]{64}")) {
            return Answer.error(400, "Invalid argument: not a well-formed txid").toResponse();
        }
        String id = txid.toLowerCase(Locale.ROOT);
        return answers.get("core/subdomains/" + id, tip -> Answer.ok(subdomains.inTransaction(id))).toResponse();
    }
}
