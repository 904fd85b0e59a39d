package org.blockstack.functions.benchmarks.bns;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionInput;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.crypto.ECKey;
import org.bitcoinj.script.ScriptBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Funding;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.wire.TransactionIndex;
import org.blockstack.functions.core.chain.FillerTransactions;

/**
 * A corpus of realistic ~1 MB blocks: about 2,000 transactions each ({@link FillerTransactions}:
 * mostly segwit and legacy payments of one to a few inputs, some consolidations, about 1 %
 * carrying a non-BNS {@code OP_RETURN}) and 0.1 % BNS operations (signed, spending outputs the
 * index knows). Deterministic (seeded).
 */
final class SyntheticBlocks {
    static final int TRANSACTIONS_PER_BLOCK = 2_000;
    static final int BNS_PER_BLOCK = 2;

    final List<byte[]> blocks = new ArrayList<>();
    final TransactionIndex spentOutputs = new TransactionIndex();
    final long totalBytes;
    final int firstHeight = 10;

    SyntheticBlocks(NetworkParams params, int count) {
        Random random = new Random(42);
        BnsTransactionBuilder builder = new BnsTransactionBuilder(params);
        long bytes = 0;
        for (int b = 0; b < count; b++) {
            List<Transaction> transactions = new ArrayList<>();
            transactions.add(Transaction.coinbase(("synthetic " + b).getBytes(StandardCharsets.UTF_8)));
            List<Integer> bnsSlots = List.of(1 + random.nextInt(TRANSACTIONS_PER_BLOCK - 2),
                    1 + random.nextInt(TRANSACTIONS_PER_BLOCK - 2));
            for (int t = 1; t < TRANSACTIONS_PER_BLOCK; t++) {
                transactions.add(bnsSlots.contains(t) ? bns(builder, random, b, t) : FillerTransactions.payment(random));
            }
            Block block = new Block(1, Sha256Hash.ZERO_HASH, null, Instant.ofEpochSecond(1_600_000_000L + b),
                    0x207fffffL, 0, transactions);
            byte[] raw = block.serialize();
            blocks.add(raw);
            bytes += raw.length;
        }
        totalBytes = bytes;
    }

    private Transaction bns(BnsTransactionBuilder builder, Random random, int block, int index) {
        ECKey key = ECKey.fromPrivate(Sha256Hash.hash(("bench " + block + "/" + index).getBytes(StandardCharsets.UTF_8)));
        Transaction funding = new Transaction();
        funding.addInput(new TransactionInput(funding, new byte[] {1, 2}, new TransactionOutPoint(0,
                Sha256Hash.of(key.getPubKey()))));
        funding.addOutput(Coin.COIN, ScriptBuilder.createP2PKHOutputScript(key));
        spentOutputs.add(funding);
        Funding from = new Funding(new TransactionOutPoint(0, funding), Coin.COIN.value, key);
        String fqn = "name" + block + "x" + index + ".id";
        String address = builder.address(key);
        String consensusHash = "00112233445566778899aabbccddeeff";
        return switch (random.nextInt(3)) {
            case 0 -> builder.namePreorder(from, fqn, address, consensusHash, 100_000,
                    builder.params().burnAddress(), null).transaction();
            case 1 -> builder.nameRegistration(from, fqn, address, "0123456789abcdef0123456789abcdef01234567")
                    .transaction();
            default -> builder.nameUpdate(from, fqn, consensusHash, "0123456789abcdef0123456789abcdef01234567")
                    .transaction();
        };
    }
}
