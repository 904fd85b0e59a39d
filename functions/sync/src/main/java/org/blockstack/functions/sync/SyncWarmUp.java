package org.blockstack.functions.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;

/**
 * Every sync run starts by reading its checkpoint and the block source's tip: both reads, made while
 * the function starts, build the DynamoDB client and the source's HTTP client and open their
 * connections. Nothing is written; the run reads both again.
 */
@ApplicationScoped
public class SyncWarmUp implements WarmUp {
    @Inject
    SyncStateRepository state;
    @Inject
    BlockSources sources;

    @Override
    public void run() {
        state.checkpoint();
        try {
            sources.source().tipHeight();
        } catch (BlockSourceException e) {
            throw new IllegalStateException(e);
        }
    }
}
