package org.blockstack.functions.lookup.chain;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last processed block, read from the sync checkpoint at most once per
 * {@code LOOKUP_CACHE_TTL}: every answer depends on it (expiry, listings, ETags), and a new block
 * arrives every ten minutes, so one reading serves every request in between.
 */
@ApplicationScoped
public class ChainTip {
    @Inject
    SyncStateRepository syncState;
    @Inject
    NetworkSettings network;
    @Inject
    StoreCalls store;
    @ConfigProperty(name = Settings.LOOKUP_CACHE_TTL, defaultValue = "5s")
    Duration ttl;

    private volatile Reading reading;

    private record Reading(Tip tip, long readAtNanos) {
    }

    public Tip current() {
        Reading last = reading;
        long now = System.nanoTime();
        if (last != null && now - last.readAtNanos() < ttl.toNanos()) {
            return last.tip();
        }
        Tip tip = read();
        reading = new Reading(tip, now);
        return tip;
    }

    private Tip read() {
        Optional<CheckpointItem> checkpoint = store.call(syncState::checkpoint);
        if (checkpoint.isEmpty()) {
            int before = network.firstBlock() - 1;
            return new Tip(before, null, null, before, null);
        }
        CheckpointItem item = checkpoint.get();
        int height = item.getHeight();
        String consensusHash = store.call(() -> syncState.block(height)).map(BlockItem::getConsensusHash).orElse(null);
        int lastSeen = item.getLastBlockSeen() == null ? height : item.getLastBlockSeen();
        return new Tip(height, item.getBlockHash(), consensusHash, lastSeen, item.getLastBlockSeenHash());
    }
}
