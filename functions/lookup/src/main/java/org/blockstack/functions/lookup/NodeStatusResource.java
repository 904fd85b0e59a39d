package org.blockstack.functions.lookup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.blockstack.functions.common.BuildInfo;
import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;

/** {@code /v1/info} and the ping endpoints (read-api §10). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NodeStatusResource {
    @Inject
    SyncStateRepository syncState;
    @Inject
    NetworkSettings network;

    @GET
    @Path("/info")
    public Map<String, Object> info() {
        Optional<CheckpointItem> checkpoint = syncState.checkpoint();
        int lastProcessed = checkpoint.map(CheckpointItem::getHeight).orElse(network.firstBlock() - 1);
        int lastSeen = checkpoint.map(CheckpointItem::getLastBlockSeen).orElse(lastProcessed);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("consensus", null);
        info.put("first_block", network.firstBlock());
        info.put("indexing", false);
        info.put("last_block_processed", lastProcessed);
        info.put("last_block_processed_hash", checkpoint.map(CheckpointItem::getBlockHash).orElse(null));
        info.put("last_block_seen", lastSeen);
        info.put("last_block_seen_hash", checkpoint.map(CheckpointItem::getLastBlockSeenHash).orElse(null));
        info.put("server_alive", true);
        info.put("server_version", BuildInfo.serverVersion());
        info.put("testnet", network.network().isTestnet());
        return info;
    }

    @GET
    @Path("/node/ping")
    public Map<String, Object> nodePing() {
        return Map.of("status", "alive", "version", BuildInfo.serverVersion());
    }

    @GET
    @Path("/ping")
    public Map<String, Object> ping() {
        return nodePing();
    }
}
