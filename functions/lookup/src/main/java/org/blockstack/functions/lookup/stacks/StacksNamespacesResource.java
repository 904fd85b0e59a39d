package org.blockstack.functions.lookup.stacks;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.names.NameListing;
import org.blockstack.functions.lookup.namespaces.CoreNamespacesResource;
import org.blockstack.functions.lookup.namespaces.Namespaces;

/**
 * {@code /stacks/v1/namespaces…} in the Stacks API dialect (read-api §6.1, §6.3): the list wrapped
 * in {@code namespaces}; a namespace's names with optional paging, 400 for an unknown namespace, and
 * revoked names dropped after the page's window is taken, as Hiro does. The record and the count,
 * which Hiro never served, have Core's shape.
 */
@LookupApi
@Path("/stacks/v1/namespaces")
public class StacksNamespacesResource {
    @Inject
    AnswerCache answers;
    @Inject
    Namespaces namespaces;
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    CoreNamespacesResource core;
    @Inject
    NameListing listing;

    @GET
    public Response all() {
        return answers.get("stacks/namespaces", tip -> Answer.ok(Map.of("namespaces", namespaces.readyIds(tip))))
                .toResponse();
    }

    @GET
    @Path("{namespace}")
    public Response namespace(@PathParam("namespace") String namespaceId) {
        return core.namespace(namespaceId);
    }

    @GET
    @Path("{namespace}/name_count")
    public Response nameCount(@PathParam("namespace") String namespaceId) {
        return core.nameCount(namespaceId);
    }

    @GET
    @Path("{namespace}/names")
    public Response names(@PathParam("namespace") String namespaceId, @QueryParam("page") String page) {
        OptionalLong pageNumber = StacksPages.parse(page);
        if (pageNumber.isEmpty()) {
            return Answer.error(400, StacksPages.INVALID).toResponse();
        }
        long p = pageNumber.getAsLong();
        return answers.get("stacks/namespace/" + namespaceId + "/names?" + p, tip -> {
            if (!NameSyntax.isValidNamespaceId(namespaceId) || namespaces.existing(namespaceId, tip).isEmpty()) {
                return Answer.error(400, "No such namespace");
            }
            if (listing.isPastTheEnd(tip, namespaceId, p)) {
                return StacksPages.answer(p, List.of());
            }
            return StacksPages.answer(p, store.call(() -> index.namesInNamespace(namespaceId)
                    .skip(p * NameListing.PAGE_SIZE).limit(NameListing.PAGE_SIZE)
                    .filter(record -> !record.revoked()).map(NameRecord::name).toList()));
        }).toResponse();
    }
}
