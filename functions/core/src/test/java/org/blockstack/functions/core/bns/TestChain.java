package org.blockstack.functions.core.bns;

import org.blockstack.functions.core.bns.pricing.Price;
import org.blockstack.functions.core.bns.pricing.NamespacePricing;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionInput;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.crypto.ECKey;
import org.bitcoinj.script.ScriptBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Built;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Funding;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.NamespaceRules;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.operations.RejectReason;
import org.blockstack.functions.core.bns.state.InMemoryBnsState;
import org.blockstack.functions.core.bns.wire.TransactionIndex;

/**
 * A chain for rule tests: actors with funded keys, blocks of built transactions pushed through
 * the real extractor and block processor, the results applied to an in-memory state.
 */
public final class TestChain {
    public static final long FUNDING = Coin.COIN.multiply(100).value;
    /** Cheap names: coeff 1, base 2, every bucket 1 → 200 satoshis before the epoch divisor. */
    public static final NamespaceRules CHEAP = new NamespaceRules(1000, 1, 2, Collections.nCopies(16, 1), 1, 1, 1);

    public final NetworkParams params;
    public final BnsTransactionBuilder builder;
    public final BnsExtractor extractor;
    public final BnsBlockProcessor processor;
    public final InMemoryBnsState state = new InMemoryBnsState();
    public final TransactionIndex transactions = new TransactionIndex();
    public final List<BlockResult> results = new ArrayList<>();
    private int nextHeight;
    private int funded;

    public TestChain(NetworkParams params) {
        this.params = params;
        this.builder = new BnsTransactionBuilder(params);
        this.extractor = new BnsExtractor(params);
        this.processor = new BnsBlockProcessor(params);
        this.nextHeight = params.firstBlock();
    }

    /** A regtest chain whose next block is the first under the newest rules (epoch 6 starts at 6). */
    public static TestChain regtest() {
        return regtest(Map.of());
    }

    /** The same with {@code BNS_*} settings applied. */
    public static TestChain regtest(Map<String, String> settings) {
        TestChain chain = new TestChain(NetworkParams.regtest().withOverrides(settings));
        chain.mineUntil(6);
        return chain;
    }

    /** A chain in epoch 1 until block 1000 (the reference's default test mode at low heights), past block 1. */
    public static TestChain epoch1() {
        Map<String, String> ends = new java.util.HashMap<>();
        for (int epoch = 1; epoch <= 5; epoch++) {
            ends.put("BNS_EPOCH_" + epoch + "_END_BLOCK", String.valueOf(999 + epoch));
        }
        TestChain chain = new TestChain(NetworkParams.regtest().withOverrides(ends));
        chain.mine();
        return chain;
    }

    /** A key with one funding output that only this test chain knows. */
    public final class Actor {
        public final ECKey key;
        public Funding funding;

        Actor(ECKey key) {
            this.key = key;
            this.funding = fund(key);
        }

        public String script() {
            return BnsTransactionBuilder.script(key);
        }

        public String address() {
            return builder.address(key);
        }

        /** Builds a transaction from this actor's funding and keeps its change for the next one. */
        public Built spend(Function<Funding, Built> build) {
            Built built = build.apply(funding);
            funding = built.change();
            return built;
        }
    }

    public Actor actor(String label) {
        return new Actor(ECKey.fromPrivate(Sha256Hash.hash(("test actor " + label).getBytes(StandardCharsets.UTF_8))));
    }

    /** A funding output in a transaction outside any block (its input spends nothing real). */
    private Funding fund(ECKey key) {
        Transaction funding = new Transaction();
        funding.addInput(new TransactionInput(funding, new byte[] {(byte) (funded++ & 0x7f), 1},
                new TransactionOutPoint(0, Sha256Hash.of(BigInteger.valueOf(funded).toByteArray()))));
        funding.addOutput(Coin.valueOf(FUNDING), ScriptBuilder.createP2PKHOutputScript(key));
        transactions.add(funding);
        return new Funding(new TransactionOutPoint(0, funding), FUNDING, key);
    }

