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

    /** Short description for logs and errors, e.g. {@code Bitcoin Core REST at http://...}. */
    String describe();
}
