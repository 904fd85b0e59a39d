package org.blockstack.functions.verify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.blockstack.functions.core.tokens.TokenKind;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The warm-up's sample is a valid auth request: judging it runs every check, the signature's included. */
@QuarkusTest
@TestProfile(VerifyFunctionTest.DirectExport.class)
@WithTestResource(LocalStackTestResource.class)
class VerifyWarmUpTest {
    @Inject
    VerifyWarmUp warmUp;

    @Test
    void theSampleTokenPassesEveryCheck() {
        VerifyService.Judgement judgement = warmUp.judgeSample();

        assertThat(judgement.kind()).isEqualTo(TokenKind.AUTH_REQUEST);
        assertThat(judgement.verdict().valid()).as("checks: %s", judgement.verdict().checks()).isTrue();
        assertThat(judgement.verdict().checks()).extracting(check -> check.name()).contains("signature");
    }
}
