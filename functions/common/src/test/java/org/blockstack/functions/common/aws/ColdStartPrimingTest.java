package org.blockstack.functions.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** When warm-ups run: Lambda's start kinds, and the setting that overrides them. */
class ColdStartPrimingTest {
    @Test
    void onLambdaOnlyStartsThatServeRightAwayRunWarmUps() {
        assertThat(ColdStartPriming.runsWarmUps(Optional.empty(), "on-demand")).isTrue();
        assertThat(ColdStartPriming.runsWarmUps(Optional.empty(), "provisioned-concurrency")).isTrue();
        // a SnapStart snapshot must not hold connections or credentials: the clients are built, nothing is called
        assertThat(ColdStartPriming.runsWarmUps(Optional.empty(), "snap-start")).isFalse();
    }

    @Test
    void outsideLambdaNothingRunsUnlessAskedFor() {
        assertThat(ColdStartPriming.runsWarmUps(Optional.empty(), null)).isFalse();
        assertThat(ColdStartPriming.runsWarmUps(Optional.of(true), null)).isTrue();
    }

    @Test
    void theSettingWinsOverLambda() {
        assertThat(ColdStartPriming.runsWarmUps(Optional.of(false), "on-demand")).isFalse();
    }
}
