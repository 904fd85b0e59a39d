package org.blockstack.functions.benchmarks.bns;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bitcoinj.core.Block;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BNS operations out of raw 1 MB blocks (issue 4), side by side with (a) extraction after
 * bitcoinj's full deserialisation of the same blocks and (b) a plain byte scan that only counts
 * OP_RETURN outputs, the practical limit; and sync's fetch stage (issue 5), which also checks the
 * block against its header (every transaction id hashed). One benchmark operation = one block; the counters give
 * bytes/s (÷10⁶ = MB/s) and BNS operations/s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BnsExtractionBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BnsExtractionBenchmark {

    @State(Scope.Benchmark)
    public static class Corpus {
        @Param("8")
        int blocks;
        SyntheticBlocks corpus;
        BnsExtractor extractor;
        List<String> hashes;

        @Setup(Level.Trial)
        public void build() {
            NetworkParams params = NetworkParams.regtest();
            corpus = new SyntheticBlocks(params, blocks);
            extractor = new BnsExtractor(params);
            hashes = corpus.blocks.stream().map(raw -> Block.read(ByteBuffer.wrap(raw)).getHashAsString()).toList();
        }
    }

    /** Per-thread cursor over the corpus and the counters JMH reports as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long bnsOperations;
        int next;

        int nextBlock(Corpus corpus) {
            int index = next;
            next = (next + 1) % corpus.corpus.blocks.size();
            bytes += corpus.corpus.blocks.get(index).length;
            return index;
        }
    }

    @Benchmark
    public int bnsExtraction(Corpus corpus, Counters counters) throws InvalidBlockException {
        int index = counters.nextBlock(corpus);
        int found = corpus.extractor.extract(corpus.corpus.blocks.get(index), corpus.corpus.firstHeight + index,
                corpus.corpus.spentOutputs).size();
        counters.bnsOperations += found;
        return found;
    }

    /**
     * Sync's fetch stage (issue 5): the block checked from its raw bytes (header hash, every
     * transaction id hashed, merkle root, no truncation), then candidates, recorded spent outputs
     * and operations.
     */
    @Benchmark
    public int verifiedBnsExtraction(Corpus corpus, Counters counters) throws InvalidBlockException {
        int index = counters.nextBlock(corpus);
        int height = corpus.corpus.firstHeight + index;
        ExtractedBlock extracted = corpus.extractor.extract(
                ChainBlock.parse(height, corpus.hashes.get(index), corpus.corpus.blocks.get(index)),
                corpus.corpus.spentOutputs);
        int found = corpus.extractor.operations(extracted).size();
        counters.bnsOperations += found;
        return found;
    }

    @Benchmark
    public int bitcoinjFullDeserialisation(Corpus corpus, Counters counters) {
        int index = counters.nextBlock(corpus);
        Block block = Block.read(ByteBuffer.wrap(corpus.corpus.blocks.get(index)));
        int found = corpus.extractor.extract(block, corpus.corpus.firstHeight + index, corpus.corpus.spentOutputs)
                .size();
        counters.bnsOperations += found;
        return found;
    }

    @Benchmark
    public int plainOpReturnScan(Corpus corpus, Counters counters) {
        return OpReturnCounter.count(corpus.corpus.blocks.get(counters.nextBlock(corpus)));
    }
}
