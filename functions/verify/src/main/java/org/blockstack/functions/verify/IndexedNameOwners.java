package org.blockstack.functions.verify;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.auth.NameOwners;
import org.blockstack.functions.core.bns.operations.OperationContext;
import org.blockstack.functions.core.bns.state.BlockOverlay;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.bns.DynamoBnsState;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/**
 * Who owns a name, from the BNS index sync writes: the name's record, if it is registered and
 * not revoked at the last processed block (expiry and grace by the BNS rules). An index that
 * cannot answer (not reachable, nothing synced yet) is said so, never guessed.
 *
 * <p>The DynamoDB clients are resolved on the first question, not when the verifier is built: most
 * tokens (auth requests, Gaia tokens) never ask who owns a name, and building the SDK client is
 * the largest part of a cold start (docs/benchmarks.md).
 */
@Singleton
public class IndexedNameOwners implements NameOwners {
    @Inject
    Instance<DynamoDbEnhancedClient> dynamoDb;
    @Inject
    TableNames tables;
    @Inject
    Instance<SyncStateRepository> syncState;
    @Inject
    NetworkSettings network;

    @Override
    public NameOwnership ownerOf(String name) {
        try {
            Optional<Integer> processed = syncState.get().checkpoint().map(CheckpointItem::getHeight);
            if (processed.isEmpty()) {
                return new NameOwnership.Unknown("the BNS index has not processed any block yet");
            }
            DynamoBnsState index = new DynamoBnsState(dynamoDb.get(), tables);
            Optional<NameRecord> record = index.name(name);
            if (record.isEmpty()) {
                return new NameOwnership.NotRegistered();
            }
            int height = processed.get();
            OperationContext rules = new OperationContext(network.bnsParams(), height + 1, new BlockOverlay(index), false);
            if (record.get().revoked() || !rules.isLive(record.get(), height)) {
                return new NameOwnership.NotRegistered();
            }
            return new NameOwnership.Owned(record.get().address());
        } catch (SdkException | IllegalArgumentException e) {
            return new NameOwnership.Unknown("the BNS index cannot be read: " + e.getMessage());
        }
    }
}
