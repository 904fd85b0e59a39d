package org.blockstack.functions.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TokenKindTest {
    private static Optional<TokenKind> kindOf(Map<String, ?> claims) throws Exception {
        return TokenKind.of(CompactToken.parse(TestTokens.idKey().sign(claims)));
    }

    @Test
    void claimsTellTheKind() throws Exception {
        assertThat(kindOf(TestTokens.authRequestClaims(TestTokens.idKey()))).contains(TokenKind.AUTH_REQUEST);
        assertThat(kindOf(Map.of("public_keys", List.of(TestTokens.ID_PUBLIC), "private_key", "x")))
                .contains(TokenKind.AUTH_RESPONSE);
        assertThat(kindOf(Map.of("claim", Map.of(), "subject", Map.of(), "issuer", Map.of()))).contains(TokenKind.PROFILE);
        assertThat(kindOf(Map.of("gaiaChallenge", "[]", "iss", TestTokens.ID_PUBLIC))).contains(TokenKind.GAIA);
        assertThat(kindOf(Map.of("childToAssociate", TestTokens.ID_PUBLIC))).isEmpty();
    }

    @Test
    void gaiaTokensAreRecognisedByTheirText() {
        assertThat(TokenKind.isGaiaText("v1:" + TestTokens.JWT_VALID)).isTrue();
        String legacy = Base64.getEncoder().encodeToString(
                "{\"publickey\":\"02ab\",\"signature\":\"3045\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(TokenKind.isGaiaText(legacy)).isTrue();
        assertThat(TokenKind.isGaiaText(TestTokens.JWT_VALID)).isFalse();
        assertThat(TokenKind.isGaiaText("not base64!")).isFalse();
    }
}
