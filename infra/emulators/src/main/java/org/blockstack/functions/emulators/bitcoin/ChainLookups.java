package org.blockstack.functions.emulators.bitcoin;

import java.util.Optional;

import org.bitcoinj.base.Sha256Hash;

/** Parsing the hashes the emulated APIs take in their paths and parameters. */
final class ChainLookups {
    private ChainLookups() {
    }

    /** A block hash or txid: 64 lower-case hex characters; anything else is empty. */
    static Optional<Sha256Hash> parseHash(String text) {
        try {
            return text.matches("[0-9a-f]{64}") ? Optional.of(Sha256Hash.wrap(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
