package org.blockstack.functions.core.addresses;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A BNS owner: a single-signature (p2pkh) or multi-signature (p2sh) hash160, whatever text
 * encoding it arrived in. Core writes it base58check, the Stacks API c32check (read-api §3.6);
 * the version bytes map one to one.
 */
public record OwnerAddress(Kind kind, byte[] hash160) {
    public enum Kind { SINGLE_SIG, MULTI_SIG }

    private static final int BASE58_MAINNET_P2SH = 5;
    private static final int BASE58_TESTNET_P2SH = 196;

    public OwnerAddress {
        if (hash160.length != 20) {
            throw new IllegalArgumentException("an owner hash160 has 20 bytes, got " + hash160.length);
        }
        hash160 = hash160.clone();
    }

    @Override
    public byte[] hash160() {
        return hash160.clone();
    }

    /** A base58check address of either network: {@code 1…}, {@code 3…}, {@code m…}/{@code n…}, {@code 2…}. */
    public static Optional<OwnerAddress> fromBase58(String address) {
        return BitcoinAddresses.decode(address).flatMap(decoded -> switch (decoded.version()) {
            case BitcoinAddresses.MAINNET_P2PKH, BitcoinAddresses.TESTNET_P2PKH ->
                    Optional.of(new OwnerAddress(Kind.SINGLE_SIG, decoded.hash160()));
            case BASE58_MAINNET_P2SH, BASE58_TESTNET_P2SH ->
                    Optional.of(new OwnerAddress(Kind.MULTI_SIG, decoded.hash160()));
            default -> Optional.empty();
        });
    }

    /** A c32check Stacks address of either network: {@code SP}, {@code SM}, {@code ST}, {@code SN}. */
    public static Optional<OwnerAddress> fromC32(String address) {
        return C32Addresses.decode(address).flatMap(decoded -> switch (decoded.version()) {
            case C32Addresses.MAINNET_SINGLE_SIG, C32Addresses.TESTNET_SINGLE_SIG ->
                    Optional.of(new OwnerAddress(Kind.SINGLE_SIG, decoded.hash160()));
            case C32Addresses.MAINNET_MULTI_SIG, C32Addresses.TESTNET_MULTI_SIG ->
                    Optional.of(new OwnerAddress(Kind.MULTI_SIG, decoded.hash160()));
            default -> Optional.empty();
        });
    }

    /** Base58check with the version bytes of mainnet or of testnet (which regtest shares). */
    public String toBase58(boolean testnet) {
        int version = kind == Kind.SINGLE_SIG
                ? (testnet ? BitcoinAddresses.TESTNET_P2PKH : BitcoinAddresses.MAINNET_P2PKH)
                : (testnet ? BASE58_TESTNET_P2SH : BASE58_MAINNET_P2SH);
        return BitcoinAddresses.p2pkh(version, hash160);
    }

    /** c32check with the mainnet versions ({@code SP…}, {@code SM…}). */
    public String toC32Mainnet() {
        return C32Addresses.address(kind == Kind.SINGLE_SIG ? C32Addresses.MAINNET_SINGLE_SIG
                : C32Addresses.MAINNET_MULTI_SIG, hash160);
    }

    /** The output script that pays this owner, as hex: what the BNS index stores as a name's {@code sender}. */
    public String scriptPubKeyHex() {
        String hash = HexFormat.of().formatHex(hash160);
        return kind == Kind.SINGLE_SIG ? "76a914" + hash + "88ac" : "a914" + hash + "87";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnerAddress that && kind == that.kind && Arrays.equals(hash160, that.hash160);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(hash160);
    }

    @Override
    public String toString() {
        return toBase58(false);
    }
}
