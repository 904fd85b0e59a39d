package org.blockstack.functions.infra.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


/** The lease's conditional writes against dynalite. */
class SyncLeaseTest {
    @RegisterExtension
    static final DynaliteTables DB = new DynaliteTables("lease-test-");
    private static final TableNames NAMES = DB.names();


    @BeforeEach
    void free() {
        DB.client().deleteItem(b -> b.tableName(NAMES.of(CheckpointItem.TABLE))
                .key(java.util.Map.of("id", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("lease"))));
    }

    private static SyncLease leaseAt(long millis) {
        return new SyncLease(DB.enhanced(), NAMES, Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
    }

    @Test
    void aHeldLeaseIsRefusedUntilItExpires() {
        assertThat(leaseAt(1_000).tryAcquire("a", Duration.ofSeconds(10))).isPresent();
        assertThat(leaseAt(5_000).tryAcquire("b", Duration.ofSeconds(10))).isEmpty();
        assertThat(leaseAt(5_000).tryAcquire("a", Duration.ofSeconds(10))).as("the holder may renew").isPresent();
        assertThat(leaseAt(15_001).tryAcquire("b", Duration.ofSeconds(10))).as("expired: free to take").isPresent();
        assertThat(leaseAt(15_002).current()).get().extracting(LeaseItem::getOwner).isEqualTo("b");
    }

    @Test
    void onlyTheOwnerReleases() {
        leaseAt(1_000).tryAcquire("a", Duration.ofSeconds(10));
        leaseAt(2_000).release("b");
        assertThat(leaseAt(2_000).current()).isPresent();
        leaseAt(2_000).release("a");
        assertThat(leaseAt(2_000).current()).isEmpty();
    }

    @Test
    void ofManyConcurrentContendersExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> contenders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String owner = "owner-" + i;
                contenders.add(() -> leaseAt(1_000).tryAcquire(owner, Duration.ofMinutes(1)).isPresent());
            }
            int winners = 0;
            for (Future<Boolean> result : pool.invokeAll(contenders)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
