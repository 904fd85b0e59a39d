package org.blockstack.functions.core.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The worked pairs of read-api §3.6, and both encodings of the same owner agreeing. */
class OwnerAddressTest {
    @Test
    void theSpecsWorkedPairsAreTheSameOwner() {
        String[][] pairs = {
                {"1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6d", "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7"},
                {"1EPno1VcdGx89ukN2we4iVpnFtkHzw8i5d", "SP29EJ0SVM2TRZ3XGVTZPVTKF4SV1VMD8C0GA5SK5"},
                {"157T81V75JuiXo9gtb9mPhBUostVkxPN8o", "SPPHHKDGV53EF2NJQNMJJX7QSSHWZWFNM4C9QWNR"}};
        for (String[] pair : pairs) {
            OwnerAddress fromBase58 = OwnerAddress.fromBase58(pair[0]).orElseThrow();
            assertThat(fromBase58.toC32Mainnet()).isEqualTo(pair[1]);
            assertThat(OwnerAddress.fromC32(pair[1])).contains(fromBase58);
            assertThat(fromBase58.toBase58(false)).isEqualTo(pair[0]);
        }
        assertThat(HexFormat.of().formatHex(OwnerAddress.fromBase58("157T81V75JuiXo9gtb9mPhBUostVkxPN8o")
                .orElseThrow().hash160())).isEqualTo("2d18cdb0d946e78ab2bd692974f7ce63cff1f5a1");
    }

    @Test
    void testnetAddressesAreTheSameOwnerAsMainnetOnes() {
        OwnerAddress mainnet = OwnerAddress.fromBase58("157T81V75JuiXo9gtb9mPhBUostVkxPN8o").orElseThrow();
        String testnet = mainnet.toBase58(true);
        assertThat(testnet).startsWith("m");
        assertThat(OwnerAddress.fromBase58(testnet)).contains(mainnet);
        assertThat(mainnet.scriptPubKeyHex()).isEqualTo("76a9142d18cdb0d946e78ab2bd692974f7ce63cff1f5a188ac");
    }

    @Test
    void multisigOwnersPayToScriptHash() {
        OwnerAddress multisig = new OwnerAddress(OwnerAddress.Kind.MULTI_SIG, new byte[20]);
        assertThat(multisig.toBase58(false)).startsWith("3");
        assertThat(multisig.toBase58(true)).startsWith("2");
        assertThat(multisig.toC32Mainnet()).startsWith("SM");
        assertThat(multisig.scriptPubKeyHex()).isEqualTo("a914" + "00".repeat(20) + "87");
        assertThat(OwnerAddress.fromC32(multisig.toC32Mainnet())).contains(multisig);
    }

    @Test
    void textThatIsNoAddressIsRefused() {
        assertThat(OwnerAddress.fromBase58("157T81V75JuiXo9gtb9mPhBUostVkxPN8p")).as("bad checksum").isEmpty();
        assertThat(OwnerAddress.fromBase58("SPPHHKDGV53EF2NJQNMJJX7QSSHWZWFNM4C9QWNR")).isEmpty();
        assertThat(OwnerAddress.fromC32("SPPHHKDGV53EF2NJQNMJJX7QSSHWZWFNM4C9QWNS")).as("bad checksum").isEmpty();
        assertThat(OwnerAddress.fromC32("157T81V75JuiXo9gtb9mPhBUostVkxPN8o")).isEmpty();
        assertThat(OwnerAddress.fromC32("S")).isEmpty();
        assertThat(OwnerAddress.fromC32("SP!!")).isEmpty();
    }

    @Test
    void c32ForgivesCaseAndLookalikeLetters() {
        assertThat(OwnerAddress.fromC32("sppHHKDGV53EF2NJQNMJJX7QSSHWZWFNM4C9QWNR")).isPresent();
        assertThat(C32Addresses.decode("SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7".replace('1', 'L'))).isPresent();
    }

    @Property
    void everyOwnerSurvivesBothEncodings(@ForAll @Size(20) byte[] hash, @ForAll boolean multisig,
            @ForAll boolean testnet) {
        OwnerAddress owner = new OwnerAddress(multisig ? OwnerAddress.Kind.MULTI_SIG : OwnerAddress.Kind.SINGLE_SIG, hash);
        assertThat(OwnerAddress.fromBase58(owner.toBase58(testnet))).contains(owner);
        assertThat(OwnerAddress.fromC32(owner.toC32Mainnet())).contains(owner);
    }
}
