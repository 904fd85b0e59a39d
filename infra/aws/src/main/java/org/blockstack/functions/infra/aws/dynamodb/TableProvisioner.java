package org.blockstack.functions.infra.aws.dynamodb;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.jboss.logging.Logger;

import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Creates the tables that do not exist yet and waits until they are active. Safe to run on
 * every start and from several processes at once. On AWS, Terraform owns the tables instead.
 */
public final class TableProvisioner {
    private static final Logger LOG = Logger.getLogger(TableProvisioner.class);

    private TableProvisioner() {
    }

    private static final Duration TABLE_POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration TABLE_WAIT_TIMEOUT = Duration.ofMinutes(10);

    public static void ensureTables(DynamoDbClient client, TableNames names) {
        Set<String> existing = new HashSet<>(client.listTablesPaginator().tableNames().stream().toList());
        for (Tables.Definition definition : Tables.ALL) {
            String name = names.of(definition.logicalName());
            if (!existing.contains(name)) {
                try {
                    client.createTable(Tables.createTableRequest(definition, names));
                    LOG.infof("created DynamoDB table %s", name);
                } catch (ResourceInUseException raced) {
                    // another process created it between our list and create: fine
                }
            }
            // polled often: the SDK's default first pause is 20 s, which a table still CREATING at the
            // first look (dynalite flips it to ACTIVE just after answering) always cost the tests
            client.waiter().waitUntilTableExists(b -> b.tableName(name), wait -> wait
                    .backoffStrategyV2(BackoffStrategy.fixedDelay(TABLE_POLL_INTERVAL))
                    .maxAttempts(Integer.MAX_VALUE).waitTimeout(TABLE_WAIT_TIMEOUT));
        }
    }
}
