package org.blockstack.functions.core.bns.subdomains;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubdomainSignaturesTest {
    private static final String SPEC_OWNER = "157T81V75JuiXo9gtb9mPhBUostVkxPN8o";
    private static final String SPEC_ZONEFILE =
            "$ORIGIN bob\n$TTL 3600\n_https._tcp\tIN\tURI\t10\t1\t\"https://example.org/bob/profile.json\"\n";
    private static final String SPEC_SIG = "QNHLzBC7LsQP5iw2040S92LRm5tf3H7008PsAvTzjBrzTCvll52P20cbk7p4urZeDJjsj/4pMPrAZSDSzMe7NxwhAow6JmkT3j6BznZiuCRD5Yp+Vxlh6Fpv8vff7OXtVMuN";

    private static SubdomainRecord specRecord(String sig) {
        return new SubdomainRecord("bob.alice.id", SPEC_OWNER, 1,
                Base64.getEncoder().encodeToString(SPEC_ZONEFILE.getBytes(StandardCharsets.US_ASCII)), sig,
                SubdomainFixtures.at("alice.id", 600_100, 5), 0, null, List.of());
    }

    @Test
    void theSpecsWorkedExampleHasItsPlaintextAndVerifies() {
        SubdomainRecord record = specRecord(SPEC_SIG);

        assertThat(SubdomainSignatures.plaintext(record)).isEqualTo("bob,owner=157T81V75JuiXo9gtb9mPhBUostVkxPN8o,"
                + "seqn=1,parts=1,zf0=JE9SSUdJTiBib2IKJFRUTCAzNjAwCl9odHRwcy5fdGNwCUlOCVVSSQkxMAkxCSJodHRwczovL2V4YW1w"
                + "bGUub3JnL2JvYi9wcm9maWxlLmpzb24iCg\\=\\=");
        assertThat(SubdomainSignatures.verify(record, SPEC_OWNER)).isTrue();
        // the testnet encoding of the same owner is the same owner, as the reference re-encodes
        String testnetOwner = org.blockstack.functions.core.addresses.BitcoinAddresses.p2pkh(111,
                java.util.HexFormat.of().parseHex("2d18cdb0d946e78ab2bd692974f7ce63cff1f5a1"));
        assertThat(testnetOwner).startsWith("m");
        assertThat(SubdomainSignatures.verify(record, testnetOwner)).isTrue();
        assertThat(record.zonefileHash()).isEqualTo("c9104a6b89960461067f11f67934b105deff7059");
    }

    @Test
    void theSignatureCoversEveryFieldAndOnlyTheOwnersKeyVerifies() {
        SubdomainRecord record = specRecord(SPEC_SIG);
        SubdomainRecord otherSequence = new SubdomainRecord(record.fqn(), record.owner(), 2, record.zonefileBase64(),
                SPEC_SIG, record.carrier(), 0, null, List.of());

        assertThat(SubdomainSignatures.verify(otherSequence, SPEC_OWNER)).isFalse();
        assertThat(SubdomainSignatures.verify(record, SubdomainFixtures.ALICE.address())).isFalse();
        assertThat(SubdomainSignatures.verify(specRecord(null), SPEC_OWNER)).isFalse();
        assertThat(SubdomainSignatures.verify(specRecord("bm90IGEgc2NyaXB0"), SPEC_OWNER)).isFalse();
        assertThat(SubdomainSignatures.verify(specRecord("%%%"), SPEC_OWNER)).isFalse();
        assertThat(SubdomainSignatures.verify(record, "not an address")).isFalse();
    }

    @Test
    void ourSignerWritesLowSSignaturesThatVerify() {
        SubdomainRecord unsigned = specRecord(null);
        String sig = SubdomainSignatures.sign(unsigned, SubdomainFixtures.SPEC_KEY.privateKeyHex());
        SubdomainRecord signed = specRecord(sig);

        assertThat(SubdomainSignatures.verify(signed, SPEC_OWNER)).isTrue();
        byte[] script = Base64.getDecoder().decode(sig);
        assertThat(script[0]).isEqualTo((byte) 64);
        assertThat(script[1 + 64]).isEqualTo((byte) 33);
        java.math.BigInteger s = new java.math.BigInteger(1, java.util.Arrays.copyOfRange(script, 33, 65));
        assertThat(s.shiftLeft(1)).isLessThan(org.blockstack.functions.core.tokens.Secp256k1Keys.DOMAIN.getN());
    }

    @Test
    void anIndependentRecordSignsItsFullName() {
        SubdomainRecord independent = new SubdomainRecord("bob.alice.id", SPEC_OWNER, 1,
                Base64.getEncoder().encodeToString(new byte[0]), null, SubdomainFixtures.at("carol.id", 1, 1), 0, null,
                List.of());

        assertThat(SubdomainSignatures.plaintext(independent))
                .isEqualTo("bob.alice.id,owner=157T81V75JuiXo9gtb9mPhBUostVkxPN8o,seqn=1,parts=0");
    }

    @Test
    void aMultisigOwnerVerifiesWithItsRedeemScriptAndSignaturesInKeyOrder() {
        var keys = List.of(SubdomainFixtures.ALICE, SubdomainFixtures.BOB, SubdomainFixtures.CAROL);
        org.bitcoinj.script.ScriptBuilder redeem = new org.bitcoinj.script.ScriptBuilder().smallNum(2);
        keys.forEach(key -> redeem.data(java.util.HexFormat.of().parseHex(key.publicKeyHex())));
        byte[] redeemScript = redeem.smallNum(3).op(org.bitcoinj.script.ScriptOpCodes.OP_CHECKMULTISIG).build()
                .program();
        String owner = org.blockstack.functions.core.addresses.BitcoinAddresses.p2pkh(5,
                org.blockstack.functions.core.addresses.Hashes.hash160(redeemScript));
        SubdomainRecord unsigned = new SubdomainRecord("multi.alice.id", owner, 1,
                Base64.getEncoder().encodeToString(SPEC_ZONEFILE.getBytes(StandardCharsets.US_ASCII)), null,
                SubdomainFixtures.at("alice.id", 1, 1), 0, null, List.of());

        assertThat(SubdomainSignatures.verify(withSig(unsigned, multisig(unsigned, redeemScript,
                SubdomainFixtures.ALICE, SubdomainFixtures.CAROL)), owner)).isTrue();
        // out of key order, too few, or a stranger's signature: refused
        assertThat(SubdomainSignatures.verify(withSig(unsigned, multisig(unsigned, redeemScript,
                SubdomainFixtures.CAROL, SubdomainFixtures.ALICE)), owner)).isFalse();
        assertThat(SubdomainSignatures.verify(withSig(unsigned, multisig(unsigned, redeemScript,
                SubdomainFixtures.ALICE)), owner)).isFalse();
        assertThat(SubdomainSignatures.verify(withSig(unsigned, multisig(unsigned, redeemScript,
                SubdomainFixtures.ALICE, SubdomainFixtures.SPEC_KEY)), owner)).isFalse();
    }

    private static SubdomainRecord withSig(SubdomainRecord record, String sig) {
        return new SubdomainRecord(record.fqn(), record.owner(), record.sequence(), record.zonefileBase64(), sig,
                record.carrier(), record.offset(), record.resolver(), record.missing());
    }

    /** OP_0, the signatures (r‖s, as the single-sig signer makes them), the redeem script. */
    private static String multisig(SubdomainRecord record, byte[] redeemScript, SubdomainFixtures.Key... signers) {
        org.bitcoinj.script.ScriptBuilder script = new org.bitcoinj.script.ScriptBuilder().smallNum(0);
        for (SubdomainFixtures.Key signer : signers) {
            byte[] single = Base64.getDecoder().decode(SubdomainSignatures.sign(record, signer.privateKeyHex()));
            script.data(java.util.Arrays.copyOfRange(single, 1, 65));
        }
        script.data(redeemScript);
        return Base64.getEncoder().encodeToString(script.build().program());
    }
}
