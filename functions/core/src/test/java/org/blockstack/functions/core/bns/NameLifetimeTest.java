package org.blockstack.functions.core.bns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.core.bns.NameLifetime.Deadlines;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.junit.jupiter.api.Test;

/** Expiry as read-api §3.9 reports it, and liveness as the rules judge it, at their boundaries. */
class NameLifetimeTest {
    /** Regtest: epoch 6 from block 6, lifetime multiplier 2; a 5-block grace period. */
    private static final NetworkParams PARAMS = NetworkParams.regtest()
            .withOverrides(Map.of("BNS_EPOCH_6_GRACE_PERIOD", "5"));

    private static NamespaceRecord namespace(String op, int revealBlock, int readyBlock, long lifetime) {
        return new NamespaceRecord("ns", "aa", 1, "", null, "", "", "", 100, revealBlock, readyBlock, op, "", 0,
                lifetime, 1, 2, Collections.nCopies(16, 1), 1, 1, 0, 0);
    }

    private static NameRecord name(int registered, int renewed) {
        return NameRecord.builder().name("a.ns").namespaceId("ns").firstRegistered(registered).lastRenewed(renewed)
                .build();
    }

    @Test
    void aReadyFiniteNamespaceGivesExpiryAndDeadline() {
        NamespaceRecord ns = namespace(NamespaceRecord.READY, 101, 102, 10);
        Deadlines deadlines = NameLifetime.deadlines(name(110, 110), Optional.of(ns), PARAMS, 120);
        assertThat(deadlines).isEqualTo(new Deadlines(130, 135));
        assertThat(deadlines.inGracePeriodAt(129)).isFalse();
        assertThat(deadlines.inGracePeriodAt(130)).isTrue();
        assertThat(deadlines.inGracePeriodAt(134)).isTrue();
        assertThat(deadlines.isExpiredAt(134)).isFalse();
        assertThat(deadlines.isExpiredAt(135)).isTrue();
        assertThat(NameLifetime.deadlines(name(101, 101), Optional.of(ns), PARAMS, 120).expireBlock())
                .as("a name renewed before the namespace was ready counts from the ready block").isEqualTo(122);
    }

    @Test
    void namesThatNeverExpireHaveNoDeadlines() {
        NamespaceRecord forever = namespace(NamespaceRecord.READY, 101, 102, NamespaceRecord.LIFETIME_INFINITE);
        NamespaceRecord revealed = namespace(NamespaceRecord.REVEALED, 101, 0, 10);
        for (Optional<NamespaceRecord> ns : java.util.List.of(Optional.of(forever), Optional.of(revealed),
                Optional.<NamespaceRecord>empty())) {
            Deadlines deadlines = NameLifetime.deadlines(name(110, 110), ns, PARAMS, 10_000);
            assertThat(deadlines).isEqualTo(Deadlines.NEVER);
            assertThat(deadlines.isExpiredAt(Integer.MAX_VALUE)).isFalse();
        }
    }

    @Test
    void theRulesKeepANameLiveThroughItsDeadlineBlock() {
        NamespaceRecord ns = namespace(NamespaceRecord.READY, 101, 102, 10);
        NameRecord record = name(110, 110);
        assertThat(NameLifetime.isLive(record, Optional.of(ns), PARAMS, 109)).as("not yet registered").isFalse();
        assertThat(NameLifetime.isLive(record, Optional.of(ns), PARAMS, 135))
                .as("live at its renewal deadline, where the read API already says expired").isTrue();
        assertThat(NameLifetime.isLive(record, Optional.of(ns), PARAMS, 136)).isFalse();
    }

    @Test
    void aRevealedNamespacesNamesLiveUntilTheRevealLapses() {
        NamespaceRecord revealed = namespace(NamespaceRecord.REVEALED, 101, 0, 10);
        int lapse = 101 + PARAMS.namespaceRevealExpire();
        assertThat(NameLifetime.isLive(name(102, 102), Optional.of(revealed), PARAMS, lapse - 1)).isTrue();
        assertThat(NameLifetime.isLive(name(102, 102), Optional.of(revealed), PARAMS, lapse)).isFalse();
    }
}
