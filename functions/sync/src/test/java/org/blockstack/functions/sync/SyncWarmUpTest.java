package org.blockstack.functions.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jakarta.inject.Inject;

import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Sync's warm-ups read its checkpoint and the Bitcoin tip as a run would, and change nothing. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SyncWarmUpTest {
    @Inject
    SyncWarmUp warmUp;
    @Inject
    BlockSourceWarmUp blockSourceWarmUp;
    @Inject
    SyncStateRepository state;

    @Test
    void readsTheCheckpointAndTheTipAndWritesNothing() {
        Optional<Integer> before = state.checkpoint().map(CheckpointItem::getHeight);

        warmUp.run();
        blockSourceWarmUp.run();

        assertThat(state.checkpoint().map(CheckpointItem::getHeight)).isEqualTo(before);
    }
}
