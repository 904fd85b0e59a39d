package org.blockstack.functions.lookup.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.did.NameDid;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.CacheFor;
import org.blockstack.functions.lookup.http.CachePolicy;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.subdomains.Subdomains;
import org.blockstack.functions.lookup.zonefiles.ZonefileLibrary;
import org.blockstack.functions.lookup.zonefiles.ZonefileText;

/**
 * {@code GET /v1/dids/{did}} (read-api §11.2): a name DID resolved to the name its creator made
 * as its n-th name, that name's state up to its next re-registration (a revocation on the way
 * ends the DID), and the profile that state's zone file points at, as a DID document.
 */
@LookupApi
@Path("/v1/dids")
public class DidsResource {
    @Inject
    AnswerCache answers;
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    ZonefileLibrary zonefiles;
    @Inject
    ProfileResolver profiles;
    @Inject
    Subdomains subdomains;
    @Inject
    NetworkSettings network;

    @GET
    @Path("{did}")
    @CacheFor(CachePolicy.PROFILE)
    public Response did(@PathParam("did") String did) {
        Optional<NameDid> parsed = NameDid.parse(did);
        if (parsed.isEmpty()) {
            return Answer.error(400, "Invalid DID").toResponse();
        }
        return answers.get("did/" + did, tip -> resolve(did, parsed.get(), tip)).toResponse();
    }

    private Answer resolve(String did, NameDid parsed, Tip tip) {
        if (parsed.subdomain()) {
            return subdomain(did, parsed);
        }
        String creator = parsed.creator().toBase58(network.network().isTestnet());
        Optional<HistoryEntry> creation = store.call(() -> index.creationsBy(creator)
                .filter(row -> row.blockNumber() <= tip.height()).skip(parsed.index()).findFirst());
        if (creation.isEmpty()) {
            return Answer.error(404, "Failed to get DID record: Failed to resolve DID to a non-revoked name");
        }
        Optional<NameRecord> state = stateOf(creation.get());
        if (state.isEmpty()) {
            return Answer.error(404, "Failed to get DID record: Failed to resolve DID to a non-revoked name");
        }
        NameRecord record = state.get();
        if (record.valueHash() == null) {
            return Answer.error(404, "No zone file hash in name record for " + did);
        }
        Optional<byte[]> zonefile = zonefiles.get(record.valueHash());
        Optional<OwnerAddress> owner = OwnerAddress.fromBase58(record.address());
        if (zonefile.isEmpty() || owner.isEmpty()) {
            return Answer.error(404, "Failed to get zone file for " + did);
        }
        return document(did, profiles.resolve(record.name(), record.valueHash(), ZonefileText.of(zonefile.get()),
                owner.get()));
    }

    /** A subdomain DID: the n-th subdomain its creator created, at its current record (C5 {@code get_DID_subdomain}). */
    private Answer subdomain(String did, NameDid parsed) {
        Optional<Subdomains.Subdomain> found = subdomains.createdBy(parsed.creator(), parsed.index());
        if (found.isEmpty()) {
            return Answer.error(404, "Failed to get DID record: Failed to load subdomain from " + did);
        }
        Subdomains.Subdomain subdomain = found.get();
        Optional<OwnerAddress> owner = OwnerAddress.fromBase58(subdomain.address());
        if (owner.isEmpty()) {
            return Answer.error(404, "Failed to get zone file for " + did);
        }
        return document(did, profiles.resolve(subdomain.fqn(), subdomain.zonefileHash(), subdomain.zonefileText(),
                owner.get()));
    }

    /** The DID document of a resolved profile (read-api §11.2). */
    private static Answer document(String did, ProfileResolver.Resolution resolution) {
        if (!(resolution instanceof ProfileResolver.Profile profile)) {
            return Answer.error(404, "No public key found for the given DID");
        }
        Map<String, Object> document = new LinkedHashMap<>();
        if (profile.claim() instanceof Map<?, ?> claim) {
            claim.forEach((key, value) -> document.put(String.valueOf(key), value));
        }
        document.put("@context", "https://w3id.org/did/v1");
        document.put("publicKey", List.of(Map.of("id", did, "type", "secp256k1", "publicKeyHex", profile.publicKey())));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("public_key", profile.publicKey());
        json.put("document", document);
        return Answer.ok(json);
    }

    /**
     * The name as the DID's creation left it and later operations changed it, up to the next
     * re-registration (its preorder row); empty when revoked in between (Core's {@code get_DID_name}).
     */
    private Optional<NameRecord> stateOf(HistoryEntry creation) {
        List<HistoryEntry> newestFirst = store.call(() -> index.historyNewestFirst(creation.subject())
                .takeWhile(row -> row.blockNumber() > creation.blockNumber()
                        || (row.blockNumber() == creation.blockNumber() && row.vtxindex() >= creation.vtxindex()))
                .toList());
        List<HistoryEntry> since = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(since);
        NameRecord latest = null;
        for (HistoryEntry row : since) {
            if (row.record() instanceof PreorderRecord) {
                break;
            }
            NameRecord record = (NameRecord) row.record();
            if (record.revoked()) {
                return Optional.empty();
            }
            latest = record;
        }
        return Optional.ofNullable(latest);
    }
}
