package org.blockstack.functions.core.bns.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;

import org.bitcoinj.crypto.ECKey;
import org.blockstack.functions.core.bns.BnsTransactionBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Built;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.NamespaceRules;
import org.blockstack.functions.core.bns.TestChain;
import org.blockstack.functions.core.bns.TestChain.Actor;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.operations.Announce;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.operations.NameImport;
import org.blockstack.functions.core.bns.operations.NamePreorder;
import org.blockstack.functions.core.bns.operations.NameRegistration;
import org.blockstack.functions.core.bns.operations.NameRenewal;
import org.blockstack.functions.core.bns.operations.NameRevoke;
import org.blockstack.functions.core.bns.operations.NameTransfer;
import org.blockstack.functions.core.bns.operations.NameUpdate;
import org.blockstack.functions.core.bns.operations.NamespacePreorder;
import org.blockstack.functions.core.bns.operations.NamespaceReady;
import org.blockstack.functions.core.bns.operations.NamespaceReveal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Builder and parser are inverses: for random valid fields, every operation's transaction parses
 * back (through the block scanner and the sender lookup) to exactly those fields.
 */
class WireRoundTripProperties {
    private static final String LABEL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_";

    private final TestChain chain = TestChain.regtest();
    private final BnsTransactionBuilder builder = chain.builder;
    private final Actor sender = chain.actor("sender");

    private BnsOperation parseBack(Built built) {
        List<BnsOperation> operations = chain.operations(List.of(built.transaction()));
        assertThat(operations).hasSize(1);
        BnsOperation operation = operations.get(0);
        assertThat(operation.tx().txid()).isEqualTo(built.transaction().getTxId().toString());
        assertThat(operation.tx().sender().script()).isEqualTo(sender.script());
        assertThat(operation.tx().sender().publicKey()).isEqualTo(sender.key.getPublicKeyAsHex());
        return operation;
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.integers().between(1, 19).flatMap(nsLength ->
                Combinators.combine(Arbitraries.strings().withChars(LABEL_CHARS).ofMinLength(1)
                                .ofMaxLength(NAME_MAX - 1 - nsLength),
                        Arbitraries.strings().withChars(LABEL_CHARS).ofLength(nsLength))
                        .as((label, ns) -> label + "." + ns));
    }

    private static final int NAME_MAX = 37;

    @Provide
    Arbitrary<String> namespaceIds() {
        return Arbitraries.strings().withChars(LABEL_CHARS).ofMinLength(1).ofMaxLength(19);
    }

    @Provide
    Arbitrary<String> hash20() {
        return Arbitraries.bytes().array(byte[].class).ofSize(20).map(HexFormat.of()::formatHex);
    }

