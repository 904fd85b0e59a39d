package org.blockstack.functions.sync;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.extracts.ExtractChunk;
import org.blockstack.functions.infra.aws.extracts.ExtractChunkId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * Catch-up extraction of a range of whole chunks: each block read from the source and checked
 * exactly as sync checks it ({@link SourceExtraction}), on {@code SYNC_FETCH_THREADS} threads, and
 * each chunk stored once all its blocks are in. Stateless and idempotent: extracting a chunk again
 * overwrites it with the same content (or, after a reorganisation, with the new branch).
 */
@ApplicationScoped
public class ExtractService {
    private static final Logger LOG = Logger.getLogger(ExtractService.class);

    @Inject
    BlockSources sources;
    @Inject
    NetworkSettings network;
    @Inject
    CatchUpExtraction catchUp;
    @ConfigProperty(name = Settings.SYNC_CONFIRMATIONS, defaultValue = "6")
    int confirmations;
    @ConfigProperty(name = Settings.SYNC_FETCH_THREADS, defaultValue = "4")
    int fetchThreads;

    public ExtractSummary extract(ExtractRequest request) {
        long started = System.nanoTime();
        Progress progress = new Progress(request, started);
        Optional<SyncEngine.Extracts> extracts;
        NetworkParams params;
        try {
            extracts = catchUp.extracts();
            params = network.bnsParams();
        } catch (IllegalArgumentException e) {
            return progress.summary(ExtractSummary.INVALID, e.getMessage());
        }
        if (extracts.isEmpty()) {
            return progress.summary(ExtractSummary.INVALID, "SYNC_EXTRACT_BUCKET is not set: there is nowhere to store "
                    + "extracts");
        }
        int size = extracts.get().chunkBlocks();
        Optional<String> invalid = invalid(request, size);
        if (invalid.isPresent()) {
            return progress.summary(ExtractSummary.INVALID, invalid.get());
        }
        try {
            BlockSource source = sources.source();
            int lastConfirmed = source.tipHeight() - Math.max(confirmations, 1) + 1;
            if (request.toHeight() > lastConfirmed) {
                return progress.summary(ExtractSummary.INVALID, "toHeight " + request.toHeight()
                        + " is above the last block with " + Math.max(confirmations, 1) + " confirmations ("
                        + lastConfirmed + " on " + source.describe() + ")");
            }
            try (ChunkExtractor extractor = new ChunkExtractor(new SourceExtraction(source, new BnsExtractor(params)),
                    fetchThreads)) {
                for (int first = request.fromHeight(); first <= request.toHeight(); first += size) {
                    ExtractChunkId id = extracts.get().chunkOf(params, first);
                    ExtractChunk chunk = new ExtractChunk(id, extractor.extract(id.firstHeight(), id.lastHeight()));
                    extracts.get().store().write(chunk);
                    progress.stored(chunk);
                }
            }
            ExtractSummary summary = progress.summary(ExtractSummary.OK, null);
            LOG.infof("extracted blocks %d..%d: %d chunks, %d candidates, %.1f MB in %d ms", summary.fromHeight(),
                    summary.toHeight(), summary.chunks(), summary.candidates(), summary.bytes() / 1e6,
                    summary.durationMillis());
            return summary;
        } catch (BlockSourceException | InvalidBlockException | IllegalStateException | IllegalArgumentException
                | SdkException e) {
            LOG.errorf("extraction of %d..%d stopped after %d chunks: %s", request.fromHeight(), request.toHeight(),
                    progress.chunks, e.getMessage());
            return progress.summary(ExtractSummary.ERROR, e.getMessage());
        }
    }

    private static Optional<String> invalid(ExtractRequest request, int size) {
        if (request == null || request.fromHeight() == null || request.toHeight() == null) {
            return Optional.of("expected {\"fromHeight\": <first height of a chunk>, \"toHeight\": <last height of a "
                    + "chunk>}, chunks of " + size + " blocks");
        }
        int from = request.fromHeight();
        int to = request.toHeight();
        if (from < 0 || from % size != 0) {
            return Optional.of("fromHeight must be a multiple of " + size + " (the first height of a chunk), got " + from);
        }
        if (to < from || (to + 1) % size != 0) {
            return Optional.of("toHeight must be the last height of a chunk (a multiple of " + size
                    + " minus one) at or above fromHeight " + from + ", got " + to);
        }
        return Optional.empty();
    }

    /** What an invocation has stored so far. */
    private static final class Progress {
        private final ExtractRequest request;
        private final long startedNanos;
        private int chunks;
        private int blocks;
        private int candidates;
        private long bytes;

        Progress(ExtractRequest request, long startedNanos) {
            this.request = request;
            this.startedNanos = startedNanos;
        }

        void stored(ExtractChunk chunk) {
            chunks++;
            for (ExtractedBlock block : chunk.blocks()) {
                blocks++;
                candidates += block.candidates().size();
                bytes += block.header().sizeBytes();
            }
        }

        ExtractSummary summary(String status, String error) {
            int from = request == null || request.fromHeight() == null ? -1 : request.fromHeight();
            int to = request == null || request.toHeight() == null ? -1 : request.toHeight();
            return new ExtractSummary(status, from, to, chunks, blocks, candidates, bytes,
                    (System.nanoTime() - startedNanos) / 1_000_000, error);
        }
    }
}
