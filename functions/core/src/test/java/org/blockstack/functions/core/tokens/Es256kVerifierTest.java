package org.blockstack.functions.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Map;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class Es256kVerifierTest {
    @Test
    void theSpecVectorVerifiesUnderBothEncodingsOfItsKey() throws Exception {
        CompactToken token = CompactToken.parse(TestTokens.JWT_VALID);
        assertThat(TestTokens.isHighS(TestTokens.JWT_VALID)).as("jsontokens does not normalise s").isTrue();
        assertThat(Es256kVerifier.verify(token, TestTokens.ID_PUBLIC)).isTrue();
        assertThat(Es256kVerifier.verify(token, TestTokens.ID_PUBLIC_UNCOMPRESSED)).isTrue();
        assertThat(Es256kVerifier.verify(token, TestTokens.OTHER_PUBLIC)).isFalse();
    }

    @Test
    void bothSFormsOfASignatureVerify() throws Exception {
        assertThat(Es256kVerifier.verify(CompactToken.parse(TestTokens.JWT_VALID_LOW_S_TWIN), TestTokens.ID_PUBLIC)).isTrue();
        assertThat(TestTokens.mirroredS(TestTokens.JWT_VALID)).isEqualTo(TestTokens.JWT_VALID_LOW_S_TWIN);
    }

    @Test
    void ourSignerReproducesJsontokensByteForByte() {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("iss", "did:btc-addr:1DhJ8rcSdAAAFz8zfiWemPMoKSoGz9bEvx");
        claims.put("iat", 1700000000);
        claims.put("exp", 4102444800L);
        claims.put("jti", "example-1");
        claims.put("msg", "héllo ✓");
        assertThat(TestTokens.idKey().sign(claims)).isEqualTo(TestTokens.JWT_VALID);
    }

    @Test
    void rAndSOutsideOneToNMinusOneAreRefused() throws Exception {
        CompactToken token = CompactToken.parse(TestTokens.JWT_VALID);
        byte[] hash = org.blockstack.functions.core.addresses.Hashes.sha256(token.signingInput());
        ECPoint key = Secp256k1Keys.decodePoint(TestTokens.ID_PUBLIC);
        byte[] signature = token.signature();
        for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, TestTokens.N, TestTokens.N.add(BigInteger.ONE)}) {
            byte[] badR = signature.clone();
            System.arraycopy(TestTokens.unsigned32(bad), 0, badR, 0, 32);
            byte[] badS = signature.clone();
            System.arraycopy(TestTokens.unsigned32(bad), 0, badS, 32, 32);
            assertThat(Es256kVerifier.verifyHash(hash, badR, key)).as("r = %s", bad).isFalse();
            assertThat(Es256kVerifier.verifyHash(hash, badS, key)).as("s = %s", bad).isFalse();
        }
        assertThat(Es256kVerifier.verifyHash(hash, signature, key)).isTrue();
    }

    @Test
    void signaturesOfOtherLengthsNeverVerify() throws Exception {
        assertThat(Es256kVerifier.verify(CompactToken.parse(TestTokens.derSigned(TestTokens.JWT_VALID)), TestTokens.ID_PUBLIC))
                .isFalse();
        String truncated = TestTokens.JWT_VALID.substring(0, TestTokens.JWT_VALID.length() - 1);
        assertThat(Es256kVerifier.verify(CompactToken.parse(truncated), TestTokens.ID_PUBLIC)).isFalse();
    }

    @Test
    void keysAreReadAsNobleReadsThem() {
        ECPoint point = Secp256k1Keys.decodePoint(TestTokens.ID_PUBLIC);
        String xOnly = TestTokens.ID_PUBLIC.substring(2);
        // the ID key's y is odd (03 prefix): a bare x names its even-y twin, the negated point
        assertThat(Secp256k1Keys.decodeJsonTokensKey(xOnly)).isEqualTo(point.negate().normalize());
        assertThat(Secp256k1Keys.decodeJsonTokensKey(TestTokens.ID_PUBLIC_UNCOMPRESSED)).isEqualTo(point);
        assertThatThrownBy(() -> Secp256k1Keys.decodePoint(xOnly)).hasMessageContaining("33 bytes");
        assertThatThrownBy(() -> Secp256k1Keys.decodeJsonTokensKey("06" + TestTokens.ID_PUBLIC_UNCOMPRESSED.substring(2)))
                .as("hybrid encoding").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Secp256k1Keys.decodeJsonTokensKey("02" + "00".repeat(32)))
                .hasMessageContaining("x is zero");
        assertThatThrownBy(() -> Secp256k1Keys.decodeJsonTokensKey("02" + "ff".repeat(32)))
                .hasMessageContaining("not a point");
        assertThatThrownBy(() -> Secp256k1Keys.decodeJsonTokensKey("0g" + TestTokens.ID_PUBLIC.substring(2)))
                .hasMessageContaining("not hex");
        assertThat(Secp256k1Keys.decodeJsonTokensKey(TestTokens.ID_PUBLIC.toUpperCase())).isEqualTo(point);
    }

    @Test
    void aTokenSignedForABareXKeyVerifiesUnderIt() throws Exception {
        Es256kSigner id = TestTokens.idKey();
        // the ID key has odd y, so the key with that bare x is the negated private key's
        Es256kSigner evenY = new Es256kSigner(TestTokens.hex(TestTokens.unsigned32(
                TestTokens.N.subtract(new BigInteger(TestTokens.ID_PRIVATE, 16)))));
        String token = evenY.sign(Map.of("n", 1));
        CompactToken parsed = CompactToken.parse(token);
        assertThat(Es256kVerifier.verify(parsed, Secp256k1Keys.decodeJsonTokensKey(TestTokens.ID_PUBLIC.substring(2)))).isTrue();
        assertThat(Es256kVerifier.verify(CompactToken.parse(id.sign(Map.of("n", 1))),
                Secp256k1Keys.decodeJsonTokensKey(TestTokens.ID_PUBLIC.substring(2)))).isFalse();
    }
}
