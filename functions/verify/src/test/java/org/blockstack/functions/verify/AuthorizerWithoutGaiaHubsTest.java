package org.blockstack.functions.verify;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.TestTokens;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The {@code authorize} function deployed without hub URLs: no Gaia token is admitted, sign-ins still are. */
@QuarkusTest
@TestProfile(AuthorizerWithoutGaiaHubsTest.NoGaiaHubs.class)
@WithTestResource(LocalStackTestResource.class)
class AuthorizerWithoutGaiaHubsTest {
    public static class NoGaiaHubs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "authorize");
        }
    }

    private static final Es256kSigner ID = TestTokens.idKey();

    @Test
    void gaiaTokensAreDeniedAndAuthResponsesAdmitted() {
        AuthorizerFunctionTest.authorize("bearer " + AuthorizerFunctionTest.gaiaToken(AuthorizerFunctionTest.HUB))
                .body("isAuthorized", equalTo(false));
        AuthorizerFunctionTest.authorize("bearer " + ID.sign(TestTokens.authResponseClaims(ID)))
                .body("isAuthorized", equalTo(true))
                .body("context.tokenType", equalTo("authResponse"));
    }
}
