package org.blockstack.functions.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.TestTokens;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenClock;
import org.blockstack.functions.core.tokens.TokenVerdict;
import org.junit.jupiter.api.Test;

/** One test per rule of verifyAuthRequest (tokens spec §3.3), on tokens shaped as makeAuthRequestToken makes them. */
class AuthRequestRulesTest {
    static final TokenClock CLOCK = TokenClock.at(Instant.parse("2025-01-01T00:00:00Z"), Duration.ZERO);
    private static final Es256kSigner TRANSIT = TestTokens.idKey();

    static String request(Consumer<Map<String, Object>> edit) {
        Map<String, Object> claims = TestTokens.authRequestClaims(TRANSIT);
        edit.accept(claims);
        return TRANSIT.sign(claims);
    }

    static TokenVerdict judge(String token) {
        try {
            return AuthRequestRules.judge(CompactToken.parse(token), CLOCK);
        } catch (org.blockstack.functions.core.tokens.MalformedTokenException e) {
            throw new AssertionError(e);
        }
    }

    /** The token is invalid, and the one rule named failed. */
    static void assertFailsOnly(TokenVerdict verdict, String rule, String reasonFragment) {
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.checks().stream().filter(check -> !check.ok()).map(TokenCheck::name)).containsExactly(rule);
        assertThat(verdict.checks()).filteredOn(TokenCheck::name, rule).singleElement()
                .satisfies(check -> assertThat(check.reason()).contains(reasonFragment));
    }

    @Test
    void aRequestAsTheLibraryMakesItIsValid() {
        TokenVerdict verdict = judge(request(claims -> { }));
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.checks()).extracting(TokenCheck::name).containsExactly("algorithm", "expiresAt", "issuedAt",
                "publicKeys", "signature", "issuer", "manifestUri", "redirectUri");
        assertThat(verdict.issuer()).isEqualTo("did:btc-addr:" + TestTokens.ID_ADDRESS);
        assertThat(verdict.issuerAddress()).isEqualTo(TestTokens.ID_ADDRESS);
    }

    @Test
    void bothSignatureFormsAreValid() {
        String token = request(claims -> { });
        assertThat(judge(token).valid()).isTrue();
        assertThat(judge(TestTokens.mirroredS(token)).valid()).isTrue();
    }

    @Test
    void aTamperedPayloadFailsTheSignature() {
        String token = request(claims -> { });
        String[] parts = TestTokens.parts(token);
        String otherScopes = TestTokens.parts(request(claims -> claims.put("scopes", List.of("store_write", "email"))))[1];
        assertFailsOnly(judge(parts[0] + "." + otherScopes + "." + parts[2]), "signature", "does not verify");
    }

    @Test
    void aTamperedSignatureFails() {
        String token = request(claims -> { });
        byte[] signature = TestTokens.signatureOf(token);
        signature[40] ^= 1;
        assertFailsOnly(judge(TestTokens.withSignature(token, signature)), "signature", "does not verify");
    }

    @Test
    void aDerSignatureFails() {
        assertFailsOnly(judge(TestTokens.derSigned(request(claims -> { }))), "signature", "expected 64");
    }

    @Test
    void aTruncatedSignatureFails() {
        String token = request(claims -> { });
        assertFailsOnly(judge(token.substring(0, token.length() - 2)), "signature", "decodes to 63 bytes");
    }

    @Test
    void anExpiredRequestFails() {
        assertFailsOnly(judge(request(claims -> claims.put("exp", 1_577_836_800))), "expiresAt", "expired at 2020-01-01");
    }

    @Test
    void aRequestIssuedInTheFutureFails() {
        assertFailsOnly(judge(request(claims -> claims.put("iat", 3_786_912_000L))), "issuedAt", "in the future");
    }

    @Test
    void aWrongIssuerDidFails() {
        assertFailsOnly(judge(request(claims -> claims.put("iss", "did:btc-addr:" + TestTokens.OTHER_ADDRESS))), "issuer",
                "iss names address " + TestTokens.OTHER_ADDRESS);
        assertFailsOnly(judge(request(claims -> claims.put("iss", "did:ecdsa-pub:" + TestTokens.ID_PUBLIC))), "issuer",
                "names no address");
        assertFailsOnly(judge(request(claims -> claims.remove("iss"))), "issuer", "iss is missing");
        assertFailsOnly(judge(request(claims -> claims.put("iss", TestTokens.ID_ADDRESS))), "issuer", "not a DID");
        assertFailsOnly(judge(request(claims -> claims.put("iss", 7))), "issuer", "a number");
    }

    @Test
    void uncompressedKeysAreValidWhenTheDidNamesTheirOwnAddress() {
        String uncompressed = request(claims -> {
            claims.put("public_keys", List.of(TestTokens.ID_PUBLIC_UNCOMPRESSED));
            claims.put("iss", "did:btc-addr:" + TestTokens.ID_ADDRESS_UNCOMPRESSED);
        });
        assertThat(judge(uncompressed).valid()).isTrue();
        String compressedDid = request(claims -> claims.put("public_keys", List.of(TestTokens.ID_PUBLIC_UNCOMPRESSED)));
        assertFailsOnly(judge(compressedDid), "issuer", "hashes to " + TestTokens.ID_ADDRESS_UNCOMPRESSED);
    }

    @Test
    void publicKeysMustBeExactlyOneKey() {
        assertFailsOnly(judge(request(claims -> claims.put("public_keys", List.of(TestTokens.ID_PUBLIC, TestTokens.OTHER_PUBLIC)))),
                "publicKeys", "holds 2 keys");
        assertFailsOnly(judge(request(claims -> claims.put("public_keys", List.of()))), "publicKeys", "holds 0 keys");
        assertFailsOnly(judge(request(claims -> claims.remove("public_keys"))), "publicKeys", "missing");
        assertFailsOnly(judge(request(claims -> claims.put("public_keys", TestTokens.ID_PUBLIC))), "publicKeys", "a string");
        assertFailsOnly(judge(request(claims -> claims.put("public_keys", List.of(5)))), "publicKeys", "a number");
    }

    @Test
    void unsignedAndHmacTokensFailTheAlgorithmRule() {
        Map<String, Object> claims = TestTokens.authRequestClaims(TRANSIT);
        String unsecured = TestTokens.segment("{\"typ\":\"JWT\",\"alg\":\"none\"}") + "." + TestTokens.segment(TestTokens.json(claims)) + ".";
        TokenVerdict verdict = judge(unsecured);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.checks().stream().filter(check -> !check.ok()).map(TokenCheck::name))
                .containsExactly("algorithm", "signature");
        // an ES256K signature under a header that says otherwise: jsontokens would accept it, we do not
        assertFailsOnly(judge(TestTokens.sign(TRANSIT, "{\"typ\":\"JWT\",\"alg\":\"HS256\"}", claims)), "algorithm", "'HS256'");
    }

    @Test
    void manifestAndRedirectMustBeOnTheDomainsOrigin() {
        assertFailsOnly(judge(request(claims -> claims.put("redirect_uri", "https://evil.example.net/"))), "redirectUri",
                "it is https://evil.example.net:443, expected https://app.example.com:443");
        assertFailsOnly(judge(request(claims -> claims.put("manifest_uri", "http://app.example.com/manifest.json"))),
                "manifestUri", "not on domain_name's origin");
        assertFailsOnly(judge(request(claims -> claims.put("manifest_uri", "https://app.example.com:8443/m.json"))),
                "manifestUri", "not on domain_name's origin");
        assertFailsOnly(judge(request(claims -> claims.put("redirect_uri", "/callback"))), "redirectUri", "is not a URL");
        assertFailsOnly(judge(request(claims -> claims.remove("manifest_uri"))), "manifestUri", "manifest_uri is missing");
    }

    @Test
    void originsCompareAsNodesUrlParserSeesThem() {
        assertThat(judge(request(claims -> claims.put("redirect_uri", "https://APP.example.com:443/cb?x=1"))).valid()).isTrue();
        assertThat(judge(request(claims -> {
            claims.put("domain_name", "http://localhost:3000");
            claims.put("manifest_uri", "http://localhost:3000/manifest.json");
            claims.put("redirect_uri", "http://localhost:3000");
        })).valid()).isTrue();
        // port 0 counts as the default port in isSameOriginAbsoluteUrl
        assertThat(judge(request(claims -> claims.put("redirect_uri", "https://app.example.com:0/"))).valid()).isTrue();
        // both strings must contain http:// or https:// as written
        assertFailsOnly(judge(request(claims -> claims.put("redirect_uri", "HTTPS://app.example.com/"))), "redirectUri",
                "must both be absolute");
    }
}
