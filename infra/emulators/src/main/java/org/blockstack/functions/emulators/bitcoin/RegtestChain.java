package org.blockstack.functions.emulators.bitcoin;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.NetworkParameters;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.crypto.ECKey;
import org.bitcoinj.script.ScriptBuilder;

/**
 * A deterministic Bitcoin regtest chain built with bitcoinj: the same calls always give the same
 * block hashes. It keeps every block it ever made (like a node keeps stale branches), so a
 * client can still fetch a block by hash after a reorg replaced it.
 */
public final class RegtestChain {
    /** Regtest's proof-of-work limit: about one in two nonces solves a block. */
    private static final long REGTEST_TARGET = 0x207fffffL;
    private static final long BLOCK_SPACING_SECONDS = 600;
    private static final ECKey MINER = ECKey.fromPrivate(
            Sha256Hash.hash("blockstack-functions demo miner".getBytes(StandardCharsets.UTF_8)));

    private final List<Block> active = new ArrayList<>();
    private final Map<Sha256Hash, Block> known = new HashMap<>();
    private final Map<Sha256Hash, Transaction> transactions = new HashMap<>();
    private final Map<String, String> bnsSettings = new LinkedHashMap<>();

    private RegtestChain(Block genesis) {
        active.add(genesis);
        remember(genesis);
    }

    private void remember(Block block) {
        known.put(block.getHash(), block);
        block.getTransactions().forEach(tx -> transactions.put(tx.getTxId(), tx));
    }

    /** A chain holding only Bitcoin Core's regtest genesis block (height 0). */
    public static RegtestChain fromGenesis() {
        return new RegtestChain(NetworkParameters.of(BitcoinNetwork.REGTEST).getGenesisBlock());
    }

    public synchronized int tipHeight() {
        return active.size() - 1;
    }

    public synchronized Block tip() {
        return active.get(active.size() - 1);
    }

    /** The active block at {@code height}, if the chain is that long. */
    public synchronized Optional<Block> blockAt(int height) {
        return height >= 0 && height < active.size() ? Optional.of(active.get(height)) : Optional.empty();
    }

    /** Any block this chain ever made, active or stale. */
    public synchronized Optional<Block> block(Sha256Hash hash) {
        return Optional.ofNullable(known.get(hash));
    }

    /**
     * Any transaction of any block this chain ever made, like a node with {@code -txindex}
     * (BNS sync looks up the outputs its candidates spend).
     */
    public synchronized Optional<Transaction> transaction(Sha256Hash txid) {
        return Optional.ofNullable(transactions.get(txid));
    }

    /** The key that receives every coinbase, so a chain builder can spend block rewards. */
    public static ECKey minerKey() {
        return MINER;
    }

    /**
     * BNS settings ({@code BNS_*} variable names) a chain needs to be read as intended, e.g. a
     * short grace period; the local stack passes them to the functions with the chain.
     */
    public synchronized Map<String, String> bnsSettings() {
        return Map.copyOf(bnsSettings);
    }

    public synchronized RegtestChain withBnsSettings(Map<String, String> settings) {
        bnsSettings.putAll(settings);
        return this;
    }

    /** Appends one block holding a coinbase and then {@code transactions}, in that order. */
    public Block append(List<Transaction> transactions) {
        return append(transactions, "");
    }

    /**
     * Appends one block. {@code branchTag} goes into the coinbase, so two branches built from the
     * same parent with the same transactions still get different hashes (reorg tests).
     */
    public synchronized Block append(List<Transaction> transactions, String branchTag) {
        Block parent = tip();
        int height = active.size();
        List<Transaction> all = new ArrayList<>();
        all.add(coinbase(height, branchTag));
        all.addAll(transactions);
        Block block = solve(parent, all);
        active.add(block);
        remember(block);
        return block;
    }

    public void appendEmpty(int count) {
        for (int i = 0; i < count; i++) {
            append(List.of());
        }
    }

    /** Drops active blocks above {@code height}; they stay fetchable by hash. */
    public synchronized void rewindTo(int height) {
        if (height < 0 || height > tipHeight()) {
            throw new IllegalArgumentException("cannot rewind to " + height + ": tip is " + tipHeight());
        }
        while (active.size() > height + 1) {
            active.remove(active.size() - 1);
        }
    }

    /** The time the next block will carry, for builders that want transactions to match it. */
    public synchronized Instant nextBlockTime() {
        return tip().time().plusSeconds(BLOCK_SPACING_SECONDS);
    }

    /**
     * Finds a nonce that meets regtest's target. bitcoinj's own {@code Block.solve()} needs a
     * thread-bound {@code Context}; regtest needs only a couple of tries, so we search directly.
     */
    private static Block solve(Block parent, List<Transaction> transactions) {
        Instant time = parent.time().plusSeconds(BLOCK_SPACING_SECONDS);
        Block template = new Block(Block.BLOCK_VERSION_BIP65, parent.getHash(), null, time, REGTEST_TARGET, 0,
                transactions);
        Sha256Hash merkleRoot = template.getMerkleRoot();
        BigInteger target = template.getDifficultyTargetAsInteger();
        for (long nonce = 0; nonce <= 0xffffffffL; nonce++) {
            Block candidate = new Block(Block.BLOCK_VERSION_BIP65, parent.getHash(), merkleRoot, time,
                    REGTEST_TARGET, nonce, transactions);
            if (candidate.getHash().toBigInteger().compareTo(target) <= 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no nonce solves block after " + parent.getHash());
    }

    private static Transaction coinbase(int height, String branchTag) {
        byte[] script = new ScriptBuilder()
                .number(height)
                .data(("blockstack-functions" + branchTag).getBytes(StandardCharsets.UTF_8))
                .build()
                .program();
        Transaction coinbase = Transaction.coinbase(script);
        coinbase.addOutput(Coin.FIFTY_COINS, ScriptBuilder.createP2PKHOutputScript(MINER));
        return coinbase;
    }
}
