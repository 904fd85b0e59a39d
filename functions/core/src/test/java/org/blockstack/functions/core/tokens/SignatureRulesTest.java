package org.blockstack.functions.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class SignatureRulesTest {
    private static final Map<String, Object> CLAIMS = Map.of("public_keys", java.util.List.of(TestTokens.ID_PUBLIC));

    @Test
    void es256kInAnyLetterCasePasses() throws Exception {
        for (String alg : new String[] {"ES256K", "es256k", "Es256K"}) {
            String token = TestTokens.sign(TestTokens.idKey(), "{\"typ\":\"JWT\",\"alg\":\"" + alg + "\"}", CLAIMS);
            assertThat(SignatureRules.algorithm(CompactToken.parse(token)).ok()).as(alg).isTrue();
        }
    }

    @Test
    void anAlgorithmThatOnlyCaseFoldsToEs256kFails() throws Exception {
        // Java's equalsIgnoreCase would accept the Kelvin sign; JavaScript's toUpperCase does not
        String token = TestTokens.sign(TestTokens.idKey(), "{\"alg\":\"es256\u212A\"}", CLAIMS);
        assertThat(SignatureRules.algorithm(CompactToken.parse(token)).ok()).isFalse();
    }

    @Test
    void unsignedTokensFailAlgorithmAndSignature() throws Exception {
        String unsecured = TestTokens.segment("{\"typ\":\"JWT\",\"alg\":\"none\"}") + "." + TestTokens.segment(TestTokens.json(CLAIMS)) + ".";
        CompactToken token = CompactToken.parse(unsecured);
        assertThat(SignatureRules.algorithm(token).reason()).contains("'none'");
        TokenCheck signature = SignatureRules.signature(token, TestTokens.ID_PUBLIC, "public_keys[0]");
        assertThat(signature.ok()).isFalse();
        assertThat(signature.reason()).contains("0 bytes, expected 64");
    }

    @Test
    void hs256WithThePublicKeyAsTheSecretIsRefused() throws Exception {
        String signingInput = TestTokens.segment("{\"typ\":\"JWT\",\"alg\":\"HS256\"}") + "." + TestTokens.segment(TestTokens.json(CLAIMS));
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(TestTokens.ID_PUBLIC.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String forged = signingInput + "." + TestTokens.b64(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        CompactToken token = CompactToken.parse(forged);
        assertThat(SignatureRules.algorithm(token).ok()).isFalse();
        assertThat(SignatureRules.algorithm(token).reason()).contains("'HS256'");
        assertThat(SignatureRules.signature(token, TestTokens.ID_PUBLIC, "public_keys[0]").ok()).isFalse();
    }

    @Test
    void aMissingOrNonStringAlgorithmFails() throws Exception {
        assertThat(SignatureRules.algorithm(CompactToken.parse(TestTokens.sign(TestTokens.idKey(), "{}", CLAIMS))).reason())
                .contains("missing");
        assertThat(SignatureRules.algorithm(CompactToken.parse(TestTokens.sign(TestTokens.idKey(), "{\"alg\":5}", CLAIMS)))
                .reason()).contains("a number");
    }

    @Test
    void aKeyThatIsNoKeyIsReportedAsSuch() throws Exception {
        CompactToken token = CompactToken.parse(TestTokens.JWT_VALID);
        assertThat(SignatureRules.signature(token, "02" + "ff".repeat(32), "iss").reason())
                .startsWith("iss is not a usable public key");
        assertThat(SignatureRules.signature(token, TestTokens.ID_PUBLIC, "iss").ok()).isTrue();
    }
}
