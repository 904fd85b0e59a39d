package org.blockstack.functions.lookup.stacks;

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

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.CacheFor;
import org.blockstack.functions.lookup.http.CachePolicy;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.http.QueryValues;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.names.CoreNamesResource;
import org.blockstack.functions.lookup.names.NameListing;
import org.blockstack.functions.lookup.names.NameLookup;
import org.blockstack.functions.lookup.subdomains.Subdomains;
import org.blockstack.functions.lookup.zonefiles.ZonefileLibrary;
import org.blockstack.functions.lookup.zonefiles.ZonefileText;

/**
 * {@code /stacks/v1/names…}: the Stacks API (Hiro) dialect (read-api §5.1.4, §5.3–§5.6): c32
 * addresses, the last operation as status, no syntax check (what is not found is 404), revoked
 * names hidden, expired names shown. History, which Hiro never served, has Core's shape.
 */
@LookupApi
@Path("/stacks/v1/names")
public class StacksNamesResource {
    @Inject
    AnswerCache answers;
    @Inject
    NameLookup names;
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    Subdomains subdomains;
    @Inject
    ZonefileLibrary zonefiles;
    @Inject
    CoreNamesResource core;
    @Inject
    NameListing listing;

    @GET
    public Response all(@QueryParam("page") String page) {
        OptionalLong pageNumber = StacksPages.parse(page);
        if (pageNumber.isEmpty()) {
            return Answer.error(400, StacksPages.INVALID).toResponse();
        }
        long p = pageNumber.getAsLong();
        return answers.get("stacks/names?" + p, tip -> StacksPages.answer(p, listing.isPastTheEnd(tip, null, p)
                ? List.of()
                : store.call(() -> index.allNames().filter(record -> !record.revoked())
                        .skip(p * NameListing.PAGE_SIZE).limit(NameListing.PAGE_SIZE).map(NameRecord::name).toList())))
                .toResponse();
    }

    @GET
    @Path("{name}")
    @CacheFor(CachePolicy.NAME)
    public Response name(@PathParam("name") String name) {
        return answers.get("stacks/name/" + name, tip -> nameInfo(name, tip)).toResponse();
    }

    private Answer nameInfo(String name, Tip tip) {
        if (name.chars().filter(c -> c == '.').count() == 2) {
            return subdomainInfo(name, tip);
        }
        Optional<NameLookup.Found> lookup = NameSyntax.isValidName(name) ? names.find(name, tip) : Optional.empty();
        if (lookup.isEmpty() || lookup.get().record().revoked()) {
            return Answer.error(404, "cannot find name " + name);
        }
        NameLookup.Found found = lookup.get();
        NameRecord record = found.record();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", c32(record.address()));
        json.put("blockchain", "stacks");
        json.put("expire_block", found.deadlines().expireBlock());
        json.put("last_txid", record.txid() == null ? "" : "0x" + record.txid());
        found.resolver().ifPresent(resolver -> json.put("resolver", resolver));
        json.put("status", status(record));
        json.put("zonefile", found.zonefileText().orElse(""));
        if (record.valueHash() != null) {
            json.put("zonefile_hash", record.valueHash());
        }
        return Answer.ok(json);
    }

    /** A subdomain: its record when known; else a redirect to its parent's resolver, or 404 (H1 names.ts). */
    private Answer subdomainInfo(String name, Tip tip) {
        Optional<Subdomains.Subdomain> known = NameSyntax.isValidSubdomain(name) ? subdomains.find(name)
                : Optional.empty();
        if (known.isPresent()) {
            Subdomains.Subdomain subdomain = known.get();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("address", c32(subdomain.address()));
            json.put("blockchain", "stacks");
            json.put("last_txid", "0x" + subdomain.txid());
            json.put("status", "registered_subdomain");
            json.put("zonefile", subdomain.zonefileText());
            json.put("zonefile_hash", subdomain.zonefileHash());
            return Answer.ok(json);
        }
        String parent = name.substring(name.indexOf('.') + 1);
        Optional<String> resolver = NameSyntax.isValidName(parent)
                ? names.find(parent, tip).filter(found -> !found.record().revoked()).flatMap(NameLookup.Found::resolver)
                : Optional.empty();
        return resolver.map(target -> Answer.redirect(302, target + "/v1/names/" + name, Map.of()))
                .orElse(Answer.error(404, "cannot find subdomain " + name));
    }

    @GET
    @Path("{name}/history")
    public Response history(@PathParam("name") String name, @QueryParam("page") String page) {
        return core.history(name, page);
    }

    @GET
    @Path("{name}/zonefile")
    public Response zonefile(@PathParam("name") String name) {
        return answers.get("stacks/zonefile/" + name, tip -> {
            Optional<String> text = NameSyntax.isValidName(name)
                    ? names.find(name, tip).filter(found -> !found.record().revoked())
                            .flatMap(NameLookup.Found::zonefileText)
                    : subdomains.find(name).map(Subdomains.Subdomain::zonefileText);
            return text.map(zonefile -> Answer.ok(Map.of("zonefile", zonefile)))
                    .orElse(Answer.error(404, "No such name or zonefile does not exist"));
        }).toResponse();
    }

    @GET
    @Path("{name}/zonefile/{zonefileHash}")
    public Response zonefileByHash(@PathParam("name") String name, @PathParam("zonefileHash") String zonefileHash) {
        String hash = zonefileHash.toLowerCase(Locale.ROOT);
        return answers.get("stacks/zonefile/" + name + "/" + hash, tip -> {
            Optional<byte[]> bytes;
            if (!hash.matches("[0-9a-f]{40}")) {
                bytes = Optional.empty();
            } else if (NameSyntax.isValidName(name)) {
                bytes = store.call(() -> index.hadValueHash(name, hash)) ? zonefiles.get(hash) : Optional.empty();
            } else {
                bytes = subdomains.zonefileEver(name, hash);
            }
            return bytes.map(zonefile -> Answer.ok(Map.of("zonefile", ZonefileText.of(zonefile))))
                    .orElse(Answer.error(404, "No such name or zonefile"));
        }).toResponse();
    }

    @GET
    @Path("{name}/subdomains")
    public Response subdomainsOf(@PathParam("name") String name) {
        return answers.get("stacks/subdomains-of/" + name, tip -> {
            boolean live = NameSyntax.isValidName(name)
                    && names.find(name, tip).filter(found -> !found.record().revoked()).isPresent();
            return Answer.ok(live ? subdomains.ofParent(name) : List.of());
        }).toResponse();
    }

    /** The name's last operation, named as the Stacks BNS contract names it (read-api §5.1.4). */
    static String status(NameRecord record) {
        return switch (record.op()) {
            case "::" -> "name-renewal";
            case "+" -> "name-update";
            case ">>", ">~" -> "name-transfer";
            case ";" -> "name-import";
            default -> "name-register";
        };
    }

    /** A stored owner address in c32 with the mainnet versions, which {@code @stacks/profile} compares with. */
    static String c32(String address) {
        return OwnerAddress.fromBase58(address).map(OwnerAddress::toC32Mainnet).orElse(address);
    }
}
