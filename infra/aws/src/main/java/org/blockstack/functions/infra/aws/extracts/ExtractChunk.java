package org.blockstack.functions.infra.aws.extracts;

import java.util.List;

import org.blockstack.functions.core.bns.ExtractedBlock;

/**
 * The extracted blocks of one aligned height range: {@code size} consecutive blocks from
 * {@code firstHeight} (a multiple of {@code size}), linked by their parent hashes, read from a
 * source that followed one chain. Catch-up writes one per range; sync applies from them.
 */
public record ExtractChunk(ExtractChunkId id, List<ExtractedBlock> blocks) {
    public ExtractChunk {
        blocks = List.copyOf(blocks);
        if (blocks.size() != id.size()) {
            throw new IllegalArgumentException("chunk " + id + " needs " + id.size() + " blocks, got " + blocks.size());
        }
        for (int i = 0; i < blocks.size(); i++) {
            ExtractedBlock block = blocks.get(i);
            if (block.header().height() != id.firstHeight() + i) {
                throw new IllegalArgumentException("chunk " + id + " holds block " + block.header().height()
                        + " at position " + i);
            }
            if (i > 0 && !block.header().hasParent(blocks.get(i - 1).header().hash())) {
                throw new IllegalArgumentException("chunk " + id + ": block " + block.header().height()
                        + " does not extend block " + (block.header().height() - 1));
            }
        }
    }

    public ExtractedBlock last() {
        return blocks.get(blocks.size() - 1);
    }

    /** The block at {@code height}, which must lie in this chunk. */
    public ExtractedBlock block(int height) {
        return blocks.get(height - id.firstHeight());
    }
}