    public int nextHeight() {
        return nextHeight;
    }

    /** The consensus hash of the last processed block. */
    public String consensusHash() {
        return state.consensusHash(nextHeight - 1).orElseThrow();
    }

    /** Mines a block with these transactions after the coinbase, processes and applies it. */
    public BlockResult mine(Built... built) {
        List<Transaction> list = new ArrayList<>();
        for (Built b : built) {
            list.add(b.transaction());
        }
        return mineTransactions(list);
    }

    public BlockResult mineTransactions(List<Transaction> list) {
        BlockResult result = processor.process(state, nextHeight, operations(list));
        result.applyTo(state);
        results.add(result);
        nextHeight++;
        return result;
    }

    /** The operations a block with these transactions would carry at the next height. */
    public List<BnsOperation> operations(List<Transaction> list) {
        List<Transaction> all = new ArrayList<>();
        all.add(Transaction.coinbase(("height " + nextHeight).getBytes(StandardCharsets.UTF_8)));
        all.addAll(list);
        list.forEach(transactions::add);
        Block block = new Block(1, Sha256Hash.ZERO_HASH, null, Instant.ofEpochSecond(1_600_000_000L), 0x207fffffL,
                0, all);
        return extractor.extract(block, nextHeight, transactions);
    }

    /** Moves on to {@code height} after the caller applied the blocks itself. */
    public void skipTo(int height) {
        nextHeight = height;
    }

    public void mineEmpty(int count) {
        for (int i = 0; i < count; i++) {
            mine();
        }
    }

    /** Mines empty blocks until the next block is {@code height}. */
    public void mineUntil(int height) {
        while (nextHeight < height) {
            mine();
        }
    }

    /** Preorders, reveals and readies a namespace, one block each; returns the reveal actor. */
    public Actor readyNamespace(String id, NamespaceRules rules) {
        Actor creator = actor(id + " creator");
        Actor revealer = actor(id + " revealer");
        revealNamespace(id, rules, creator, revealer);
        accept(mine(revealer.spend(f -> builder.namespaceReady(f, id))));
        return revealer;
    }

    /** Preorders and reveals a namespace (two blocks). */
    public void revealNamespace(String id, NamespaceRules rules, Actor creator, Actor revealer) {
        long fee = NamespacePricing.price(id, params.epochAt(nextHeight),
                Price.Units.BTC)
                .map(price -> price.amount().longValue()).orElse(BnsTransactionBuilder.DUST);
        accept(mine(creator.spend(f -> builder.namespacePreorder(f, id, revealer.address(), consensusHash(), fee,
                namespaceTokens()))));
        accept(mine(creator.spend(f -> builder.namespaceReveal(f, id, revealer.address(), rules))));
    }

    /** The STX a namespace preorder states in this epoch (enough for any id), or null before epoch 4. */
    public Long namespaceTokens() {
        return params.epochAt(nextHeight).has(EpochFeature.STACKS_BUY_NAMESPACES) ? 640_000_000_000L : null;
    }

    /** Preorders in one block and registers in the next; returns the registration's result. */
    public BlockResult register(Actor buyer, String fqn, Actor owner, long fee) {
        accept(mine(buyer.spend(f -> builder.namePreorder(f, fqn, owner.address(), consensusHash(), fee,
                params.burnAddress(), null))));
        return mine(buyer.spend(f -> builder.nameRegistration(f, fqn, owner.address(), null)));
    }

    public static BlockResult accept(BlockResult result) {
        assertThat(result.rejected()).as("rejections at block %d", result.height()).isEmpty();
        return result;
    }

    /** The single rejection of a block, which must have the given reason. */
    public static RejectedOperation rejected(BlockResult result, RejectReason reason) {
        assertThat(result.rejected()).as("rejections at block %d", result.height())
                .extracting(RejectedOperation::reason).containsExactly(reason);
        return result.rejected().get(0);
    }
}
