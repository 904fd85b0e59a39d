package org.blockstack.functions.infra.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blockstack.functions.emulators.DynaliteServer;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Revocation timestamps through the AWS SDK against dynalite. */
class RevocationRepositoryTest {
    private static DynaliteServer dynalite;
    private static DynamoDbClient client;
    private static RevocationRepository revocations;

    @BeforeAll
    static void start() {
        dynalite = DynaliteServer.startInMemory();
        client = AwsClients.dynamoDb(new AwsSettings("us-east-1", Optional.of(dynalite.endpoint()), Optional.empty(),
                Optional.of(new AwsSettings.StaticKeys("local", "local"))));
        TableNames names = new TableNames("rev-");
        TableProvisioner.ensureTables(client, names);
        revocations = new RevocationRepository(DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), names);
    }

    @AfterAll
    static void stop() {
        client.close();
        dynalite.close();
    }

    @Test
    void timestampsOnlyEverRise() {
        assertThat(revocations.find("1Rise")).isEmpty();
        assertThat(revocations.raise("1Rise", 1700000000)).isEqualTo(1700000000);
        assertThat(revocations.raise("1Rise", 1600000000)).as("a lower value is ignored").isEqualTo(1700000000);
        assertThat(revocations.find("1Rise")).hasValue(1700000000);
        assertThat(revocations.raise("1Rise", 4102444800L)).isEqualTo(4102444800L);
        assertThat(revocations.find("1Rise")).hasValue(4102444800L);
    }

    @Test
    void createIfAbsentNeverOverwrites() {
        assertThat(revocations.createIfAbsent("1Carried", 0)).isEqualTo(0);
        assertThat(revocations.find("1Carried")).hasValue(0);
        assertThat(revocations.raise("1Carried", 1650000000)).isEqualTo(1650000000);
        assertThat(revocations.createIfAbsent("1Carried", 0)).isEqualTo(1650000000);
        assertThat(revocations.find("1Carried")).hasValue(1650000000);
    }

    @Test
    void concurrentRaisesKeepTheHighest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> raises = new ArrayList<>();
            for (long t = 1; t <= 16; t++) {
                long seconds = 1700000000 + t * 7 % 16;
                raises.add(pool.submit(() -> revocations.raise("1Race", seconds)));
            }
            for (Future<Long> raise : raises) {
                raise.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(revocations.find("1Race")).hasValue(1700000015);
    }
}