    @Provide
    Arbitrary<String> hash16() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16).map(HexFormat.of()::formatHex);
    }

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32).filter(b -> new BigInteger(1, b).signum() > 0)
                .map(secret -> chain.params.p2pkhAddress(ECKey.fromPrivate(secret).getPubKeyHash()));
    }

    @Property(tries = 40)
    void namePreorder(@ForAll("names") String fqn, @ForAll("addresses") String owner, @ForAll("hash16") String ch,
            @ForAll @LongRange(min = 5500, max = 100_000_000) long fee, @ForAll boolean tokens,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long tokenFee) {
        Long stx = tokens ? tokenFee : null;
        NamePreorder parsed = (NamePreorder) parseBack(sender.spend(f -> builder.namePreorder(f, fqn, owner, ch, fee,
                chain.params.burnAddress(), stx)));
        assertThat(parsed.preorderHash()).isEqualTo(BnsHashes.preorderHash(fqn, sender.script(), owner));
        assertThat(parsed.consensusHash()).isEqualTo(ch);
        assertThat(parsed.fee()).isEqualTo(fee);
        assertThat(parsed.feeAddress()).isEqualTo(chain.params.burnAddress());
        assertThat(parsed.tokenFee()).isEqualTo(stx);
        assertThat(parsed.tokenUnits()).isEqualTo(tokens ? "STACKS" : null);
    }

    @Property(tries = 40)
    void nameRegistration(@ForAll("names") String fqn, @ForAll("addresses") String owner,
            @ForAll("hash20") String valueHash, @ForAll boolean withValueHash) {
        String hash = withValueHash ? valueHash : null;
        NameRegistration parsed = (NameRegistration) parseBack(sender.spend(f -> builder.nameRegistration(f, fqn, owner,
                hash)));
        assertThat(parsed.name()).isEqualTo(fqn);
        assertThat(parsed.valueHash()).isEqualTo(hash);
        assertThat(parsed.recipientAddress()).isEqualTo(owner);
    }

    @Property(tries = 40)
    void nameRenewal(@ForAll("names") String fqn, @ForAll("addresses") String owner, @ForAll("hash20") String valueHash,
            @ForAll boolean withValueHash, @ForAll @LongRange(min = 0, max = 100_000_000) long fee,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long tokens) {
        String hash = withValueHash ? valueHash : null;
        long stx = withValueHash ? tokens : 0;
        NameRenewal parsed = (NameRenewal) parseBack(sender.spend(f -> builder.nameRenewal(f, fqn, owner, hash, fee,
                chain.params.burnAddress(), stx)));
        assertThat(parsed.name()).isEqualTo(fqn);
        assertThat(parsed.valueHash()).isEqualTo(hash);
        assertThat(parsed.recipientAddress()).isEqualTo(owner);
        assertThat(parsed.fee()).isEqualTo(fee);
        assertThat(parsed.tokens()).isEqualTo(stx);
    }

    @Property(tries = 40)
    void nameUpdate(@ForAll("names") String fqn, @ForAll("hash16") String ch, @ForAll("hash20") String valueHash) {
        NameUpdate parsed = (NameUpdate) parseBack(sender.spend(f -> builder.nameUpdate(f, fqn, ch, valueHash)));
        assertThat(parsed.nameConsensusHash()).isEqualTo(BnsHashes.nameConsensusHash(fqn, ch));
        assertThat(parsed.valueHash()).isEqualTo(valueHash);
    }

    @Property(tries = 40)
    void nameTransfer(@ForAll("names") String fqn, @ForAll("addresses") String to, @ForAll boolean keep,
            @ForAll("hash16") String ch) {
        NameTransfer parsed = (NameTransfer) parseBack(sender.spend(f -> builder.nameTransfer(f, fqn, to, keep, ch)));
        assertThat(parsed.nameHash128()).isEqualTo(BnsHashes.nameHash128(fqn));
        assertThat(parsed.keepData()).isEqualTo(keep);
        assertThat(parsed.consensusHash()).isEqualTo(ch);
        assertThat(parsed.recipientAddress()).isEqualTo(to);
    }

    @Property(tries = 40)
    void nameRevoke(@ForAll("names") String fqn) {
        assertThat(((NameRevoke) parseBack(sender.spend(f -> builder.nameRevoke(f, fqn)))).name()).isEqualTo(fqn);
    }

    @Property(tries = 40)
    void nameImport(@ForAll("names") String fqn, @ForAll("addresses") String to, @ForAll("hash20") String valueHash) {
        NameImport parsed = (NameImport) parseBack(sender.spend(f -> builder.nameImport(f, fqn, to, valueHash)));
        assertThat(parsed.name()).isEqualTo(fqn);
        assertThat(parsed.recipientAddress()).isEqualTo(to);
        assertThat(parsed.valueHash()).isEqualTo(valueHash);
    }

    @Property(tries = 40)
    void namespacePreorder(@ForAll("namespaceIds") String id, @ForAll("addresses") String revealer,
            @ForAll("hash16") String ch, @ForAll @LongRange(min = 5500, max = 100_000_000) long fee,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long tokens) {
        NamespacePreorder parsed = (NamespacePreorder) parseBack(sender.spend(f -> builder.namespacePreorder(f, id,
                revealer, ch, fee, tokens)));
        assertThat(parsed.preorderHash()).isEqualTo(BnsHashes.preorderHash(id, sender.script(), revealer));
        assertThat(parsed.consensusHash()).isEqualTo(ch);
        assertThat(parsed.fee()).isEqualTo(fee);
        assertThat(parsed.tokenFee()).isEqualTo(tokens);
    }

    @Property(tries = 40)
    void namespaceReveal(@ForAll("namespaceIds") String id, @ForAll("addresses") String revealer,
            @ForAll @LongRange(min = 0, max = 0xffffffffL) long lifetime, @ForAll @IntRange(max = 255) int coeff,
            @ForAll @IntRange(max = 255) int base, @ForAll("buckets") List<Integer> buckets,
            @ForAll @IntRange(min = 1, max = 15) int nonalpha, @ForAll @IntRange(min = 1, max = 15) int noVowel,
            @ForAll @IntRange(min = 1, max = 3) int version) {
        NamespaceReveal parsed = (NamespaceReveal) parseBack(sender.spend(f -> builder.namespaceReveal(f, id, revealer,
                new NamespaceRules(lifetime, coeff, base, buckets, nonalpha, noVowel, version))));
        assertThat(parsed).isEqualTo(new NamespaceReveal(parsed.tx(), id, lifetime, coeff, base, buckets, nonalpha,
                noVowel, version, parsed.recipient(), revealer));
    }

    @Provide
    Arbitrary<List<Integer>> buckets() {
        return Arbitraries.integers().between(0, 15).list().ofSize(16);
    }

    @Property(tries = 20)
    void namespaceReady(@ForAll("namespaceIds") String id) {
        assertThat(((NamespaceReady) parseBack(sender.spend(f -> builder.namespaceReady(f, id)))).namespaceId())
                .isEqualTo(id);
    }

    @Property(tries = 20)
    void announce(@ForAll("hash20") String hash) {
        assertThat(((Announce) parseBack(sender.spend(f -> builder.announce(f, hash)))).messageHash()).isEqualTo(hash);
    }
}
