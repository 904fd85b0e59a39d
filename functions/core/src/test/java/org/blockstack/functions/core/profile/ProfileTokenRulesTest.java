package org.blockstack.functions.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.TestTokens;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenVerdict;
import org.junit.jupiter.api.Test;

/** verifyProfileToken's rules (tokens spec §5.3) and the address forms the spec recommends accepting. */
class ProfileTokenRulesTest {
    private static final Es256kSigner ID = TestTokens.idKey();

    private static Map<String, Object> profile(String issuerKey) {
        return TestTokens.profileClaims(issuerKey);
    }

    private static TokenVerdict judge(String token, ProfileExpectation expected) throws Exception {
        return ProfileTokenRules.judge(CompactToken.parse(token), expected);
    }

    private static TokenVerdict judge(Map<String, Object> claims, ProfileExpectation expected) throws Exception {
        return judge(ID.sign(claims), expected);
    }

    private static void assertFailsOn(TokenVerdict verdict, String rule) {
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.checks()).filteredOn(check -> !check.ok()).extracting(TokenCheck::name).contains(rule);
    }

    @Test
    void anExpiredProfileSignedByTheExpectedKeyIsValid() throws Exception {
        TokenVerdict verdict = judge(profile(TestTokens.ID_PUBLIC), new ProfileExpectation(TestTokens.ID_PUBLIC, null));
        assertThat(verdict.valid()).as("no version of the library checks profile dates").isTrue();
        assertThat(verdict.issuer()).isEqualTo(TestTokens.ID_PUBLIC);
        assertThat(verdict.checks()).extracting(TokenCheck::name)
                .containsExactly("subject", "issuer", "claim", "expectedSigner", "algorithm", "signature");
    }

    @Test
    void anExpectedAddressMayBeTheStacksOrEitherBitcoinAddress() throws Exception {
        for (String address : new String[] {TestTokens.ID_STACKS_ADDRESS, TestTokens.ID_ADDRESS,
                TestTokens.ID_ADDRESS_UNCOMPRESSED}) {
            assertThat(judge(profile(TestTokens.ID_PUBLIC), new ProfileExpectation(null, address)).valid()).as(address).isTrue();
        }
        assertFailsOn(judge(profile(TestTokens.ID_PUBLIC), new ProfileExpectation(null, TestTokens.OTHER_ADDRESS)),
                "expectedSigner");
        assertThat(judge(profile(TestTokens.ID_PUBLIC),
                new ProfileExpectation(TestTokens.ID_PUBLIC, TestTokens.ID_STACKS_ADDRESS)).valid()).isTrue();
        assertFailsOn(judge(profile(TestTokens.ID_PUBLIC), new ProfileExpectation(TestTokens.ID_PUBLIC, TestTokens.OTHER_ADDRESS)),
                "expectedSigner");
    }

    @Test
    void theExpectedKeyIsComparedAsWritten() throws Exception {
        assertFailsOn(judge(profile(TestTokens.ID_PUBLIC), new ProfileExpectation(TestTokens.OTHER_PUBLIC, null)), "expectedSigner");
        assertFailsOn(judge(profile(TestTokens.ID_PUBLIC), new ProfileExpectation(TestTokens.ID_PUBLIC.toUpperCase(), null)),
                "expectedSigner");
        assertThat(judge(profile(TestTokens.ID_PUBLIC_UNCOMPRESSED), new ProfileExpectation(TestTokens.ID_PUBLIC_UNCOMPRESSED, null))
                .valid()).isTrue();
    }

    @Test
    void withoutExpectationsTheTokenIsCheckedAgainstItsOwnIssuer() throws Exception {
        TokenVerdict verdict = judge(profile(TestTokens.ID_PUBLIC), ProfileExpectation.NONE);
        assertThat(verdict.valid()).isTrue();
        assertFailsOn(judge(profile(TestTokens.OTHER_PUBLIC), ProfileExpectation.NONE), "signature");
    }

    @Test
    void subjectIssuerAndClaimAreRequired() throws Exception {
        Map<String, Object> noSubject = profile(TestTokens.ID_PUBLIC);
        noSubject.remove("subject");
        assertFailsOn(judge(noSubject, ProfileExpectation.NONE), "subject");
        Map<String, Object> stringIssuer = profile(TestTokens.ID_PUBLIC);
        stringIssuer.put("issuer", TestTokens.ID_PUBLIC);
        assertFailsOn(judge(stringIssuer, ProfileExpectation.NONE), "issuer");
        Map<String, Object> keylessSubject = profile(TestTokens.ID_PUBLIC);
        keylessSubject.put("subject", Map.of("key", TestTokens.ID_PUBLIC));
        assertFailsOn(judge(keylessSubject, ProfileExpectation.NONE), "subject");
        Map<String, Object> numericKey = profile(TestTokens.ID_PUBLIC);
        numericKey.put("issuer", Map.of("publicKey", 3));
        assertFailsOn(judge(numericKey, ProfileExpectation.NONE), "issuerKey");
        Map<String, Object> noClaim = profile(TestTokens.ID_PUBLIC);
        noClaim.remove("claim");
        assertFailsOn(judge(noClaim, ProfileExpectation.NONE), "claim");
        Map<String, Object> nullClaim = profile(TestTokens.ID_PUBLIC);
        nullClaim.put("claim", null);
        assertThat(judge(nullClaim, ProfileExpectation.NONE).valid()).as("hasOwnProperty('claim') holds for null").isTrue();
    }

    @Test
    void theHeaderAlgorithmIsReadInAnyCaseButMustBeEs256k() throws Exception {
        String lower = TestTokens.sign(ID, "{\"typ\":\"JWT\",\"alg\":\"es256k\"}", profile(TestTokens.ID_PUBLIC));
        assertThat(judge(lower, ProfileExpectation.NONE).valid()).isTrue();
        String es256 = TestTokens.sign(ID, "{\"typ\":\"JWT\",\"alg\":\"ES256\"}", profile(TestTokens.ID_PUBLIC));
        assertFailsOn(judge(es256, ProfileExpectation.NONE), "algorithm");
    }
}
