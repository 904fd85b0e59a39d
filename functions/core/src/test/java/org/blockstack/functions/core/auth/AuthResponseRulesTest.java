package org.blockstack.functions.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.C32Addresses;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.auth.NameOwners.NameOwnership;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.TestTokens;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenVerdict;
import org.junit.jupiter.api.Test;

/** verifyAuthResponse's rules (tokens spec §4.3), and the username rule against the name index. */
class AuthResponseRulesTest {
    private static final NameOwners NOBODY_ASKED = name -> {
        throw new AssertionError("the index must not be asked about " + name);
    };

    private static Map<String, Object> response() {
        return TestTokens.authResponseClaims(TestTokens.idKey());
    }

    private static TokenVerdict judge(Map<String, Object> claims, NameOwners owners) throws Exception {
        return AuthResponseRules.judge(CompactToken.parse(TestTokens.idKey().sign(claims)), AuthRequestRulesTest.CLOCK, owners);
    }

    private static Map<String, Object> withUsername(Object username) {
        Map<String, Object> claims = response();
        claims.put("username", username);
        return claims;
    }

    @Test
    void aResponseWithoutUsernameNeedsNoLookup() throws Exception {
        TokenVerdict verdict = judge(response(), NOBODY_ASKED);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.checks()).extracting(TokenCheck::name).containsExactly("algorithm", "expiresAt", "issuedAt",
                "publicKeys", "signature", "issuer", "username");
        assertThat(verdict.issuerAddress()).isEqualTo(TestTokens.ID_ADDRESS);
        assertThat(verdict.username()).isNull();
        for (Object falsy : new Object[] {null, "", false, 0}) {
            assertThat(judge(withUsername(falsy), NOBODY_ASKED).valid()).as("username %s", falsy).isTrue();
        }
    }

    @Test
    void aUsernameOwnedByTheSignerIsConfirmed() throws Exception {
        byte[] hash = Hashes.hash160(HexFormat.of().parseHex(TestTokens.ID_PUBLIC));
        for (String owner : List.of(TestTokens.ID_ADDRESS, BitcoinAddresses.p2pkh(BitcoinAddresses.TESTNET_P2PKH, hash),
                TestTokens.ID_STACKS_ADDRESS, C32Addresses.address(C32Addresses.TESTNET_SINGLE_SIG, hash))) {
            TokenVerdict verdict = judge(withUsername("alice.id"), name -> new NameOwnership.Owned(owner));
            assertThat(verdict.valid()).as(owner).isTrue();
            assertThat(verdict.username()).as(owner).isEqualTo("alice.id");
        }
    }

    @Test
    void aUsernameOwnedByAnotherAddressOrUnregisteredFails() throws Exception {
        TokenVerdict stolen = judge(withUsername("alice.id"), name -> new NameOwnership.Owned(TestTokens.OTHER_ADDRESS));
        assertThat(stolen.valid()).isFalse();
        assertThat(stolen.checks()).filteredOn(check -> !check.ok()).singleElement()
                .satisfies(check -> assertThat(check.reason()).contains("owned by " + TestTokens.OTHER_ADDRESS));
        TokenVerdict unregistered = judge(withUsername("nobody.id"), name -> new NameOwnership.NotRegistered());
        assertThat(unregistered.valid()).isFalse();
        assertThat(unregistered.username()).isNull();
        assertThat(judge(withUsername(42), NOBODY_ASKED).valid()).isFalse();
    }

    @Test
    void anIndexThatCannotAnswerLeavesTheUsernameUnconfirmed() throws Exception {
        TokenVerdict verdict = judge(withUsername("alice.id"), name -> new NameOwnership.Unknown("index unavailable"));
        assertThat(verdict.valid()).as("as in @stacks/auth 7.x, which never checks usernames").isTrue();
        assertThat(verdict.username()).isNull();
        assertThat(verdict.checks()).filteredOn(TokenCheck::name, "username").singleElement()
                .satisfies(check -> assertThat(check.reason()).contains("not checked: index unavailable"));
    }

    @Test
    void anIndexThatThrowsCountsAsOneThatCannotAnswer() throws Exception {
        TokenVerdict verdict = judge(withUsername("alice.id"), name -> {
            throw new IllegalStateException("table not reachable");
        });
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.username()).isNull();
        assertThat(verdict.checks()).filteredOn(TokenCheck::name, "username").singleElement()
                .satisfies(check -> assertThat(check.reason()).contains("table not reachable"));
    }

    @Test
    void theIndexIsNotAskedAboutTokensThatAlreadyFailed() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        Map<String, Object> claims = withUsername("alice.id");
        claims.put("iss", "did:btc-addr:" + TestTokens.OTHER_ADDRESS);
        TokenVerdict verdict = judge(claims, name -> {
            lookups.incrementAndGet();
            return new NameOwnership.Owned(TestTokens.OTHER_ADDRESS);
        });
        assertThat(verdict.valid()).isFalse();
        assertThat(lookups).hasValue(0);
    }

    @Test
    void responsesFailTheSameSharedRulesAsRequests() throws Exception {
        Map<String, Object> expired = response();
        expired.put("exp", 1_577_836_800);
        assertThat(judge(expired, NOBODY_ASKED).checks()).filteredOn(check -> !check.ok()).extracting(TokenCheck::name)
                .containsExactly("expiresAt");
        Map<String, Object> stringExp = response();
        stringExp.put("exp", "4102444800");
        assertThat(judge(stringExp, NOBODY_ASKED).valid()).isFalse();
    }
}
