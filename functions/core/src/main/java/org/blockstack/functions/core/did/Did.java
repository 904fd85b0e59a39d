package org.blockstack.functions.core.did;

import java.util.Locale;
import java.util.Optional;

/**
 * Blockstack's decentralised identifiers (tokens spec §1.5): {@code did:btc-addr:<address>} and
 * {@code did:ecdsa-pub:<public key>}, parsed as {@code @stacks/auth}'s {@code getDIDType} and
 * {@code getAddressFromDID} do: exactly three colon-separated parts, the first {@code did} and the
 * type in any letter case; only {@code btc-addr} names an address, taken verbatim.
 *
 * @param type  the method, lower-cased ({@code btc-addr}, {@code ecdsa-pub}, or any other)
 * @param value the third part, as written
 */
public record Did(String type, String value) {
    public static final String BTC_ADDRESS = "btc-addr";
    public static final String ECDSA_PUBLIC_KEY = "ecdsa-pub";

    /** Parses {@code text}, or says why it is not a DID. */
    public static Did parse(String text) throws InvalidDidException {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new InvalidDidException("'" + text + "' has " + parts.length
                    + " colon-separated parts; a DID has 3 (did:<method>:<id>)");
        }
        if (!parts[0].toLowerCase(Locale.ROOT).equals("did")) {
            throw new InvalidDidException("'" + text + "' does not start with \"did:\"");
        }
        return new Did(parts[1].toLowerCase(Locale.ROOT), parts[2]);
    }

    public static Did ofBitcoinAddress(String address) {
        return new Did(BTC_ADDRESS, address);
    }

    /** The Bitcoin address a {@code did:btc-addr} names; empty for every other method. */
    public Optional<String> bitcoinAddress() {
        return BTC_ADDRESS.equals(type) ? Optional.of(value) : Optional.empty();
    }

    @Override
    public String toString() {
        return "did:" + type + ":" + value;
    }

    /** The text is not a DID at all (as opposed to a DID of a method that names no address). */
    public static final class InvalidDidException extends Exception {
        public InvalidDidException(String message) {
            super(message);
        }
    }
}
