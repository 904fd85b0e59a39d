package org.blockstack.functions.lookup.blockchain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.CacheFor;
import org.blockstack.functions.lookup.http.CachePolicy;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.http.QueryValues;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.names.CoreNameRecords;
import org.blockstack.functions.lookup.names.NameListing;
import org.blockstack.functions.lookup.records.RecordJson;
import org.blockstack.functions.lookup.subdomains.Subdomains;

/** {@code /v1/blockchains/bitcoin/…} (read-api §9); any other blockchain is 404. */
@LookupApi
@Path("/v1/blockchains/{blockchain}")
public class CoreBlockchainResource {
    /** The highest block Core would look at ({@code check_block}). */
    static final int MAX_BLOCK = 10_000_000;

    @Inject
    AnswerCache answers;
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    NetworkSettings network;
    @Inject
    NameListing listing;
    @Inject
    CoreNameRecords records;
    @Inject
    Subdomains subdomains;

    @GET
    @Path("consensus")
    @CacheFor(CachePolicy.STATUS)
    public Response consensus(@PathParam("blockchain") String blockchain) {
        return bitcoinOnly(blockchain, "core/consensus",
                tip -> Answer.ok(singleton("consensus_hash", tip.consensusHash())));
    }

    @GET
    @Path("consensus/{height: [0-9]+}")
    public Response consensusAt(@PathParam("blockchain") String blockchain, @PathParam("height") String height) {
        return bitcoinOnly(blockchain, "core/consensus/" + height, tip -> {
            Optional<Integer> block = block(height);
            if (block.isEmpty()) {
                return Answer.error(400, "Invalid block");
            }
            int h = block.get();
            Optional<String> consensusHash = h > tip.height() ? Optional.empty()
                    : store.call(() -> index.block(h)).map(BlockItem::getConsensusHash);
            return consensusHash.map(hash -> Answer.ok(singleton("consensus_hash", hash)))
                    .orElse(Answer.error(503, "The node has not processed block " + h));
        });
    }

    @GET
    @Path("consensus-block/{consensusHash: [0-9a-f]{32}}")
    public Response blockOfConsensusHash(@PathParam("blockchain") String blockchain,
            @PathParam("consensusHash") String consensusHash) {
        return bitcoinOnly(blockchain, "core/consensus-block/" + consensusHash, tip ->
                store.call(() -> index.heightsOfConsensusHash(consensusHash)).stream()
                        .filter(height -> height <= tip.height()).findFirst()
                        .map(height -> Answer.ok(Map.of("block_height", height)))
                        .orElse(Answer.error(404, "No block for this consensus hash")));
    }

    @GET
    @Path("name_count")
    public Response nameCount(@PathParam("blockchain") String blockchain, @QueryParam("all") String all) {
        boolean includeExpired = QueryValues.flag(all);
        return bitcoinOnly(blockchain, "core/name_count?" + includeExpired,
                tip -> Answer.ok(Map.of("names_count", listing.count(tip, null, includeExpired))));
    }

    @GET
    @Path("subdomains_count")
    public Response subdomainsCount(@PathParam("blockchain") String blockchain) {
        return bitcoinOnly(blockchain, "core/subdomains_count",
                tip -> Answer.ok(Map.of("names_count", subdomains.count())));
    }

    /** Every accepted operation of a block: preorders still open first, then the block's history rows. */
    @GET
    @Path("operations/{height: [0-9]+}")
    public Response operations(@PathParam("blockchain") String blockchain, @PathParam("height") String height) {
        Optional<Integer> block = block(height);
        if (block.isEmpty()) {
            return Answer.error(400, "Invalid block").toResponse();
        }
        int h = block.get();
        return bitcoinOnly(blockchain, "core/operations/" + h, tip -> {
            if (h > tip.height()) {
                return Answer.ok(List.of());
            }
            List<Map<String, Object>> operations = new ArrayList<>();
            for (PreorderRecord preorder : store.call(() -> index.openPreordersAt(h))) {
                Map<String, Object> json = RecordJson.preorder(preorder);
                json.put("opcode", RecordJson.preorderOpcode(preorder));
                operations.add(json);
            }
            for (HistoryEntry row : store.call(() -> index.rowsAtHeight(h))) {
                operations.add(RecordJson.snapshot(row));
            }
            return Answer.ok(operations);
        });
    }

    @GET
    @Path("names/{name}")
    public Response name(@PathParam("blockchain") String blockchain, @PathParam("name") String name) {
        return bitcoinOnly(blockchain, "core/blockchain-record/" + name, tip -> records.blockchainRecord(name, tip));
    }

    /** Whether a transaction's operation was accepted; Core's "ignored" when the index holds none of it. */
    @GET
    @Path("transactions/{txid: [0-9a-fA-F]{64}}")
    public Response transaction(@PathParam("blockchain") String blockchain, @PathParam("txid") String txid) {
        String id = txid.toLowerCase(java.util.Locale.ROOT);
        return bitcoinOnly(blockchain, "core/transaction/" + id, tip -> {
            List<HistoryEntry> rows = store.call(() -> index.rowsOfTransaction(id));
            Map<String, Object> tx = new LinkedHashMap<>();
            if (rows.isEmpty() || rows.get(0).blockNumber() > tip.height()) {
                tx.put("status", "ignored");
            } else {
                HistoryEntry row = rows.get(0);
                tx.put("status", "accepted");
                tx.put("block_height", row.blockNumber());
                tx.put("op", row.opcode());
                tx.put("vtxindex", row.vtxindex());
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("indexing", false);
            json.put("lastblock", tip.height());
            json.put("status", true);
            json.put("tx", tx);
            return Answer.ok(json);
        });
    }

    private Response bitcoinOnly(String blockchain, String key, java.util.function.Function<Tip, Answer> render) {
        if (!"bitcoin".equals(blockchain)) {
            return Answer.error(404, "Unsupported blockchain").toResponse();
        }
        return answers.get(key, render).toResponse();
    }

    /** A height Core would look at: from the first BNS block to 10,000,000. */
    private Optional<Integer> block(String height) {
        if (height.length() > 9) {
            return Optional.empty();
        }
        int h = Integer.parseInt(height);
        return h >= network.firstBlock() && h <= MAX_BLOCK ? Optional.of(h) : Optional.empty();
    }

    /** A one-key object whose value may be null (Map.of refuses nulls). */
    private static Map<String, Object> singleton(String key, Object value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, value);
        return json;
    }
}
