package org.blockstack.functions.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CompactTokenTest {
    private static final String HEADER = TestTokens.segment(TestTokens.ES256K_HEADER);

    @Test
    void decodesTheSpecVectorAndKeepsTheSigningInputAsReceived() throws Exception {
        CompactToken token = CompactToken.parse(TestTokens.JWT_VALID);
        assertThat(token.algorithm()).isEqualTo("ES256K");
        assertThat(token.payload()).containsEntry("msg", "héllo ✓").containsEntry("iat", 1_700_000_000);
        String[] parts = TestTokens.parts(TestTokens.JWT_VALID);
        assertThat(new String(token.signingInput(), StandardCharsets.UTF_8)).isEqualTo(parts[0] + "." + parts[1]);
        assertThat(token.signature()).hasSize(64);
    }

    @Test
    void segmentsAfterTheThirdAreIgnoredAsJsontokensDoes() throws Exception {
        CompactToken token = CompactToken.parse(TestTokens.JWT_VALID + ".extra.segments");
        assertThat(Es256kVerifier.verify(token, TestTokens.ID_PUBLIC)).isTrue();
    }

    @Test
    void theStandardAlphabetAndPaddingDecodeLikeBase64Url() throws Exception {
        String standard = Base64.getEncoder().encodeToString("{\"a\":\"??>\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(standard).containsAnyOf("+", "/").endsWith("=");
        CompactToken token = CompactToken.parse(HEADER + "." + standard + ".");
        assertThat(token.payload()).containsEntry("a", "??>");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsDroppedAsTextDecoderDoes() throws Exception {
        byte[] withBom = ("\uFEFF{\"a\":1}").getBytes(StandardCharsets.UTF_8);
        CompactToken token = CompactToken.parse(HEADER + "." + TestTokens.b64(withBom) + ".");
        assertThat(token.payload()).containsEntry("a", 1);
    }

    @Test
    void anUndecodableSignatureSegmentIsAnEmptySignatureNotAMalformedToken() throws Exception {
        CompactToken token = CompactToken.parse(HEADER + "." + TestTokens.segment("{}") + ".=AAAA");
        assertThat(token.signature()).isEmpty();
        assertThat(Es256kVerifier.verify(token, TestTokens.ID_PUBLIC)).isFalse();
    }

    @Test
    void malformedTokensAreReportedWithWhatWasWrong() {
        assertThatThrownBy(() -> CompactToken.parse("")).isInstanceOf(MalformedTokenException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> CompactToken.parse("abc")).isInstanceOf(MalformedTokenException.class)
                .hasMessageContaining("only 1 of the 3");
        assertThatThrownBy(() -> CompactToken.parse(HEADER + "." + TestTokens.segment("{}")))
                .isInstanceOf(MalformedTokenException.class).hasMessageContaining("only 2 of the 3");
        assertThatThrownBy(() -> CompactToken.parse("???." + TestTokens.segment("{}") + "."))
                .isInstanceOf(MalformedTokenException.class).hasMessageContaining("header is not valid JSON");
        assertThatThrownBy(() -> CompactToken.parse(HEADER + "." + TestTokens.segment("[1]") + "."))
                .isInstanceOf(MalformedTokenException.class).hasMessageContaining("payload is JSON but not an object");
        assertThatThrownBy(() -> CompactToken.parse(HEADER + "." + TestTokens.segment("\"text\"") + "."))
                .isInstanceOf(MalformedTokenException.class).hasMessageContaining("not an object");
        assertThatThrownBy(() -> CompactToken.parse(HEADER + "." + TestTokens.segment("{} {}") + "."))
                .as("JSON.parse refuses anything after the value").isInstanceOf(MalformedTokenException.class);
        assertThatThrownBy(() -> CompactToken.parse(HEADER + "." + TestTokens.segment("{'a':1}") + "."))
                .isInstanceOf(MalformedTokenException.class);
    }

    @Test
    void truncatedBase64InThePayloadIsMalformed() {
        String[] parts = TestTokens.parts(TestTokens.JWT_VALID);
        String truncated = parts[0] + "." + parts[1].substring(0, parts[1].length() - 3) + "." + parts[2];
        assertThatThrownBy(() -> CompactToken.parse(truncated)).isInstanceOf(MalformedTokenException.class)
                .hasMessageContaining("payload is not valid JSON");
    }
}
