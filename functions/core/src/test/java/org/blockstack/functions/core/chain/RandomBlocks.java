package org.blockstack.functions.core.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionInput;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.core.TransactionOutput;
import org.bitcoinj.core.TransactionWitness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random blocks for properties: a coinbase and up to a dozen legacy or segwit transactions with the given output scripts. */
public final class RandomBlocks {
    private RandomBlocks() {
    }

    public static Arbitrary<Transaction> transactions(Arbitrary<byte[]> outputScripts) {
        Arbitrary<List<byte[]>> outputs = outputScripts.list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<Integer> inputs = Arbitraries.integers().between(1, 3);
        Arbitrary<Boolean> segwit = Arbitraries.of(true, false);
        Arbitrary<byte[]> scriptSigs = Arbitraries.bytes().array(byte[].class).ofMaxSize(120);
        return Combinators.combine(outputs, inputs, segwit, scriptSigs).as((scripts, count, witness, scriptSig) -> {
            Transaction tx = new Transaction();
            for (int i = 0; i < count; i++) {
                TransactionInput input = new TransactionInput(tx, scriptSig,
                        new TransactionOutPoint(i, Sha256Hash.of(scriptSig)));
                if (witness) {
                    input = input.withWitness(TransactionWitness.of(new byte[71], new byte[33]));
                }
                tx.addInput(input);
            }
            for (byte[] script : scripts) {
                tx.addOutput(new TransactionOutput(tx, Coin.valueOf(546), script));
            }
            return tx;
        });
    }

    /** Blocks of distinct transactions whose header carries the merkle root bitcoinj computes for them. */
    public static Arbitrary<Block> blocks(Arbitrary<byte[]> outputScripts) {
        Arbitrary<Long> times = Arbitraries.longs().between(1_231_006_505L, 4_000_000_000L);
        return Combinators.combine(transactions(outputScripts).list().ofMinSize(0).ofMaxSize(12), times)
                .as((list, time) -> {
                    List<Transaction> all = new ArrayList<>();
                    all.add(Transaction.coinbase(new byte[] {3, 1, 2, 3}));
                    for (Transaction transaction : list) {
                        // distinct lock times keep txids distinct, as in real blocks (BIP 30)
                        transaction.setLockTime(all.size());
                        all.add(transaction);
                    }
                    return new Block(1, Sha256Hash.of(new byte[] {(byte) list.size()}), null, Instant.ofEpochSecond(time),
                            0x207fffffL, 0, all);
                });
    }
}
