package org.blockstack.functions.core.bns.subdomains;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.tokens.Es256kSigner;

/** Keys, zone files and announcements for subdomain tests. */
final class SubdomainFixtures {
    /** The example key of read-api §16. */
    static final Key SPEC_KEY = new Key("092ab7c0ee926c968ebb8d2893e9b84eb34863a86d2dd97f0f8eabd5708b6388");
    static final Key ALICE = Key.derived("alice");
    static final Key BOB = Key.derived("bob");
    static final Key CAROL = Key.derived("carol");

    private SubdomainFixtures() {
    }

    record Key(String privateKeyHex) {
        static Key derived(String seed) {
            return new Key(HexFormat.of().formatHex(Hashes.sha256(("subdomain test key " + seed)
                    .getBytes(StandardCharsets.UTF_8))));
        }

        String publicKeyHex() {
            return new Es256kSigner(privateKeyHex).publicKeyHex();
        }

        String address() {
            return BitcoinAddresses.ofPublicKey(HexFormat.of().parseHex(publicKeyHex()));
        }
    }

    static byte[] profileZoneFile(String leaf, String url) {
        return ("$ORIGIN " + leaf + "\n$TTL 3600\n_https._tcp\tIN\tURI\t10\t1\t\"" + url + "\"\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A TXT line for {@code fqn} carried by {@code carrier}, signed by {@code signer} (null: unsigned). */
    static String txt(String fqn, String carrier, Key owner, long sequence, Key signer) {
        String leaf = fqn.substring(0, fqn.indexOf('.'));
        return SubdomainTxtRecords.txt(fqn, carrier, owner.address(), sequence,
                profileZoneFile(leaf, "https://example.org/" + leaf + "/" + sequence), signer == null ? null
                        : signer.privateKeyHex());
    }

    static byte[] zoneFile(String origin, List<String> lines) {
        StringBuilder text = new StringBuilder("$ORIGIN " + origin + "\n$TTL 3600\n");
        text.append("_http._tcp\tIN\tURI\t10\t1\t\"https://example.org/").append(origin).append("/profile.json\"\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static ZoneFileAnnouncement at(String name, int height, int vtxindex) {
        return new ZoneFileAnnouncement(name, "00".repeat(20), height, vtxindex,
                String.format("%064x", height * 100_000L + vtxindex));
    }
}
