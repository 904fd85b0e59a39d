package org.blockstack.functions.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EmbeddedKeySignatureCheckTest {
    private static final Es256kSigner SIGNER = new Es256kSigner("a".repeat(64));
    private static final BigInteger N = new BigInteger(
            "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

    @Test
    void aTokenSignedByItsPayloadKeyVerifies() throws Exception {
        String token = SIGNER.sign(Map.of("public_keys", List.of(SIGNER.publicKeyHex()), "iss", "did:btc-addr:x"));
        List<TokenCheck> checks = EmbeddedKeySignatureCheck.check(CompactToken.parse(token));
        assertThat(checks).allMatch(TokenCheck::ok);
        assertThat(checks).extracting(TokenCheck::name).containsExactly("algorithm", "publicKey", "signature");
    }

    @Test
    void highAndLowSFormsOfOneSignatureBothVerify() throws Exception {
        String token = SIGNER.sign(Map.of("iss", SIGNER.publicKeyHex()));
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(signature, 32, 64));
        byte[] twinS = N.subtract(s).toByteArray();
        byte[] twin = signature.clone();
        java.util.Arrays.fill(twin, 32, 64, (byte) 0);
        int len = Math.min(twinS.length, 32);
        System.arraycopy(twinS, twinS.length - len, twin, 64 - len, len);
        String twinToken = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(twin);

        assertThat(Es256kVerifier.verify(CompactToken.parse(token), SIGNER.publicKeyHex())).isTrue();
        assertThat(Es256kVerifier.verify(CompactToken.parse(twinToken), SIGNER.publicKeyHex())).isTrue();
    }

    @Test
    void aTamperedPayloadFailsTheSignatureCheck() throws Exception {
        String token = SIGNER.sign(Map.of("iss", SIGNER.publicKeyHex(), "n", 1));
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"iss\":\"" + SIGNER.publicKeyHex() + "\",\"n\":2}").getBytes());
        List<TokenCheck> checks = EmbeddedKeySignatureCheck.check(
                CompactToken.parse(parts[0] + "." + otherPayload + "." + parts[2]));
        assertThat(checks).last().satisfies(check -> {
            assertThat(check.name()).isEqualTo("signature");
            assertThat(check.ok()).isFalse();
        });
    }

    @Test
    void algNoneIsRefusedBeforeAnyKeyIsTried() throws Exception {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"typ\":\"JWT\",\"alg\":\"none\"}".getBytes());
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"iss\":\"" + SIGNER.publicKeyHex() + "\"}").getBytes());
        List<TokenCheck> checks = EmbeddedKeySignatureCheck.check(CompactToken.parse(header + "." + payload + "."));
        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.ok()).isFalse();
            assertThat(check.reason()).contains("'none'").contains("expected ES256K");
        });
    }

    @Test
    void malformedTokensAreReportedNotThrownAsRuntimeErrors() {
        assertThatThrownBy(() -> CompactToken.parse("abc")).isInstanceOf(MalformedTokenException.class)
                .hasMessageContaining("segments");
        assertThatThrownBy(() -> CompactToken.parse("!!.e30.")).isInstanceOf(MalformedTokenException.class)
                .hasMessageContaining("base64url");
        assertThatThrownBy(() -> CompactToken.parse("e30.WzFd.")).isInstanceOf(MalformedTokenException.class)
                .hasMessageContaining("not an object");
    }
}
