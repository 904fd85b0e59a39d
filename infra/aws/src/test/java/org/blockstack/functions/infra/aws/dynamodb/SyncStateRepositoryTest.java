package org.blockstack.functions.infra.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The DynamoDB adapter through the AWS SDK against dynalite. */
class SyncStateRepositoryTest {
    @RegisterExtension
    static final DynaliteTables DB = new DynaliteTables("test-");
    private static final TableNames NAMES = DB.names();


    @Test
    void provisioningIsIdempotentAndOnDemand() {
        TableProvisioner.ensureTables(DB.client(), NAMES);
        for (Tables.Definition definition : Tables.ALL) {
            TableDescription table = DB.client().describeTable(b -> b.tableName(NAMES.of(definition.logicalName()))).table();
            assertThat(table.tableStatusAsString()).isEqualTo("ACTIVE");
            assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        }
        assertThat(DB.client().listTables().tableNames()).hasSize(Tables.ALL.size());
    }

    @Test
    void checkpointAndBlocksRoundTrip() {
        SyncStateRepository repository = new SyncStateRepository(
                DB.enhanced(), NAMES);

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
