package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.pricing.NamePricing;
import org.blockstack.functions.core.bns.pricing.Price;
import org.blockstack.functions.core.bns.state.ImportKeyring;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.ScriptTypes;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAME_IMPORT ({@code ;}, bns-protocol §5.7, §6.5): while a namespace is revealed but not ready,
 * its reveal key (or one of its keyring's children) creates names directly, for the owner in
 * output 1, with the value hash written as the hash of output 2's address.
 *
 * <p>Body: the name. Outputs: OP_RETURN, recipient, value-hash carrier, then anything.
 * Imports have no collision detection: several in one block all apply, in order.
 */
public record NameImport(TransactionContext tx, String name, String recipient, String recipientAddress,
        String valueHash) implements BnsOperation {

    public static NameImport parse(byte[] body, TransactionContext tx, NetworkParams params)
            throws MalformedOperationException {
        tx.requireStandardOutputs(3);
        TransactionContext.AddressedOutput recipient = tx.addressedOutput(1, params);
        TransactionContext.AddressedOutput carrier = tx.addressedOutput(2, params);
        String fqn = PayloadReader.text(body);
        if (!NameSyntax.isValidName(fqn)) {
            throw new MalformedOperationException("'" + fqn + "' is not a valid name");
        }
        String valueHash = HexFormat.of().formatHex(ScriptTypes.hash160(HexFormat.of().parseHex(carrier.script())));
        return new NameImport(tx, fqn, recipient.script(), recipient.address(), valueHash);
    }

    public static byte[] body(String fqn) {
        return fqn.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAME_IMPORT;
    }

    @Override
    public String opName() {
        return "NAME_IMPORT";
    }

    @Override
    public String subject() {
        return name;
    }

    private String namespaceId() {
        return NameSyntax.namespaceOf(name);
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        String publicKey = tx.sender().publicKey();
        if (publicKey == null) {
            return reject(RejectReason.NO_SENDER_PUBKEY, "an import must come from a p2pkh sender whose public key "
                    + "is in a <sig> <pubkey> scriptSig");
        }
        Optional<NamespaceRecord> namespace = context.revealedNamespace(namespaceId(), context.lastHeight());
        if (namespace.isEmpty()) {
            return reject(RejectReason.NAMESPACE_NOT_REVEALED, "namespace " + namespaceId()
                    + " is not revealed (it is unknown, ready, or its reveal lapsed)");
        }
        String importer = tx.sender().address();
        Optional<ImportKeyring> keyring = context.state().importKeyring(namespaceId());
        if (keyring.isEmpty()) {
            if (!importer.equals(namespace.get().recipientAddress())) {
                return reject(RejectReason.NOT_IMPORTER, "the first import into " + namespaceId()
                        + " must come from its reveal address " + namespace.get().recipientAddress() + ", not " + importer);
            }
        } else if (!keyring.get().addresses().contains(importer)) {
            return reject(RejectReason.NOT_IMPORTER, importer + " is not in the import keyring of " + namespaceId());
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        NamespaceRecord namespace = context.revealedNamespace(namespaceId(), context.lastHeight()).orElseThrow();
        if (context.state().importKeyring(namespaceId()).isEmpty()) {
            context.put(ImportKeyrings.build(namespaceId(), tx.sender().publicKey(), context.params()));
        }
        int height = context.height();
        NameRecord.Builder record = NameRecord.builder()
                .name(name).namespaceId(namespaceId()).valueHash(valueHash)
                .sender(recipient).senderPubkey(tx.sender().publicKey()).address(recipientAddress)
                .blockNumber(height).preorderBlockNumber(height).firstRegistered(height).lastRenewed(height)
                .preorderHash(BnsHashes.preorderHash(name, tx.sender().script(), recipientAddress));
        Optional<NameRecord> earlier = context.liveName(name).filter(r -> r.blockNumber() < height
                || (r.blockNumber() == height && r.vtxindex() < tx.vtxindex()));
        earlier.ifPresent(prior -> record
                .blockNumber(prior.blockNumber()).preorderBlockNumber(prior.preorderBlockNumber())
                .firstRegistered(prior.firstRegistered()).lastRenewed(prior.lastRenewed())
                .preorderHash(prior.preorderHash()));
        Price price = NamePricing.price(NameSyntax.labelOf(name), namespace, context.epoch());
        boolean stacks = namespace.version() == NamespaceRecord.VERSION_PAY_WITH_STACKS;
        NameRecord imported = record.revoked(false)
                .op(";").txid(tx.txid()).vtxindex(tx.vtxindex())
                .opFee(stacks ? 0.0 : price.toDouble())
                .tokenFee(stacks ? price.truncated() : BigInteger.ZERO)
                .importer(tx.sender().script()).importerAddress(tx.sender().address())
                .namespaceBlockNumber(namespace.blockNumber())
                .lastCreationOp(";")
                .build();
        // the reference records a creator only when the name has no earlier history at all
        // (namedb_state_create_as_import), which is when no record of it was ever stored
        if (context.state().name(name).isEmpty()) {
            context.addCreationHistory(imported, opName(), recipientAddress);
        } else {
            context.addHistory(name, height, tx.vtxindex(), tx.txid(), opName(), imported);
        }
        context.put(imported);
        return imported;
    }
}
