package org.blockstack.functions.sync;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;

import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.extracts.ExtractChunk;
import org.blockstack.functions.infra.aws.extracts.ExtractChunkId;
import org.blockstack.functions.infra.aws.extracts.ExtractStore;
import org.jboss.logging.Logger;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * The stored extracts sync may apply instead of reading the source: each chunk is read once, and
 * used only if it is on the chain the source follows now. A chunk's blocks are linked by their
 * parent hashes (checked when it is read), so when the source's hash at the chunk's last height
 * is the stored last block's hash, every block of the chunk is the source's block at its height;
 * the apply loop still checks that the first one extends the index. One hash request per chunk
 * instead of a block download per height. A chunk that is missing, unreadable or from another
 * branch (extracted before a reorganisation) is ignored: its blocks come from the source.
 */
final class ExtractedChunks {
    private static final Logger LOG = Logger.getLogger(ExtractedChunks.class);

    private final ExtractStore store;
    private final IntFunction<ExtractChunkId> chunkOf;
    private final BlockSource source;
    private final ConcurrentMap<Integer, CompletableFuture<Optional<ExtractChunk>>> chunks = new ConcurrentHashMap<>();

    /** @param chunkOf the id of the chunk holding a height */
    ExtractedChunks(ExtractStore store, IntFunction<ExtractChunkId> chunkOf, BlockSource source) {
        this.store = store;
        this.chunkOf = chunkOf;
        this.source = source;
    }

    /** No store: every block comes from the source. */
    static ExtractedChunks none() {
        return new ExtractedChunks(null, null, null);
    }

    /** The stored extract of the block at {@code height}, if its chunk is stored and on the source's chain. */
    Optional<ExtractedBlock> block(int height) {
        if (store == null) {
            return Optional.empty();
        }
        ExtractChunkId id = chunkOf.apply(height);
        // chunks two behind the one asked for are no longer needed: the window moves forward
        chunks.keySet().removeIf(first -> first + 2L * id.size() <= id.firstHeight());
        CompletableFuture<Optional<ExtractChunk>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<ExtractChunk>> loading = chunks.putIfAbsent(id.firstHeight(), mine);
        if (loading == null) {
            mine.complete(load(id));
            loading = mine;
        }
        return loading.join().map(chunk -> chunk.block(height));
    }

    private Optional<ExtractChunk> load(ExtractChunkId id) {
        Optional<ExtractChunk> chunk;
        try {
            chunk = store.read(id);
        } catch (SdkException e) {
            LOG.warnf("cannot read extract chunk %s from %s, reading its blocks from the source: %s", id,
                    store.describe(), e.getMessage());
            return Optional.empty();
        }
        if (chunk.isEmpty()) {
            return chunk;
        }
        String lastHash = chunk.get().last().header().hash();
        try {
            String sourceHash = source.blockHash(id.lastHeight());
            if (!sourceHash.equals(lastHash)) {
                LOG.infof("extract chunk %s ends with block %s, %s has %s there: it was extracted from another branch "
                        + "and is ignored", id, lastHash, source.describe(), sourceHash);
                return Optional.empty();
            }
        } catch (BlockSourceException e) {
            LOG.warnf("cannot check extract chunk %s against %s, reading its blocks from the source: %s", id,
                    source.describe(), e.getMessage());
            return Optional.empty();
        }
        return chunk;
    }
}
