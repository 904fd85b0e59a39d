package org.blockstack.functions.infra.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.blockstack.functions.emulators.DynaliteServer;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The DynamoDB adapter through the AWS SDK against dynalite. */
class SyncStateRepositoryTest {
    private static DynaliteServer dynalite;
    private static DynamoDbClient client;
    private static final TableNames NAMES = new TableNames("test-");

    @BeforeAll
    static void start() {
        dynalite = DynaliteServer.startInMemory();
        client = AwsClients.dynamoDb(new AwsSettings("us-east-1", Optional.of(dynalite.endpoint()), Optional.empty(),
                Optional.of(new AwsSettings.StaticKeys("local", "local"))));
        TableProvisioner.ensureTables(client, NAMES);
    }

    @AfterAll
    static void stop() {
        client.close();
        dynalite.close();
    }

    @Test
    void provisioningIsIdempotentAndOnDemand() {
        TableProvisioner.ensureTables(client, NAMES);
        for (Tables.Definition definition : Tables.ALL) {
            TableDescription table = client.describeTable(b -> b.tableName(NAMES.of(definition.logicalName()))).table();
            assertThat(table.tableStatusAsString()).isEqualTo("ACTIVE");
            assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        }
        assertThat(client.listTables().tableNames()).hasSize(Tables.ALL.size());
    }

    @Test
    void checkpointAndBlocksRoundTrip() {
        SyncStateRepository repository = new SyncStateRepository(
                DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), NAMES);

        CheckpointItem checkpoint = new CheckpointItem();
        checkpoint.setHeight(7);
        checkpoint.setBlockHash("ab".repeat(32));
        checkpoint.setLastBlockSeen(9);
        repository.saveCheckpoint(checkpoint);

        BlockItem block = new BlockItem();
        block.setHeight(7);
        block.setHash("ab".repeat(32));
        block.setParentHash("cd".repeat(32));
        repository.saveBlock(block);

        assertThat(repository.checkpoint()).get().satisfies(saved -> {
            assertThat(saved.getHeight()).isEqualTo(7);
            assertThat(saved.getLastBlockSeen()).isEqualTo(9);
        });
        assertThat(repository.block(7)).get().extracting(BlockItem::getParentHash).isEqualTo("cd".repeat(32));
        assertThat(repository.block(8)).isEmpty();
    }
}
