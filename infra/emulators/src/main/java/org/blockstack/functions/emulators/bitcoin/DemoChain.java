package org.blockstack.functions.emulators.bitcoin;

/**
 * The chain the main job serves when no external Bitcoin node is configured. Deterministic:
 * every start builds the same blocks, so a persisted index resumes against the same hashes.
 */
public final class DemoChain {
    /** Blocks after genesis in the demo chain. */
    public static final int LENGTH = 150;

    private DemoChain() {
    }

    public static RegtestChain build() {
        RegtestChain chain = RegtestChain.fromGenesis();
        chain.appendEmpty(LENGTH);
        return chain;
    }
}
