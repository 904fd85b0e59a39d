package org.blockstack.functions.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Checking a block from its raw bytes agrees with bitcoinj's full parse on every random block
 * (legacy and segwit transactions), and refuses every block a source could hand out instead:
 * truncated, with other transactions under the genuine header, or with repeated transactions
 * that keep the merkle root (CVE-2012-2459).
 */
class ChainBlockProperties {
    @Provide
    Arbitrary<Block> blocks() {
        Arbitrary<byte[]> scripts = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(40);
        return RandomBlocks.blocks(scripts);
    }

    @Property(tries = 200)
    void theRawCheckReadsWhatBitcoinjReads(@ForAll("blocks") Block block, @ForAll @IntRange(max = 900_000) int height)
            throws InvalidBlockException {
        byte[] raw = block.serialize();
        BlockHeader header = ChainBlock.parse(height, block.getHashAsString(), raw).header();
        assertThat(header).isEqualTo(new BlockHeader(height, block.getHashAsString(),
                block.getPrevBlockHash().toString(), block.getTimeSeconds(), block.getTransactions().size(), raw.length));
    }

    @Property(tries = 100)
    void aTruncatedBlockIsRefused(@ForAll("blocks") Block block, @ForAll @IntRange(min = 1) int cut) {
        byte[] raw = block.serialize();
        byte[] truncated = Arrays.copyOf(raw, cut % raw.length);
        assertThatThrownBy(() -> ChainBlock.parse(7, block.getHashAsString(), truncated))
                .isInstanceOf(InvalidBlockException.class)
                .hasMessageContaining("truncated or malformed");
    }

    @Property(tries = 100)
    void otherTransactionsUnderTheGenuineHeaderAreRefused(@ForAll("blocks") Block block, @ForAll("blocks") Block other) {
        List<Transaction> substituted = new ArrayList<>(other.getTransactions());
        if (substituted.equals(block.getTransactions())) {
            return;
        }
        byte[] header = Arrays.copyOf(block.serialize(), RawTransactions.HEADER_BYTES);
        byte[] otherRaw = other.serialize();
        byte[] forged = Arrays.copyOf(header, header.length + otherRaw.length - RawTransactions.HEADER_BYTES);
        System.arraycopy(otherRaw, RawTransactions.HEADER_BYTES, forged, header.length,
                otherRaw.length - RawTransactions.HEADER_BYTES);
        assertThatThrownBy(() -> ChainBlock.parse(7, block.getHashAsString(), forged))
                .isInstanceOf(InvalidBlockException.class)
                .hasMessageContaining("do not match its header");
    }

    @Property(tries = 50)
    void repeatingTheLastTransactionsIsRefused(@ForAll("blocks") Block block) {
        List<Transaction> transactions = block.getTransactions();
        if (transactions.size() % 2 == 0) {
            return;
        }
        // an odd level pairs its last hash with itself: appending a copy of the last transaction keeps the root
        List<Transaction> repeated = new ArrayList<>(transactions);
        repeated.add(transactions.get(transactions.size() - 1));
        Block mutated = new Block(block.getVersion(), block.getPrevBlockHash(), block.getMerkleRoot(), block.time(),
                block.getDifficultyTarget(), block.getNonce(), repeated);
        assertThat(mutated.getHash()).isEqualTo(block.getHash());
        assertThatThrownBy(() -> ChainBlock.parse(7, block.getHashAsString(), mutated.serialize()))
                .isInstanceOf(InvalidBlockException.class)
                .hasMessageContaining("mutated block");
    }

    @Property(tries = 50)
    void aBlockWithAnotherHashIsRefused(@ForAll("blocks") Block block, @ForAll("blocks") Block other) {
        if (other.getHash().equals(block.getHash())) {
            return;
        }
        assertThatThrownBy(() -> ChainBlock.parse(7, other.getHashAsString(), block.serialize()))
                .isInstanceOf(InvalidBlockException.class)
                .hasMessage("block at height 7 hashes to " + block.getHashAsString() + ", expected "
                        + other.getHashAsString());
    }
}
