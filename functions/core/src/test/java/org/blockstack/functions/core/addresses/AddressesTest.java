package org.blockstack.functions.core.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.blockstack.functions.core.tokens.TestTokens;
import org.junit.jupiter.api.Test;

/** Expected addresses are the values tokens spec §1.3, §1.4 and §7 give for the ID and APP keys. */
class AddressesTest {
    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @Test
    void bitcoinAddressesHashTheKeyAsWritten() {
        assertThat(BitcoinAddresses.ofPublicKey(bytes(TestTokens.ID_PUBLIC))).isEqualTo(TestTokens.ID_ADDRESS);
        assertThat(BitcoinAddresses.ofPublicKey(bytes(TestTokens.ID_PUBLIC_UNCOMPRESSED)))
                .isEqualTo(TestTokens.ID_ADDRESS_UNCOMPRESSED);
        assertThat(BitcoinAddresses.ofPublicKey(bytes("021a52b4b4cbaf927b61f2ab6d0ac4163ecab4e454727e843fab790b90e530f335")))
                .as("APP key: a hash with a leading zero byte keeps a single leading 1").isEqualTo("1g45EtskEgeLurxrTHUgSHZG8pXxizESd");
    }

    @Test
    void stacksAddressesAreC32checkOfTheSameHash() {
        assertThat(C32Addresses.ofPublicKey(bytes(TestTokens.ID_PUBLIC))).isEqualTo(TestTokens.ID_STACKS_ADDRESS);
        byte[] hash = Hashes.hash160(bytes(TestTokens.ID_PUBLIC));
        assertThat(C32Addresses.address(C32Addresses.TESTNET_SINGLE_SIG, hash)).startsWith("ST");
    }

    @Test
    void c32KeepsOneZeroDigitPerLeadingZeroByte() {
        assertThat(C32Addresses.encode(new byte[] {0, 0, 1})).isEqualTo("001");
        assertThat(C32Addresses.encode(new byte[] {0})).isEqualTo("0");
        assertThat(C32Addresses.encode(new byte[] {(byte) 0xff})).isEqualTo("7Z");
    }

    @Test
    void base58AddressesDecodeToVersionAndHash() {
        BitcoinAddresses.Decoded decoded = BitcoinAddresses.decode(TestTokens.ID_ADDRESS).orElseThrow();
        assertThat(decoded.version()).isEqualTo(BitcoinAddresses.MAINNET_P2PKH);
        assertThat(decoded.hashEquals(Hashes.hash160(bytes(TestTokens.ID_PUBLIC)))).isTrue();
        assertThat(BitcoinAddresses.decode(TestTokens.ID_ADDRESS.replace('D', 'E'))).as("bad checksum").isEmpty();
        assertThat(BitcoinAddresses.decode(TestTokens.ID_STACKS_ADDRESS)).isEmpty();
    }
}
