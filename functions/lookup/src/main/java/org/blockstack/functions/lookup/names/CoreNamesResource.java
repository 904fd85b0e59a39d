package org.blockstack.functions.lookup.names;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.CacheFor;
import org.blockstack.functions.lookup.http.CachePolicy;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.http.QueryValues;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.records.RecordJson;
import org.blockstack.functions.lookup.subdomains.Subdomains;
import org.blockstack.functions.lookup.zonefiles.ZonefileLibrary;
import org.blockstack.functions.lookup.zonefiles.ZonefileText;

/** {@code /v1/names…} in Core's dialect (read-api §5.1–§5.4, §5.6). */
@LookupApi
@Path("/v1/names")
public class CoreNamesResource {
    static final String INVALID_NAME = "Invalid name or subdomain";

    @Inject
    AnswerCache answers;
    @Inject
    NameLookup names;
    @Inject
    NameListing listing;
    @Inject
    CoreNameRecords records;
    @Inject
    Subdomains subdomains;
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    ZonefileLibrary zonefiles;

    @GET
    public Response all(@QueryParam("page") String page, @QueryParam("all") String all) {
        if (page == null) {
            return Answer.error(400, "page= argument required").toResponse();
        }
        OptionalLong pageNumber = QueryValues.listingPage(page);
        if (pageNumber.isEmpty()) {
            return Answer.error(400, "Invalid page= value").toResponse();
        }
        boolean includeExpired = QueryValues.flag(all);
        return answers.get("core/names?" + pageNumber.getAsLong() + "&" + includeExpired,
                tip -> Answer.ok(listing.page(tip, null, pageNumber.getAsLong(), includeExpired))).toResponse();
    }

    @GET
    @Path("{name}")
    @CacheFor(CachePolicy.NAME)
    public Response name(@PathParam("name") String name) {
        return answers.get("core/name/" + name, tip -> records.nameInfo(name, tip)).toResponse();
    }

    @GET
    @Path("{name}/history")
    public Response history(@PathParam("name") String name, @QueryParam("page") String page) {
        if (!isNameOrSubdomain(name)) {
            return Answer.error(400, INVALID_NAME).toResponse();
        }
        OptionalLong pageNumber = QueryValues.historyPage(page);
        if (pageNumber.isEmpty()) {
            return Answer.error(400, "Invalid page").toResponse();
        }
        return answers.get("core/history/" + name + "?" + pageNumber.getAsLong(), tip -> {
            if (NameSyntax.isValidSubdomain(name)) {
                return subdomainHistory(name, pageNumber.getAsLong());
            }
            List<HistoryEntry> rows = store.call(() -> HistoryPages.page(index.historyNewestFirst(name),
                    pageNumber.getAsLong()));
            return rows.isEmpty() ? Answer.error(404, "Not found") : Answer.ok(RecordJson.byBlock(rows));
        }).toResponse();
    }

    @GET
    @Path("{name}/zonefile")
    public Response zonefile(@PathParam("name") String name, @QueryParam("raw") String raw) {
        boolean rawBytes = QueryValues.flag(raw);
        return answers.get("core/zonefile/" + name + "?" + rawBytes, tip -> currentZonefile(name, rawBytes, tip))
                .toResponse();
    }

    @GET
    @Path("{name}/zonefile/{zonefileHash: [0-9a-fA-F]{40}}")
    public Response zonefileByHash(@PathParam("name") String name, @PathParam("zonefileHash") String zonefileHash,
            @QueryParam("raw") String raw) {
        if (!isNameOrSubdomain(name)) {
            return Answer.error(400, INVALID_NAME).toResponse();
        }
        String hash = zonefileHash.toLowerCase(Locale.ROOT);
        boolean rawBytes = QueryValues.flag(raw);
        return answers.get("core/zonefile/" + name + "/" + hash + "?" + rawBytes, tip -> {
            if (NameSyntax.isValidSubdomain(name)) {
                // a subdomain's zone files travel inside its records, not in the zone file store
                return subdomains.zonefileEver(name, hash)
                        .map(bytes -> rawBytes ? Answer.raw(bytes) : Answer.ok(Map.of("zonefile", ZonefileText.of(bytes))))
                        .orElse(Answer.error(404, "No such zonefile"));
            }
            if (!store.call(() -> index.hadValueHash(name, hash))) {
                return Answer.error(404, "No such zonefile");
            }
            Optional<byte[]> bytes = zonefiles.get(hash);
            if (bytes.isEmpty()) {
                return Answer.error(404, "Blockstack does not have this zonefile.  Try again later.");
            }
            if (rawBytes) {
                return Answer.raw(bytes.get());
            }
            // Core answered 204 with this body, which HTTP then drops; 200 keeps the reason (read-api §5.4)
            return ZonefileText.isStandard(bytes.get())
                    ? Answer.ok(Map.of("zonefile", ZonefileText.of(bytes.get())))
                    : Answer.error(200, "Non-standard zone file for " + name);
        }).toResponse();
    }

    private Answer currentZonefile(String name, boolean raw, Tip tip) {
        if (!isNameOrSubdomain(name)) {
            return Answer.error(400, INVALID_NAME);
        }
        Optional<byte[]> bytes;
        if (NameSyntax.isValidName(name)) {
            Optional<NameLookup.Found> found = names.find(name, tip);
            if (found.isEmpty()) {
                return Answer.error(404, "Not found.");
            }
            if (found.get().deadlines().isExpiredAt(tip.height())) {
                return Answer.error(404, "Name expired");
            }
            bytes = found.get().zonefile();
        } else {
            Optional<Subdomains.Subdomain> subdomain = subdomains.find(name);
            if (subdomain.isEmpty()) {
                return Answer.error(404, "Failed to load subdomain");
            }
            bytes = Optional.ofNullable(subdomain.get().zonefile());
        }
        if (bytes.isEmpty()) {
            return Answer.error(404, "No zone file for name");
        }
        if (raw) {
            return Answer.raw(bytes.get());
        }
        if (!ZonefileText.isStandard(bytes.get())) {
            return Answer.error(200, "Non-standard zone file.  Try passing raw=1 to get the raw zone file.");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("zonefile", ZonefileText.of(bytes.get()));
        return Answer.ok(json);
    }

    /** A subdomain's accepted records by block (read-api §5.2), pages as for names. */
    private Answer subdomainHistory(String name, long page) {
        List<Map<String, Object>> rows = HistoryPages.page(subdomains.history(name).stream(),
                row -> (Integer) row.get("block_number"), page);
        if (rows.isEmpty()) {
            return Answer.error(404, "Not found");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        rows.forEach(row -> ((List<Object>) json.computeIfAbsent(String.valueOf(row.get("block_number")),
                block -> new java.util.ArrayList<>())).add(row));
        return Answer.ok(json);
    }

    static boolean isNameOrSubdomain(String name) {
        return NameSyntax.isValidName(name) || NameSyntax.isValidSubdomain(name);
    }
}
