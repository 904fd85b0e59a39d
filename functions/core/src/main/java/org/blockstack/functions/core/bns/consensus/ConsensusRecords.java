package org.blockstack.functions.core.bns.consensus;

import java.util.ArrayList;
import java.util.List;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;

/**
 * The text an accepted operation contributes to its block's consensus hash (bns-protocol §10.2,
 * §10.3): the opcode character, a colon, and the operation's fields as {@code len:text}
 * netstrings joined by commas. Every value comes from the record as the operation left it.
 */
public final class ConsensusRecords {
    private ConsensusRecords() {
    }

    public static String serialize(BnsOpcode opcode, StateValue record) {
        List<String> fields = switch (opcode) {
            case NAME_PREORDER -> namePreorder((PreorderRecord) record);
            case NAMESPACE_PREORDER -> namespacePreorder((PreorderRecord) record);
            case NAME_REGISTRATION, NAME_IMPORT -> {
                NameRecord name = (NameRecord) record;
                List<String> texts = nameRecord(name);
                texts.add(PythonText.of(name.sender()));
                texts.add(PythonText.of(name.address()));
                yield texts;
            }
            case NAME_UPDATE -> {
                NameRecord name = (NameRecord) record;
                List<String> texts = nameRecord(name);
                texts.add(BnsHashes.nameConsensusHash(name.name(), name.consensusHash()));
                texts.add(PythonText.of(name.consensusHash()));
                yield texts;
            }
            case NAME_TRANSFER -> {
                NameRecord name = (NameRecord) record;
                List<String> texts = nameRecord(name);
                texts.add(name.nameHash128());
                texts.add(PythonText.of(name.consensusHash()));
                texts.add(PythonText.of(">>".equals(name.op())));
                yield texts;
            }
            case NAME_REVOKE -> nameRecord((NameRecord) record);
            case NAMESPACE_REVEAL -> namespace((NamespaceRecord) record);
            case NAMESPACE_READY -> {
                NamespaceRecord namespace = (NamespaceRecord) record;
                List<String> texts = namespace(namespace);
                texts.add(PythonText.of(namespace.readyBlock()));
                yield texts;
            }
            case ANNOUNCE -> throw new IllegalArgumentException("ANNOUNCE has no consensus record");
        };
        StringBuilder out = new StringBuilder().append(opcode.code()).append(':');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(fields.get(i).length()).append(':').append(fields.get(i));
        }
        return out.toString();
    }

    private static List<String> namePreorder(PreorderRecord p) {
        return new ArrayList<>(List.of(PythonText.of(p.preorderHash()), PythonText.of(p.consensusHash()),
                PythonText.of(p.sender()), PythonText.of(p.senderPubkey()), PythonText.of(p.address()),
                PythonText.of(p.blockNumber()), PythonText.of(p.op()), PythonText.of(p.txid()),
                PythonText.of(p.vtxindex()), PythonText.of(p.opFee())));
    }

    private static List<String> namespacePreorder(PreorderRecord p) {
        return new ArrayList<>(List.of(PythonText.of(p.preorderHash()), PythonText.of(p.consensusHash()),
                PythonText.of(p.op()), PythonText.of(p.opFee()), PythonText.of(p.txid()), PythonText.of(p.vtxindex()),
                PythonText.of(p.blockNumber()), PythonText.of(p.sender()), PythonText.of(p.senderPubkey()),
                PythonText.of(p.address())));
    }

    /**
     * The fields every name record hashes. {@code op_fee} of a name whose last creation was a
     * NAME_IMPORT is hashed as a float (the reference's quirk), otherwise as an integer.
     */
    private static List<String> nameRecord(NameRecord r) {
        String opFee = r.wasImported() ? PythonText.ofFloat(r.opFee()) : PythonText.of((long) r.opFee());
        return new ArrayList<>(List.of(PythonText.of(r.name()), PythonText.of(r.valueHash()),
                PythonText.of(r.sender()), PythonText.of(r.senderPubkey()), PythonText.of(r.address()),
                PythonText.of(r.blockNumber()), PythonText.of(r.preorderBlockNumber()),
                PythonText.of(r.firstRegistered()), PythonText.of(r.lastRenewed()), PythonText.of(r.revoked()),
                PythonText.of(r.op()), PythonText.of(r.txid()), PythonText.of(r.vtxindex()), opFee,
                PythonText.of(r.importer()), PythonText.of(r.importerAddress())));
    }

    private static List<String> namespace(NamespaceRecord n) {
        return new ArrayList<>(List.of(PythonText.of(n.namespaceId()), PythonText.of(n.preorderHash()),
                PythonText.of(n.version()), PythonText.of(n.sender()), PythonText.of(n.senderPubkey()),
                PythonText.of(n.address()), PythonText.of(n.recipient()), PythonText.of(n.recipientAddress()),
                PythonText.of(n.blockNumber()), PythonText.of(n.revealBlock()), PythonText.of(n.op()),
                PythonText.of(n.txid()), PythonText.of(n.vtxindex()), PythonText.of(n.lifetime()),
                PythonText.of(n.coeff()), PythonText.of(n.base()), PythonText.of(n.buckets()),
                PythonText.of(n.nonalphaDiscount()), PythonText.of(n.noVowelDiscount())));
    }
}
