package org.blockstack.functions.sync;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.extracts.ExtractChunkCodec;
import org.blockstack.functions.infra.aws.extracts.ExtractStore;
import org.blockstack.functions.infra.aws.lambda.AsyncInvoker;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The catch-up configuration: where extracts are stored ({@code SYNC_EXTRACT_BUCKET}), how big a
 * chunk is, and which Lambda function sync fans extraction out to ({@code SYNC_EXTRACT_FUNCTION}).
 * Without a bucket there are no extracts; without a function, no fan-out (extracts can still be
 * made by invoking the extract function by hand, docs/sync-at-scale.md).
 */
@ApplicationScoped
public class CatchUpExtraction {
    @ConfigProperty(name = Settings.SYNC_EXTRACT_BUCKET)
    Optional<String> bucket;
    @ConfigProperty(name = Settings.SYNC_EXTRACT_CHUNK_BLOCKS, defaultValue = "100")
    int chunkBlocks;
    @ConfigProperty(name = Settings.SYNC_EXTRACT_FUNCTION)
    Optional<String> extractFunction;
    @ConfigProperty(name = Settings.SYNC_FANOUT_MIN_BLOCKS, defaultValue = "1000")
    int fanOutMinBlocks;
    @ConfigProperty(name = Settings.SYNC_FANOUT_AHEAD_BLOCKS, defaultValue = "20000")
    int fanOutAheadBlocks;
    @ConfigProperty(name = Settings.SYNC_FANOUT_CHUNKS_PER_INVOCATION, defaultValue = "10")
    int chunksPerInvocation;
    @ConfigProperty(name = Settings.LAMBDA_ENDPOINT)
    Optional<URI> lambdaEndpoint;
    @Inject
    NetworkSettings network;
    @Inject
    AwsSettings aws;
    @Inject
    S3Client s3;
    @Inject
    SyncStateRepository state;

    private volatile AsyncInvoker invoker;

    /** Where extracts are, if a bucket is configured. */
    public Optional<SyncEngine.Extracts> extracts() {
        if (chunkBlocks < 1) {
            throw new IllegalArgumentException(Settings.SYNC_EXTRACT_CHUNK_BLOCKS + " must be at least 1, got "
                    + chunkBlocks);
        }
        return bucket.filter(name -> !name.isBlank()).map(name -> new SyncEngine.Extracts(
                new ExtractStore(s3, name, new ExtractChunkCodec(new BnsExtractor(network.bnsParams()))), chunkBlocks));
    }

    /** The fan-out, when both a bucket and an extract function are configured. */
    SyncEngine.CatchUp fanOut() {
        Optional<String> function = extractFunction.filter(name -> !name.isBlank());
        if (function.isEmpty() || extracts().isEmpty()) {
            return SyncEngine.CatchUp.NONE;
        }
        AsyncInvoker current = invoker;
        if (current == null) {
            current = new AsyncInvoker(AwsClients.lambda(aws, lambdaEndpoint), function.get());
            invoker = current;
        }
        AsyncInvoker lambda = current;
        return new ExtractFanOut(state,
                new ExtractFanOut.Plan(fanOutMinBlocks, fanOutAheadBlocks, chunkBlocks, chunksPerInvocation),
                (from, to) -> lambda.invoke(ExtractRequest.json(from, to)));
    }
}
