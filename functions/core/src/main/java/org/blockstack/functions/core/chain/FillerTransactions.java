package org.blockstack.functions.core.chain;

import java.util.Random;

import com.google.common.primitives.Bytes;

import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionInput;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.core.TransactionOutput;
import org.bitcoinj.core.TransactionWitness;

/**
 * Non-BNS transactions shaped like mainnet traffic, to fill realistic blocks for benchmarks and
 * load tests: 60 % segwit, 33 % legacy payments of one to three inputs, 7 % consolidations of 8 to
 * 23 inputs, 1 % with a non-BNS {@code OP_RETURN}; about 500 bytes on average. Signatures are
 * random bytes of the right size and inputs spend made-up outputs: only the byte layout matters
 * to the code that reads them.
 */
public final class FillerTransactions {
    private FillerTransactions() {
    }

    public static Transaction payment(Random random) {
        Transaction tx = new Transaction();
        int kind = random.nextInt(100);
        boolean segwit = kind < 60;
        int inputs = kind >= 93 ? 8 + random.nextInt(16) : 1 + random.nextInt(3);
        for (int i = 0; i < inputs; i++) {
            byte[] prev = new byte[32];
            random.nextBytes(prev);
            TransactionInput input = new TransactionInput(tx, segwit ? new byte[0] : bytes(random, 107),
                    new TransactionOutPoint(random.nextInt(4), Sha256Hash.wrap(prev)));
            if (segwit) {
                input = input.withWitness(TransactionWitness.of(bytes(random, 72), bytes(random, 33)));
            }
            tx.addInput(input);
        }
        int outputs = 1 + random.nextInt(3);
        for (int o = 0; o < outputs; o++) {
            byte[] script = segwit ? Bytes.concat(new byte[] {0, 0x14}, bytes(random, 20))
                    : Bytes.concat(new byte[] {0x76, (byte) 0xa9, 0x14}, bytes(random, 20), new byte[] {(byte) 0x88, (byte) 0xac});
            tx.addOutput(new TransactionOutput(tx, Coin.valueOf(1_000 + random.nextInt(1_000_000)), script));
        }
        if (random.nextInt(100) == 0) {
            byte[] payload = Bytes.concat(new byte[] {'o', 'm', 'n', 'i'}, bytes(random, 16));
            tx.addOutput(new TransactionOutput(tx, Coin.ZERO, Bytes.concat(new byte[] {0x6a, (byte) payload.length}, payload)));
        }
        return tx;
    }

    private static byte[] bytes(Random random, int count) {
        byte[] out = new byte[count];
        random.nextBytes(out);
        return out;
    }
}
