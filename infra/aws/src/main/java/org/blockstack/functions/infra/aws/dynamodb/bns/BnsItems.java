package org.blockstack.functions.infra.aws.dynamodb.bns;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.ImportKeyring;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateChange;
import org.blockstack.functions.core.bns.state.StateKey;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps the BNS state of the core ({@link StateKey}, {@link StateValue}) to DynamoDB items and
 * back: which table and key an item has, and its attributes. One place, so what sync writes and
 * what the rules and the read API read always agree.
 */
public final class BnsItems {
    private static final String NAME = "name";
    private static final String NAMESPACE = "namespace";
    private static final String PREORDER = "preorder";

    private BnsItems() {
    }

    /** The logical table of a key. */
    public static String table(StateKey key) {
        if (key instanceof StateKey.Name) {
            return NameItem.TABLE;
        } else if (key instanceof StateKey.Namespace) {
            return NamespaceItem.TABLE;
        } else if (key instanceof StateKey.Preorder) {
            return PreorderItem.TABLE;
        } else if (key instanceof StateKey.Keyring) {
            return KeyringItem.TABLE;
        }
        return HistoryItem.TABLE;
    }

    /** The DynamoDB primary key of a key. */
    public static Map<String, AttributeValue> key(StateKey key) {
        if (key instanceof StateKey.Name k) {
            return Map.of("name", AttributeValue.fromS(k.fqn()));
        } else if (key instanceof StateKey.Namespace k) {
            return Map.of("namespaceId", AttributeValue.fromS(k.namespaceId()));
        } else if (key instanceof StateKey.Preorder k) {
            return Map.of("preorderHash", AttributeValue.fromS(k.preorderHash()));
        } else if (key instanceof StateKey.Keyring k) {
            return Map.of("namespaceId", AttributeValue.fromS(k.namespaceId()));
        }
        StateKey.History k = (StateKey.History) key;
        return Map.of("subject", AttributeValue.fromS(k.subject()),
                "position", AttributeValue.fromS(HistoryItem.position(k.blockNumber(), k.vtxindex())));
    }

    /** The whole item a value is stored as. */
    public static Map<String, AttributeValue> image(StateValue value) {
        if (value instanceof NameRecord r) {
            return NameItem.SCHEMA.itemToMap(toItem(r), true);
        } else if (value instanceof NamespaceRecord r) {
            return NamespaceItem.SCHEMA.itemToMap(toItem(r), true);
        } else if (value instanceof PreorderRecord r) {
            return PreorderItem.SCHEMA.itemToMap(toItem(r), true);
        } else if (value instanceof ImportKeyring r) {
            return KeyringItem.SCHEMA.itemToMap(toItem(r), true);
        }
        return HistoryItem.SCHEMA.itemToMap(toItem((HistoryEntry) value), true);
    }

    /** A core change as a change of DynamoDB items. */
    public static ItemChange itemChange(StateChange change) {
        return new ItemChange(table(change.key()), key(change.key()),
                change.before().map(BnsItems::image), change.after().map(BnsItems::image));
    }

    public static NameItem toItem(NameRecord r) {
        NameItem item = new NameItem();
        item.setName(r.name());
        item.setNamespaceId(r.namespaceId());
        item.setListing(NameItem.LISTING);
        item.setNameHash128(r.nameHash128());
        item.setValueHash(r.valueHash());
        item.setSender(r.sender());
        item.setSenderPubkey(r.senderPubkey());
        item.setAddress(r.address());
        item.setBlockNumber(r.blockNumber());
        item.setPreorderBlockNumber(r.preorderBlockNumber());
        item.setFirstRegistered(r.firstRegistered());
        item.setLastRenewed(r.lastRenewed());
        item.setRevoked(r.revoked());
        item.setOp(r.op());
        item.setTxid(r.txid());
        item.setVtxindex(r.vtxindex());
        item.setOpFee(r.opFee());
        item.setTokenFee(r.tokenFee());
        item.setImporter(r.importer());
        item.setImporterAddress(r.importerAddress());
        item.setPreorderHash(r.preorderHash());
        item.setConsensusHash(r.consensusHash());
        item.setNamespaceBlockNumber(r.namespaceBlockNumber());
        item.setLastCreationOp(r.lastCreationOp());
        item.setUpdateConsensusHash(r.updateConsensusHash());
        return item;
    }

    public static NameRecord toRecord(NameItem i) {
        return new NameRecord(i.getName(), i.getNamespaceId(), i.getValueHash(), i.getSender(), i.getSenderPubkey(),
                i.getAddress(), number(i.getBlockNumber()), number(i.getPreorderBlockNumber()),
                number(i.getFirstRegistered()), number(i.getLastRenewed()), Boolean.TRUE.equals(i.getRevoked()),
                i.getOp(), i.getTxid(), number(i.getVtxindex()), i.getOpFee() == null ? 0 : i.getOpFee(),
                i.getTokenFee() == null ? BigInteger.ZERO : i.getTokenFee(), i.getImporter(), i.getImporterAddress(),
                i.getPreorderHash(), i.getConsensusHash(), number(i.getNamespaceBlockNumber()),
                i.getLastCreationOp(), i.getUpdateConsensusHash());
    }

