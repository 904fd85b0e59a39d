package org.blockstack.functions.lookup;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.common.BuildInfo;
import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.CacheFor;
import org.blockstack.functions.lookup.http.CachePolicy;
import org.blockstack.functions.lookup.http.LookupApi;

/** {@code /v1/info} and the ping endpoints (read-api §10). */
@LookupApi
@Path("/v1")
public class NodeStatusResource {
    @Inject
    AnswerCache answers;
    @Inject
    NetworkSettings network;

    @GET
    @Path("/info")
    @CacheFor(CachePolicy.STATUS)
    public Response info() {
        return answers.get("core/info", this::info).toResponse();
    }

    private Answer info(Tip tip) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("consensus", tip.consensusHash());
        info.put("first_block", network.firstBlock());
        info.put("indexing", false);
        info.put("last_block_processed", tip.height());
        info.put("last_block_processed_hash", tip.blockHash());
        info.put("last_block_seen", tip.lastSeen());
        info.put("last_block_seen_hash", tip.lastSeenHash());
        info.put("server_alive", true);
        info.put("server_version", BuildInfo.serverVersion());
        info.put("testnet", network.network().isTestnet());
        return Answer.ok(info);
    }

    @GET
    @Path("/node/ping")
    @CacheFor(CachePolicy.STATUS)
    public Response nodePing() {
        return Answer.ok(Map.of("status", "alive", "version", BuildInfo.serverVersion())).toResponse();
    }

    @GET
    @Path("/ping")
    @CacheFor(CachePolicy.STATUS)
    public Response ping() {
        return nodePing();
    }
}
