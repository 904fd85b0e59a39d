package org.blockstack.functions.lookup.namespaces;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.http.QueryValues;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.names.NameListing;
import org.blockstack.functions.lookup.records.RecordJson;

/** {@code /v1/namespaces…} in Core's dialect (read-api §6). */
@LookupApi
@Path("/v1/namespaces")
public class CoreNamespacesResource {
    static final String INVALID_NAMESPACE = "Invalid namespace";
    static final String NO_SUCH_NAMESPACE = "No such namespace";

    @Inject
    AnswerCache answers;
    @Inject
    Namespaces namespaces;
    @Inject
    NameListing listing;
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;

    /** Ready namespaces, as Core's bare array. */
    @GET
    public Response all() {
        return answers.get("core/namespaces", tip -> Answer.ok(namespaces.readyIds(tip))).toResponse();
    }

    @GET
    @Path("{namespace}")
    public Response namespace(@PathParam("namespace") String namespaceId) {
        if (!NameSyntax.isValidNamespaceId(namespaceId)) {
            return Answer.error(400, INVALID_NAMESPACE).toResponse();
        }
        return answers.get("core/namespace/" + namespaceId, tip -> {
            Optional<NamespaceRecord> found = namespaces.existing(namespaceId, tip);
            if (found.isEmpty()) {
                return Answer.error(404, NO_SUCH_NAMESPACE);
            }
            Map<String, Object> json = RecordJson.namespace(found.get());
            if (found.get().isReady()) {
                List<HistoryEntry> rows = store.call(() -> index.historyNewestFirst(namespaceId).toList());
                json.put("history", RecordJson.byBlock(rows));
            }
            return Answer.ok(json);
        }).toResponse();
    }

    @GET
    @Path("{namespace}/names")
    public Response names(@PathParam("namespace") String namespaceId, @QueryParam("page") String page) {
        if (!NameSyntax.isValidNamespaceId(namespaceId)) {
            return Answer.error(400, INVALID_NAMESPACE).toResponse();
        }
        if (page == null) {
            return Answer.error(400, "page= argument required").toResponse();
        }
        OptionalLong pageNumber = QueryValues.listingPage(page);
        if (pageNumber.isEmpty()) {
            return Answer.error(400, "Invalid page= value").toResponse();
        }
        return answers.get("core/namespace/" + namespaceId + "/names?" + pageNumber.getAsLong(), tip ->
                namespaces.existing(namespaceId, tip).isEmpty() ? Answer.error(404, NO_SUCH_NAMESPACE)
                        : Answer.ok(listing.page(tip, namespaceId, pageNumber.getAsLong(), false)))
                .toResponse();
    }

    @GET
    @Path("{namespace}/name_count")
    public Response nameCount(@PathParam("namespace") String namespaceId) {
        if (!NameSyntax.isValidNamespaceId(namespaceId)) {
            return Answer.error(400, INVALID_NAMESPACE).toResponse();
        }
        return answers.get("core/namespace/" + namespaceId + "/name_count",
                tip -> Answer.ok(Map.of("names_count", listing.count(tip, namespaceId, false)))).toResponse();
    }

}
