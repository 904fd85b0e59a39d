package org.blockstack.functions.infra.aws.bitcoin;

/**
 * Where sync reads Bitcoin blocks from. Implementations talk to one node or API; every failure
 * is a {@link BlockSourceException} whose message names the source and what went wrong.
 */
public interface BlockSource {
    /** Height of the source's best chain tip. */
    int tipHeight() throws BlockSourceException;

    /** Hash (display hex) of the active block at {@code height}. */
    String blockHash(int height) throws BlockSourceException;

    /** The serialized block with that hash. */
    byte[] rawBlock(String hash) throws BlockSourceException;

    /**
     * The serialized transaction with that id, confirmed or not. BNS needs the outputs that a
     * candidate operation's inputs spend (its sender); Bitcoin Core serves them only with
     * {@code -txindex=1}.
     */
    byte[] rawTransaction(String txid) throws BlockSourceException;

    /** Short description for logs and errors, e.g. {@code Bitcoin Core REST at http://...}. */
    String describe();
}
