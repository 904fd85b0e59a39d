package org.blockstack.functions.infra.aws.extracts;

/**
 * Which chunk: the chain it was read for (network and BNS magic bytes, since the magic decides
 * what a candidate is), its size and first height. Part of the storage key, so a chunk is only
 * ever read back by a sync configured like the extraction that wrote it.
 */
public record ExtractChunkId(String network, String magicBytes, int size, int firstHeight) {
    public ExtractChunkId {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + size);
        }
        if (firstHeight < 0 || firstHeight % size != 0) {
            throw new IllegalArgumentException("a chunk of " + size + " blocks starts at a multiple of " + size
                    + ", not at " + firstHeight);
        }
    }

    /** The chunk of {@code size} blocks that holds {@code height}. */
    public static ExtractChunkId containing(String network, String magicBytes, int size, int height) {
        return new ExtractChunkId(network, magicBytes, size, height - Math.floorMod(height, size));
    }

    public int lastHeight() {
        return firstHeight + size - 1;
    }

    public boolean contains(int height) {
        return height >= firstHeight && height <= lastHeight();
    }

    public ExtractChunkId next() {
        return new ExtractChunkId(network, magicBytes, size, firstHeight + size);
    }

    @Override
    public String toString() {
        return firstHeight + ".." + lastHeight();
    }
}
