package org.blockstack.functions.core.bns.subdomains;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a published zone file holds, decoding it and checking its records' signatures never
 * throws: sync indexes zone files as it applies blocks, and one bad file must not stop it.
 */
class SubdomainDecodingProperties {
    private static final ZoneFileAnnouncement CARRIER = SubdomainFixtures.at("reg.id", 10, 1);

    @Property(tries = 300)
    void anyZoneFileDecodesWithoutThrowing(@ForAll("zoneFileLike") String text) {
        var decoded = SubdomainZoneFiles.decode(CARRIER, text.getBytes(StandardCharsets.ISO_8859_1));
        net.jqwik.api.statistics.Statistics.label("records").collect(decoded.records().size());

        for (SubdomainRecord record : decoded.records()) {
            assertThat(record.fqn()).endsWith(".id");
            SubdomainSignatures.verify(record, record.owner());
            SubdomainSignatures.verify(record, SubdomainFixtures.ALICE.address());
        }
        SubdomainRules.judge(decoded.records().stream()
                .filter(record -> record.fqn().equals(decoded.records().get(0).fqn())).toList());
    }

    @Provide
    Arbitrary<String> zoneFileLike() {
        Arbitrary<String> owner = Arbitraries.of(SubdomainFixtures.ALICE.address(), SubdomainFixtures.BOB.address(),
                "", "x", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
        Arbitrary<String> sequence = Arbitraries.of("0", "1", "2", "-1", " 2", "+1", "x", "99999999999999999999");
        Arbitrary<String> parts = Arbitraries.of("0", "1", "1", "1", "2", "-3", "x");
        Arbitrary<String> piece = Arbitraries.of("JE9SSUdJTiBh", "JE9SSUdJTiBhYgo\\=", "\\=\\=", "%%%", "", "QQ");
        Arbitrary<String> extra = Arbitraries.of("sig=QUJD", "sig=", "zf1=QQ\\=\\=", "owner=y", "x", "a=b=c",
                "sig=" + SubdomainSignatures.sign(new SubdomainRecord("bob.reg.id", SubdomainFixtures.ALICE.address(),
                        1, "", null, CARRIER, 0, null, List.of()), SubdomainFixtures.ALICE.privateKeyHex())
                        .replace("=", "\\="));
        Arbitrary<String> label = Arbitraries.of("bob", "ann", "a.b.id", "x.reg.id", "_missing", "_resolver", "BOB",
                "a.b");
        Arbitrary<String> txt = net.jqwik.api.Combinators.combine(label, owner, sequence, parts, piece,
                extra.list().ofMaxSize(2))
                .as((name, o, n, k, zf, extras) -> {
                    List<String> strings = new java.util.ArrayList<>(List.of("owner=" + o, "seqn=" + n, "parts=" + k,
                            "zf0=" + zf));
                    strings.addAll(extras);
                    return name + " TXT \"" + String.join("\" \"", strings) + "\"";
                });
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, txt),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("_resolver IN URI 10 1 \"https://r.example.org\"",
                        "_missing TXT \"1,2\"", "_missing TXT \"3\"", "x+y TXT \"a\" \"b\"", "garbage line")));
        return line.list().ofMaxSize(6).map(lines -> "$ORIGIN reg.id\n$TTL 3600\n" + String.join("\n", lines) + "\n");
    }

    @Property(tries = 200)
    void anySignatureTextIsJudgedWithoutThrowing(@ForAll("signatureLike") String sig) {
        SubdomainRecord record = new SubdomainRecord("bob.reg.id", SubdomainFixtures.ALICE.address(), 1, "", sig,
                CARRIER, 0, null, List.of());

        assertThat(SubdomainSignatures.verify(record, SubdomainFixtures.ALICE.address())).isFalse();
    }

    @Provide
    Arbitrary<String> signatureLike() {
        Arbitrary<String> base64 = Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                .map(bytes -> java.util.Base64.getEncoder().encodeToString(bytes));
        return Arbitraries.oneOf(base64, Arbitraries.strings().ofMaxLength(40));
    }
}
