package org.blockstack.functions.lookup.records;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateValue;

/**
 * BNS records as Core's JSON renders them (read-api §5.2, §6.2, §9.4): snake_case keys, hashes
 * and scripts as hex, {@code token_fee} as a decimal string (JS clients cannot hold it in a
 * double), namespace {@code buckets} as the string Core stored. Keys are sorted, as Core's
 * {@code json.dumps(sort_keys=True)} history snapshots were.
 */
public final class RecordJson {
    private RecordJson() {
    }

    /** A history row: the record as it stood after the operation, with the operation's name. */
    public static Map<String, Object> snapshot(HistoryEntry row) {
        Map<String, Object> json = record(row.record());
        json.put("opcode", row.opcode());
        // the row's own transaction: for a preorder row, the preorder's, which its record also holds
        json.put("txid", row.txid());
        json.put("vtxindex", row.vtxindex());
        return json;
    }

    /** History rows grouped by block, newest block first; rows of one block keep the given order. */
    public static Map<String, Object> byBlock(List<HistoryEntry> rows) {
        Map<Integer, List<Map<String, Object>>> grouped = new TreeMap<>((a, b) -> Integer.compare(b, a));
        for (HistoryEntry row : rows) {
            grouped.computeIfAbsent(row.blockNumber(), height -> new java.util.ArrayList<>()).add(snapshot(row));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        grouped.forEach((height, snapshots) -> json.put(String.valueOf(height), snapshots));
        return json;
    }

    public static Map<String, Object> record(StateValue value) {
        if (value instanceof NameRecord name) {
            return name(name);
        } else if (value instanceof NamespaceRecord namespace) {
            return namespace(namespace);
        } else if (value instanceof PreorderRecord preorder) {
            return preorder(preorder);
        }
        throw new IllegalArgumentException("no JSON form for a " + value.getClass().getSimpleName());
    }

    public static Map<String, Object> name(NameRecord r) {
        Map<String, Object> json = new TreeMap<>();
        json.put("address", r.address());
        json.put("block_number", r.blockNumber());
        json.put("consensus_hash", r.consensusHash());
        json.put("first_registered", r.firstRegistered());
        json.put("importer", r.importer());
        json.put("importer_address", r.importerAddress());
        json.put("last_renewed", r.lastRenewed());
        json.put("name", r.name());
        json.put("name_hash128", r.nameHash128());
        json.put("namespace_block_number", r.namespaceBlockNumber());
        json.put("namespace_id", r.namespaceId());
        json.put("op", r.op());
        json.put("op_fee", number(r.opFee()));
        json.put("preorder_block_number", r.preorderBlockNumber());
        json.put("preorder_hash", r.preorderHash());
        json.put("revoked", r.revoked());
        json.put("sender", r.sender());
        json.put("sender_pubkey", r.senderPubkey());
        json.put("token_fee", tokenFee(r.tokenFee()));
        json.put("txid", r.txid());
        json.put("value_hash", r.valueHash());
        json.put("vtxindex", r.vtxindex());
        if (r.op() != null && r.op().startsWith(">")) {
            // a transfer's recipient is the new owner (Core keeps both spellings)
            json.put("recipient", r.sender());
            json.put("recipient_address", r.address());
        }
        return json;
    }

    public static Map<String, Object> namespace(NamespaceRecord r) {
        Map<String, Object> json = new TreeMap<>();
        json.put("address", r.address());
        json.put("base", r.base());
        json.put("block_number", r.blockNumber());
        json.put("buckets", buckets(r.buckets()));
        json.put("coeff", r.coeff());
        json.put("lifetime", r.lifetime());
        json.put("namespace_id", r.namespaceId());
        json.put("no_vowel_discount", r.noVowelDiscount());
        json.put("nonalpha_discount", r.nonalphaDiscount());
        json.put("op", r.op());
        json.put("op_fee", r.opFee());
        json.put("preorder_hash", r.preorderHash());
        json.put("ready", r.isReady());
        json.put("ready_block", r.readyBlock());
        json.put("recipient", r.recipient());
        json.put("recipient_address", r.recipientAddress());
        json.put("reveal_block", r.revealBlock());
        json.put("sender", r.sender());
        json.put("sender_pubkey", r.senderPubkey());
        json.put("token_fee", String.valueOf(r.tokenFee()));
        json.put("txid", r.txid());
        json.put("version", r.version());
        json.put("vtxindex", r.vtxindex());
        return json;
    }

    public static Map<String, Object> preorder(PreorderRecord r) {
        Map<String, Object> json = new TreeMap<>();
        json.put("address", r.address());
        json.put("block_number", r.blockNumber());
        json.put("burn_address", r.burnAddress());
        json.put("consensus_hash", r.consensusHash());
        json.put("op", r.op());
        json.put("op_fee", r.opFee());
        json.put("preorder_hash", r.preorderHash());
        json.put("sender", r.sender());
        json.put("sender_pubkey", r.senderPubkey());
        json.put("token_fee", String.valueOf(r.tokenFee()));
        json.put("token_units", r.tokenUnits());
        json.put("txid", r.txid());
        json.put("vtxindex", r.vtxindex());
        return json;
    }

    /** The operation name Core gives a pending preorder ({@code ?} or {@code *}). */
    public static String preorderOpcode(PreorderRecord r) {
        return r.isNamePreorder() ? "NAME_PREORDER" : "NAMESPACE_PREORDER";
    }

    /** Core's stored form of a namespace's price exponents: Python's {@code str(list)}. */
    public static String buckets(List<Integer> buckets) {
        return buckets.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Whole satoshi amounts as integers; an import's float price as the float it is. */
    private static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    private static String tokenFee(BigInteger fee) {
        return fee == null ? "0" : fee.toString();
    }
}
