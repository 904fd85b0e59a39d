package org.blockstack.functions.core.did;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.OwnerAddress;

/**
 * A BNS name's DID (read-api §5.1.1, §11.2): {@code did:stack:v0:<address>-<index>}, where the
 * address created the name (registered or first imported it) and the index counts the names it
 * created before. Subdomain DIDs carry the owner with version byte 63 ({@code S…}) or 50
 * ({@code M…}).
 */
public record NameDid(OwnerAddress creator, long index, boolean subdomain) {
    private static final Pattern FORM = Pattern.compile(
            "did:stack:v0:([123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz]{25,35})-([0-9]{1,18})");
    private static final int SUBDOMAIN_SINGLE_SIG = 63;
    private static final int SUBDOMAIN_MULTI_SIG = 50;

    /** The DID of an on-chain name created by {@code creator} (its address as the index stores it). */
    public static String of(String creatorAddress, long index) {
        return "did:stack:v0:" + creatorAddress + "-" + index;
    }

    /**
     * The DID of a subdomain created by {@code creator} (its first accepted record's owner) after
     * {@code index} others it created: the owner with version byte 63 or 50 (read-api §5.1.2).
     */
    public static String ofSubdomain(OwnerAddress creator, long index) {
        int version = creator.kind() == OwnerAddress.Kind.SINGLE_SIG ? SUBDOMAIN_SINGLE_SIG : SUBDOMAIN_MULTI_SIG;
        return of(BitcoinAddresses.p2pkh(version, creator.hash160()), index);
    }

    /** Parses a DID as the reference's {@code parse_DID} does; empty when it is not one. */
    public static Optional<NameDid> parse(String did) {
        Matcher m = FORM.matcher(did);
        if (!m.matches()) {
            return Optional.empty();
        }
        long index = Long.parseLong(m.group(2));
        return BitcoinAddresses.decode(m.group(1)).flatMap(decoded -> switch (decoded.version()) {
            case SUBDOMAIN_SINGLE_SIG -> Optional.of(new NameDid(
                    new OwnerAddress(OwnerAddress.Kind.SINGLE_SIG, decoded.hash160()), index, true));
            case SUBDOMAIN_MULTI_SIG -> Optional.of(new NameDid(
                    new OwnerAddress(OwnerAddress.Kind.MULTI_SIG, decoded.hash160()), index, true));
            default -> OwnerAddress.fromBase58(m.group(1)).map(owner -> new NameDid(owner, index, false));
        });
    }
}