    public static NamespaceItem toItem(NamespaceRecord r) {
        NamespaceItem item = new NamespaceItem();
        item.setNamespaceId(r.namespaceId());
        item.setPreorderHash(r.preorderHash());
        item.setVersion(r.version());
        item.setSender(r.sender());
        item.setSenderPubkey(r.senderPubkey());
        item.setAddress(r.address());
        item.setRecipient(r.recipient());
        item.setRecipientAddress(r.recipientAddress());
        item.setBlockNumber(r.blockNumber());
        item.setRevealBlock(r.revealBlock());
        item.setReadyBlock(r.readyBlock());
        item.setOp(r.op());
        item.setTxid(r.txid());
        item.setVtxindex(r.vtxindex());
        item.setLifetime(r.lifetime());
        item.setCoeff(r.coeff());
        item.setBase(r.base());
        item.setBuckets(r.buckets());
        item.setNonalphaDiscount(r.nonalphaDiscount());
        item.setNoVowelDiscount(r.noVowelDiscount());
        item.setOpFee(r.opFee());
        item.setTokenFee(r.tokenFee());
        return item;
    }

    public static NamespaceRecord toRecord(NamespaceItem i) {
        return new NamespaceRecord(i.getNamespaceId(), i.getPreorderHash(), number(i.getVersion()), i.getSender(),
                i.getSenderPubkey(), i.getAddress(), i.getRecipient(), i.getRecipientAddress(),
                number(i.getBlockNumber()), number(i.getRevealBlock()), number(i.getReadyBlock()), i.getOp(),
                i.getTxid(), number(i.getVtxindex()), longNumber(i.getLifetime()), number(i.getCoeff()),
                number(i.getBase()), i.getBuckets(), number(i.getNonalphaDiscount()), number(i.getNoVowelDiscount()),
                longNumber(i.getOpFee()), longNumber(i.getTokenFee()));
    }

    public static PreorderItem toItem(PreorderRecord r) {
        PreorderItem item = new PreorderItem();
        item.setPreorderHash(r.preorderHash());
        item.setOp(r.op());
        item.setConsensusHash(r.consensusHash());
        item.setSender(r.sender());
        item.setSenderPubkey(r.senderPubkey());
        item.setAddress(r.address());
        item.setBlockNumber(r.blockNumber());
        item.setTxid(r.txid());
        item.setVtxindex(r.vtxindex());
        item.setOpFee(r.opFee());
        item.setBurnAddress(r.burnAddress());
        item.setTokenFee(r.tokenFee());
        item.setTokenUnits(r.tokenUnits());
        return item;
    }

    public static PreorderRecord toRecord(PreorderItem i) {
        return new PreorderRecord(i.getOp(), i.getPreorderHash(), i.getConsensusHash(), i.getSender(),
                i.getSenderPubkey(), i.getAddress(), number(i.getBlockNumber()), i.getTxid(), number(i.getVtxindex()),
                longNumber(i.getOpFee()), i.getBurnAddress(), longNumber(i.getTokenFee()), i.getTokenUnits());
    }

    public static KeyringItem toItem(ImportKeyring r) {
        KeyringItem item = new KeyringItem();
        item.setNamespaceId(r.namespaceId());
        item.setPublicKeyHex(r.publicKeyHex());
        item.setAddresses(r.addresses());
        return item;
    }

    public static ImportKeyring toRecord(KeyringItem i) {
        return new ImportKeyring(i.getNamespaceId(), i.getPublicKeyHex(), i.getAddresses());
    }

    public static HistoryItem toItem(HistoryEntry e) {
        HistoryItem item = new HistoryItem();
        item.setSubject(e.subject());
        item.setPosition(HistoryItem.position(e.blockNumber(), e.vtxindex()));
        item.setHeight(e.blockNumber());
        item.setVtxindex(e.vtxindex());
        item.setTxid(e.txid());
        item.setOpcode(e.opcode());
        item.setCreatorAddress(e.creatorAddress());
        StateValue record = e.record();
        if (record instanceof NameRecord name) {
            item.setRecordType(NAME);
            item.setValueHash(name.valueHash());
        } else if (record instanceof NamespaceRecord) {
            item.setRecordType(NAMESPACE);
        } else if (record instanceof PreorderRecord) {
            item.setRecordType(PREORDER);
        } else {
            throw new IllegalArgumentException("a history entry cannot hold a " + record.getClass().getSimpleName());
        }
        item.setRecord(image(record));
        return item;
    }

    public static HistoryEntry toEntry(HistoryItem i) {
        StateValue record = switch (i.getRecordType()) {
            case NAME -> toRecord(NameItem.SCHEMA.mapToItem(i.getRecord()));
            case NAMESPACE -> toRecord(NamespaceItem.SCHEMA.mapToItem(i.getRecord()));
            case PREORDER -> toRecord(PreorderItem.SCHEMA.mapToItem(i.getRecord()));
            default -> throw new IllegalStateException("history item " + i.getSubject() + "/" + i.getPosition()
                    + " has unknown record type " + i.getRecordType());
        };
        return new HistoryEntry(i.getSubject(), number(i.getHeight()), number(i.getVtxindex()), i.getTxid(),
                i.getOpcode(), record, i.getCreatorAddress());
    }

    /** The value an image holds, by the table it belongs to. */
    public static Optional<StateValue> value(String table, Map<String, AttributeValue> image) {
        if (image == null) {
            return Optional.empty();
        }
        return Optional.of(switch (table) {
            case NameItem.TABLE -> toRecord(NameItem.SCHEMA.mapToItem(image));
            case NamespaceItem.TABLE -> toRecord(NamespaceItem.SCHEMA.mapToItem(image));
            case PreorderItem.TABLE -> toRecord(PreorderItem.SCHEMA.mapToItem(image));
            case KeyringItem.TABLE -> toRecord(KeyringItem.SCHEMA.mapToItem(image));
            case HistoryItem.TABLE -> toEntry(HistoryItem.SCHEMA.mapToItem(image));
            default -> throw new IllegalArgumentException("not a BNS table: " + table);
        });
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    private static long longNumber(Long value) {
        return value == null ? 0 : value;
    }
}
