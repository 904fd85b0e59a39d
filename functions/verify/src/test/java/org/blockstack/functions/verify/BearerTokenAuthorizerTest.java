package org.blockstack.functions.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.core.auth.NameOwners;
import org.junit.jupiter.api.Test;

/** Why the authorizer denies Gaia tokens: the reasons it logs, which API Gateway never shows. */
class BearerTokenAuthorizerTest {
    private static final VerifyService VERIFIER = new VerifyService(
            name -> new NameOwners.NameOwnership.Unknown("no index in this test"), new HubRulesGaiaTokenJudge(), Duration.ZERO);

    private static BearerTokenAuthorizer.Decision decide(Optional<List<String>> hubUrls, String token) {
        return new BearerTokenAuthorizer(VERIFIER, hubUrls)
                .decide(new AuthorizerEvent("2.0", "REQUEST", null, null, Map.of("Authorization", "bearer " + token)));
    }

    @Test
    void withoutHubUrlsTheDenialNamesTheSettingThatAdmitsGaiaTokens() {
        String token = AuthorizerFunctionTest.gaiaToken(AuthorizerFunctionTest.HUB);
        for (Optional<List<String>> unset : List.of(Optional.<List<String>>empty(), Optional.of(List.of(" ", "")))) {
            BearerTokenAuthorizer.Decision decision = decide(unset, token);
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).contains("VERIFY_AUTHORIZER_GAIA_HUB_URLS", "verify.authorizer-gaia-hub-urls");
        }
        assertThat(decide(Optional.of(List.of(AuthorizerFunctionTest.HUB)), token).allowed()).isTrue();
    }

    @Test
    void aTokenForAnotherHubIsDeniedNamingTheClaimAndTheHubsExpected() {
        BearerTokenAuthorizer.Decision decision = decide(Optional.of(List.of(" https://hub.example.com/ ")),
                AuthorizerFunctionTest.gaiaToken("https://other-hub.example.net"));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("gaia.hubUrl: Auth token's claimed hub url 'https://other-hub.example.net'"
                + " not found in this hubs set: [\"https://hub.example.com\"]");
    }
}
