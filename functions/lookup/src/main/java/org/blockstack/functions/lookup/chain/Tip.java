package org.blockstack.functions.lookup.chain;

/**
 * The index as sync last left it: the last processed block, its hash and consensus hash (null
 * before the first block or before consensus hashes exist), and the chain tip sync last saw.
 */
public record Tip(int height, String blockHash, String consensusHash, int lastSeen, String lastSeenHash) {
}
