package org.blockstack.functions.core.bns.state;

import java.math.BigInteger;

import org.blockstack.functions.core.bns.names.BnsHashes;

/**
 * A name as the chain left it (bns-protocol §6.1; the reference's {@code name_records} row).
 * Scripts and hashes are lower-case hex, as the reference stores them.
 *
 * @param valueHash           zone file hash, or null
 * @param sender              the owner's scriptPubKey
 * @param senderPubkey        a public key recorded with the last operation, or null
 * @param address             the owner's address
 * @param blockNumber         where the name was first created (preorder height or import height); never changes
 * @param preorderBlockNumber height of the preorder of the last (re-)registration
 * @param firstRegistered     height of the last (re-)registration or first import
 * @param lastRenewed         height of the last registration or renewal
 * @param op                  the last operation: {@code :}, {@code ::}, {@code +}, {@code >>}, {@code >~}, {@code ~}, {@code ;}
 * @param opFee               satoshis of the last registration or renewal; for imports the price as a double
 * @param tokenFee            micro-STX of the last registration or renewal, or an import's STX price (unbounded)
 * @param consensusHash       the consensus hash recorded by the last NAME_UPDATE or NAME_TRANSFER, or null
 * @param lastCreationOp      {@code ?} if (re-)registered, {@code ;} if imported; decides how {@code opFee} is hashed
 * @param updateConsensusHash the consensus hash of the last NAME_UPDATE since the name's last creation, or
 *                            null; what later transfers hash instead of their own (bns-protocol §10.4)
 */
public record NameRecord(
        String name,
        String namespaceId,
        String valueHash,
        String sender,
        String senderPubkey,
        String address,
        int blockNumber,
        int preorderBlockNumber,
        int firstRegistered,
        int lastRenewed,
        boolean revoked,
        String op,
        String txid,
        int vtxindex,
        double opFee,
        BigInteger tokenFee,
        String importer,
        String importerAddress,
        String preorderHash,
        String consensusHash,
        int namespaceBlockNumber,
        String lastCreationOp,
        String updateConsensusHash) implements StateValue {

    @Override
    public StateKey.Name key() {
        return new StateKey.Name(name);
    }

    /** {@code name_hash128}: what NAME_TRANSFER uses to find this name. */
    public String nameHash128() {
        return BnsHashes.nameHash128(name);
    }

    public boolean wasImported() {
        return ";".equals(lastCreationOp);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Field-by-field copy-and-change; every field starts as null, 0 or false. */
    public static final class Builder {
        private String name;
        private String namespaceId;
        private String valueHash;
        private String sender;
        private String senderPubkey;
        private String address;
        private int blockNumber;
        private int preorderBlockNumber;
        private int firstRegistered;
        private int lastRenewed;
        private boolean revoked;
        private String op;
        private String txid;
        private int vtxindex;
        private double opFee;
        private BigInteger tokenFee = BigInteger.ZERO;
        private String importer;
        private String importerAddress;
        private String preorderHash;
        private String consensusHash;
        private int namespaceBlockNumber;
        private String lastCreationOp;
        private String updateConsensusHash;

        private Builder() {
        }

        private Builder(NameRecord r) {
            name = r.name;
            namespaceId = r.namespaceId;
            valueHash = r.valueHash;
            sender = r.sender;
            senderPubkey = r.senderPubkey;
            address = r.address;
            blockNumber = r.blockNumber;
            preorderBlockNumber = r.preorderBlockNumber;
            firstRegistered = r.firstRegistered;
            lastRenewed = r.lastRenewed;
            revoked = r.revoked;
            op = r.op;
            txid = r.txid;
            vtxindex = r.vtxindex;
            opFee = r.opFee;
            tokenFee = r.tokenFee;
            importer = r.importer;
            importerAddress = r.importerAddress;
            preorderHash = r.preorderHash;
            consensusHash = r.consensusHash;
            namespaceBlockNumber = r.namespaceBlockNumber;
            lastCreationOp = r.lastCreationOp;
            updateConsensusHash = r.updateConsensusHash;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder namespaceId(String value) { namespaceId = value; return this; }
        public Builder valueHash(String value) { valueHash = value; return this; }
        public Builder sender(String value) { sender = value; return this; }
        public Builder senderPubkey(String value) { senderPubkey = value; return this; }
        public Builder address(String value) { address = value; return this; }
        public Builder blockNumber(int value) { blockNumber = value; return this; }
        public Builder preorderBlockNumber(int value) { preorderBlockNumber = value; return this; }
        public Builder firstRegistered(int value) { firstRegistered = value; return this; }
        public Builder lastRenewed(int value) { lastRenewed = value; return this; }
        public Builder revoked(boolean value) { revoked = value; return this; }
        public Builder op(String value) { op = value; return this; }
        public Builder txid(String value) { txid = value; return this; }
        public Builder vtxindex(int value) { vtxindex = value; return this; }
        public Builder opFee(double value) { opFee = value; return this; }
        public Builder tokenFee(BigInteger value) { tokenFee = value; return this; }
        public Builder tokenFee(long value) { tokenFee = BigInteger.valueOf(value); return this; }
        public Builder importer(String value) { importer = value; return this; }
        public Builder importerAddress(String value) { importerAddress = value; return this; }
        public Builder preorderHash(String value) { preorderHash = value; return this; }
        public Builder consensusHash(String value) { consensusHash = value; return this; }
        public Builder namespaceBlockNumber(int value) { namespaceBlockNumber = value; return this; }
        public Builder lastCreationOp(String value) { lastCreationOp = value; return this; }
        public Builder updateConsensusHash(String value) { updateConsensusHash = value; return this; }

        public NameRecord build() {
            return new NameRecord(name, namespaceId, valueHash, sender, senderPubkey, address, blockNumber,
                    preorderBlockNumber, firstRegistered, lastRenewed, revoked, op, txid, vtxindex, opFee, tokenFee,
                    importer, importerAddress, preorderHash, consensusHash, namespaceBlockNumber, lastCreationOp,
                    updateConsensusHash);
        }
    }
}
