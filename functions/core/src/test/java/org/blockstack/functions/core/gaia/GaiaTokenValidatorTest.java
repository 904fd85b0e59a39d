package org.blockstack.functions.core.gaia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blockstack.functions.core.gaia.GaiaVectors.APP_ADDRESS;
import static org.blockstack.functions.core.gaia.GaiaVectors.ID_ADDRESS;
import static org.blockstack.functions.core.gaia.GaiaVectors.key;
import static org.blockstack.functions.core.gaia.GaiaVectors.token;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.crypto.ECKey;
import org.blockstack.functions.core.gaia.GaiaAuthException.Rule;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokens spec §6 rules, on the spec's vectors (made by the real client libraries) and on edge cases. */
class GaiaTokenValidatorTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final GaiaValidationContext HUB = GaiaValidationContext.at(NOW).forBucket(APP_ADDRESS)
            .forServer("gaia-0");
    private static final Es256kSigner APP = new Es256kSigner(key("APP", "priv"));
    private static final Es256kSigner ID = new Es256kSigner(key("ID", "priv"));
    private static final String CHALLENGE = GaiaChallenge.current("gaia-0");

    @ParameterizedTest
    @CsvSource({
        "gaia-v1-storage-no-assoc, V1",
        "gaia-v1-scoped, V1",
        "gaia-v1-legacy-challenge-2018, V1",
        "gaia-v0-legacy, LEGACY"})
    void tokensTheReferenceHubAcceptsAreAccepted(String vector, GaiaAuthorization.Version version) throws Exception {
        GaiaAuthorization auth = GaiaTokenValidator.validateHeader("bearer " + token(vector), HUB);
        assertThat(auth.version()).isEqualTo(version);
        assertThat(auth.bucketAddress()).isEqualTo(APP_ADDRESS);
        assertThat(auth.signingAddress()).isEqualTo(APP_ADDRESS);
    }

    @Test
    void anAssociationTokenMakesTheIdentityTheSigningAddress() throws Exception {
        GaiaAuthorization auth = GaiaTokenValidator.validateHeader("bearer " + token("gaia-v1-storage"), HUB);
        assertThat(auth.bucketAddress()).isEqualTo(APP_ADDRESS);
        assertThat(auth.signingAddress()).isEqualTo(ID_ADDRESS);
        assertThat(GaiaTokenValidator.validateHeader("bearer " + token("gaia-v1-storage"),
                HUB.whitelisting(Set.of(ID_ADDRESS))).signingAddress()).isEqualTo(ID_ADDRESS);
        assertRefused("bearer " + token("gaia-v1-storage"), HUB.whitelisting(Set.of(APP_ADDRESS)), Rule.WHITELIST,
                "Address " + ID_ADDRESS + " not authorized for writes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gaia-v1-expired         | EXPIRY         | Expired authentication token: expire time of 1600000000 (secs since epoch)",
        "gaia-v1-bad-scope       | FORMAT         | Failed to parse authentication header.",
        "gaia-v1-other-key       | BUCKET_ADDRESS | Address not allowed to write on this path",
        "gaia-v1-tampered        | SIGNATURE      | Failed to verify supplied authentication JWT",
        "gaia-v1-alg-none        | SIGNATURE      | Failed to verify supplied authentication JWT"})
    void tokensTheReferenceHubRefusesAreRefusedWithItsMessage(String vector, Rule rule, String message) {
        assertRefused("bearer " + token(vector), HUB, rule, message);
    }

    @Test
    void anotherHubsChallengeIsRefusedOnlyWhenTheServerNameIsKnown() throws Exception {
        assertThatThrownBy(() -> GaiaTokenValidator.validateHeader("bearer " + token("gaia-v1-wrong-challenge"), HUB))
                .isInstanceOfSatisfying(GaiaAuthException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.CHALLENGE);
                    assertThat(e.getMessage()).isEqualTo("Invalid gaiaChallenge text in supplied JWT: \""
                            + GaiaChallenge.current("other-hub") + "\" not found in [\"[\\\"gaiahub\\\",\\\"0\\\","
                            + "\\\"gaia-0\\\",\\\"blockstack_storage_please_sign\\\"]\",\"[\\\"gaiahub\\\",\\\"2018\\\","
                            + "\\\"gaia-0\\\",\\\"blockstack_storage_please_sign\\\"]\",\"[\\\"gaiahub\\\",\\\"2019\\\","
                            + "\\\"gaia-0\\\",\\\"blockstack_storage_please_sign\\\"]\"]");
                });
        // judged alone (as a token verifier does) the challenge is not a rule
        assertThat(GaiaTokenValidator.validateToken(token("gaia-v1-wrong-challenge"), GaiaValidationContext.at(NOW))
                .bucketAddress()).isEqualTo(APP_ADDRESS);
    }

    @Test
    void aVerifierMayJudgeTheBareJwtOfAV1Token() throws Exception {
        String jwt = token("gaia-v1-storage-no-assoc").substring(3);
        assertThat(GaiaTokenValidator.validateV1Token(jwt, GaiaValidationContext.at(NOW).forBucket(APP_ADDRESS))
                .bucketAddress()).isEqualTo(APP_ADDRESS);
        assertThat(GaiaTokenValidator.validateV1Token("v1:" + jwt, GaiaValidationContext.at(NOW)).issuer())
                .isEqualTo(key("APP", "pubCompressed"));
        // a hub's header must say v1: (a bare JWT reads as a legacy token there, as in the reference)
        assertRefused("bearer " + jwt, HUB, Rule.FORMAT, GaiaAuthException.UNPARSEABLE);
    }

    @Test
    void revocationNeedsAnIssueTimeAtOrAfterTheTimestamp() throws Exception {
        assertRefused("bearer " + token("gaia-v1-storage"), HUB.revokedBefore(1600000000), Rule.REVOCATION,
                "Gaia bucket requires auth token issued after 1600000000 but this token has no creation timestamp."
                        + " This token may have been revoked by the user.");
        assertThat(GaiaTokenValidator.validateHeader("bearer " + token("gaia-v1-scoped"), HUB.revokedBefore(1600000000))
                .issuedAt()).hasValue(1700000000);
        assertThat(GaiaTokenValidator.validateHeader("bearer " + token("gaia-v1-scoped"), HUB.revokedBefore(1700000000))
                .version()).isEqualTo(GaiaAuthorization.Version.V1);
        assertRefused("bearer " + token("gaia-v1-scoped"), HUB.revokedBefore(1700000001), Rule.REVOCATION,
                "Gaia bucket requires auth token issued after 1700000001 but this token was issued 1700000000."
                        + " This token may have been revoked by the user.");
        // legacy tokens ignore revocation, as in the reference
        assertThat(GaiaTokenValidator.validateHeader("bearer " + token("gaia-v0-legacy"), HUB.revokedBefore(1700000001))
                .version()).isEqualTo(GaiaAuthorization.Version.LEGACY);
    }

    @Test
    void revocationIsJudgedBeforeTheSignature() {
        String forged = token("gaia-v1-tampered");
        assertRefused("bearer " + forged, HUB.revokedBefore(1800000000), Rule.REVOCATION,
                "Gaia bucket requires auth token issued after 1800000000 but this token was issued 1700000000."
                        + " This token may have been revoked by the user.");
    }

    @Test
    void aRequiredHubUrlMustBeClaimed() throws Exception {
        assertThat(GaiaTokenValidator.validateHeader("bearer " + token("gaia-v1-scoped"),
                HUB.requiringHubUrl(Set.of("http://127.0.0.1:3000"))).bucketAddress()).isEqualTo(APP_ADDRESS);
        assertRefused("bearer " + token("gaia-v1-scoped"), HUB.requiringHubUrl(Set.of("https://hub.example.com")),
                Rule.HUB_URL, "Auth token's claimed hub url 'http://127.0.0.1:3000' not found in this hubs set: "
                        + "[\"https://gaia-0\",\"https://hub.example.com\"]");
        String trailingSlash = v1(APP, claims("hubUrl", "https://gaia-0/"));
        assertThat(GaiaTokenValidator.validateHeader(trailingSlash, HUB.requiringHubUrl(Set.of())).issuer())
                .isEqualTo(APP.publicKeyHex());
        assertRefused(v1(APP, claims()), HUB.requiringHubUrl(Set.of()), Rule.HUB_URL,
                "Authentication must provide a claimed hub. You may need to update stacks.js.");
        // the reference's message names neither; the detail says what was expected
        assertThatThrownBy(() -> GaiaTokenValidator.validateHeader(v1(APP, claims()),
                HUB.requiringHubUrl(Set.of("https://hub.example.com"))))
                .isInstanceOfSatisfying(GaiaAuthException.class, e -> assertThat(e.detail()).isEqualTo(
                        "the token has no hubUrl claim; expected one of [\"https://gaia-0\",\"https://hub.example.com\"]"));
    }

    @Test
    void anUncompressedIssuerOwnsTheBucketOfItsCompressedForm() throws Exception {
        Map<String, Object> payload = claims();
        payload.put("iss", key("APP", "pubUncompressed"));
        GaiaAuthorization auth = GaiaTokenValidator.validateHeader(v1(APP, payload), HUB);
        assertThat(auth.bucketAddress()).isEqualTo(APP_ADDRESS);
        assertThat(auth.issuer()).isEqualTo(key("APP", "pubUncompressed"));
    }

    @Test
    void anIssuerThatIsNotACurvePointIsA401NotACrash() {
        Map<String, Object> payload = claims();
        payload.put("iss", "02" + "ff".repeat(32));
        assertRefused(v1(APP, payload), HUB, Rule.ISSUER, null);
        payload.put("iss", 12345);
        assertRefused(v1(APP, payload), HUB, Rule.ISSUER, null);
    }

    @Test
    void associationTokensAreCheckedInTheReferenceOrder() {
        String expired = v1(APP, claims("associationToken", token("associationToken-expired")));
        assertRefused(expired, HUB, Rule.ASSOCIATION_TOKEN, null);
        assertThatThrownBy(() -> GaiaTokenValidator.validateHeader(expired, HUB))
                .hasMessageStartingWith("Expired association token: expire time of ");

        Map<String, Object> forOther = association(key("OTHER", "pubCompressed"), 4102444800L);
        assertRefused(v1(APP, claims("associationToken", ID.sign(forOther))), HUB, Rule.ASSOCIATION_TOKEN,
                "Association token child key " + key("OTHER", "pubCompressed") + " does not match " + APP_ADDRESS);

        Map<String, Object> noExp = association(APP.publicKeyHex(), 4102444800L);
        noExp.remove("exp");
        assertRefused(v1(APP, claims("associationToken", ID.sign(noExp))), HUB, Rule.ASSOCIATION_TOKEN,
                "Must provide `exp` claim in association JWT.");

        String signedByApp = APP.sign(association(APP.publicKeyHex(), 4102444800L));
        assertRefused(v1(APP, claims("associationToken", signedByApp)), HUB, Rule.ASSOCIATION_TOKEN,
                "Failed to verify association JWT: invalid issuer");
        assertRefused(v1(APP, claims("associationToken", "not a token")), HUB, Rule.ASSOCIATION_TOKEN,
                "checkAssociationToken: Failed to decode association token in JWT");
    }

    @Test
    void associationIsJudgedAgainstTheIssuerWhenNoBucketIsGiven() throws Exception {
        GaiaAuthorization alone = GaiaTokenValidator.validateToken(token("gaia-v1-storage"),
                GaiaValidationContext.at(NOW));
        assertThat(alone.signingAddress()).isEqualTo(ID_ADDRESS);
    }

    @Test
    void headersThatCannotBeReadAreAllTheSameRefusal() {
        String token = token("gaia-v1-storage-no-assoc");
        for (String header : new String[] {null, "", "token " + token, "bearer  " + token,
                "bearer v2:" + token.substring(3), "bearer v1:not.a.jwt", "bearer bm90IGpzb24=",
                // legacy tokens whose base64 holds JSON, but not an object: null, an array, a number
                "bearer bnVsbA==", "bearer WzFd", "bearer NDI="}) {
            assertRefused(header, HUB, Rule.FORMAT, GaiaAuthException.UNPARSEABLE);
        }
    }

    @Test
    void bearerIsCaseInsensitive() throws Exception {
        assertThat(GaiaTokenValidator.validateHeader("BEARER " + token("gaia-v1-storage-no-assoc"), HUB)
                .bucketAddress()).isEqualTo(APP_ADDRESS);
    }

    @Test
    void claimsThatAreNotNumbersDoNotPassTimeChecks() {
        assertRefused(v1(APP, claims("exp", "tomorrow")), HUB, Rule.EXPIRY, null);
        assertRefused(v1(APP, claims("iat", "yesterday")), HUB.revokedBefore(1), Rule.REVOCATION, null);
    }

    @Test
    void numericStringClaimsCountAsNumbers() throws Exception {
        assertThat(GaiaTokenValidator.validateHeader(v1(APP, claims("exp", "4102444800", "iat", "1800000000")),
                HUB.revokedBefore(1800000000)).issuedAt()).hasValue(1800000000);
    }

    @Test
    void legacyTokensSignTheChallengeTextInStrictDer() throws Exception {
        ECKey key = ECKey.fromPrivate(HexFormat.of().parseHex(key("APP", "priv")));
        byte[] hash = Sha256Hash.hash(GaiaChallenge.accepted("gaia-0").get(2).getBytes(StandardCharsets.UTF_8));
        byte[] der = key.sign(Sha256Hash.wrap(hash)).encodeToDER();
        assertThat(GaiaTokenValidator.validateHeader(legacy(key.getPublicKeyAsHex(), der), HUB).version())
                .isEqualTo(GaiaAuthorization.Version.LEGACY);

        byte[] padded = new byte[der.length + 1];
        System.arraycopy(der, 0, padded, 0, der.length);
        padded[1]++; // a trailing byte inside the sequence: not strict DER
        assertRefused(legacy(key.getPublicKeyAsHex(), padded), HUB, Rule.FORMAT, GaiaAuthException.UNPARSEABLE);

        byte[] otherHash = Sha256Hash.hash("something else".getBytes(StandardCharsets.UTF_8));
        assertRefused(legacy(key.getPublicKeyAsHex(), key.sign(Sha256Hash.wrap(otherHash)).encodeToDER()), HUB,
                Rule.SIGNATURE, "Invalid signature or expired authentication token.");
        assertRefused(legacy(key.getPublicKeyAsHex(), der), GaiaValidationContext.at(NOW), Rule.SIGNATURE, null);
    }

    @Test
    void aVerificationCacheNeverChangesAVerdict() {
        VerificationCache cache = VerificationCache.bounded(4);
        List<String> headers = new java.util.ArrayList<>();
        for (String vector : List.of("gaia-v1-storage", "gaia-v1-storage-no-assoc", "gaia-v0-legacy", "gaia-v1-scoped",
                "gaia-v1-expired", "gaia-v1-wrong-challenge", "gaia-v1-bad-scope", "gaia-v1-other-key",
                "gaia-v1-tampered", "gaia-v1-alg-none", "gaia-v1-legacy-challenge-2018")) {
            headers.add("bearer " + token(vector));
        }
        headers.add(v1(APP, claims("iss", "02" + "ff".repeat(32))));
        for (GaiaValidationContext context : List.of(HUB, HUB.revokedBefore(1700000000), HUB.revokedBefore(1800000000),
                GaiaValidationContext.at(NOW))) {
            for (int pass = 0; pass < 3; pass++) {
                for (String header : headers) {
                    assertThat(verdict(header, context.remembering(cache))).as(header)
                            .isEqualTo(verdict(header, context));
                }
            }
        }
    }

    private static String verdict(String header, GaiaValidationContext context) {
        try {
            GaiaAuthorization auth = GaiaTokenValidator.validateHeader(header, context);
            return "ok " + auth.bucketAddress() + " " + auth.signingAddress();
        } catch (GaiaAuthException e) {
            return e.rule() + " " + e.getMessage();
        }
    }

    private static void assertRefused(String header, GaiaValidationContext context, Rule rule, String message) {
        assertThatThrownBy(() -> GaiaTokenValidator.validateHeader(header, context))
                .isInstanceOfSatisfying(GaiaAuthException.class, e -> {
                    assertThat(e.rule()).as(e.detail()).isEqualTo(rule);
                    assertThat(e.status()).isEqualTo(401);
                    if (message != null) {
                        assertThat(e.getMessage()).isEqualTo(message);
                    }
                });
    }

    private static Map<String, Object> claims(Object... extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("gaiaChallenge", CHALLENGE);
        payload.put("iss", APP.publicKeyHex());
        payload.put("salt", "00112233445566778899aabbccddeeff");
        for (int i = 0; i < extra.length; i += 2) {
            payload.put((String) extra[i], extra[i + 1]);
        }
        return payload;
    }

    private static Map<String, Object> association(String child, long exp) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("childToAssociate", child);
        payload.put("iss", ID.publicKeyHex());
        payload.put("exp", exp);
        payload.put("iat", 1700000000);
        return payload;
    }

    private static String v1(Es256kSigner signer, Map<String, Object> payload) {
        return "bearer v1:" + signer.sign(payload);
    }

    private static String legacy(String publicKey, byte[] der) {
        String json = "{\"publickey\":\"" + publicKey + "\",\"signature\":\"" + HexFormat.of().formatHex(der) + "\"}";
        return "bearer " + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scopesComeBackParsed() throws Exception {
        GaiaScopes scopes = GaiaTokenValidator.validateHeader("bearer " + token("gaia-v1-scoped"), HUB).scopes();
        assertThat(scopes.domains(GaiaScopes.Kind.putFilePrefix)).isEqualTo(List.of("docs/"));
        assertThat(scopes.domains(GaiaScopes.Kind.deleteFile)).isEqualTo(List.of("docs/a.txt"));
    }
}
