package org.blockstack.functions.infra.aws.dynamodb;

import java.util.Optional;

import org.blockstack.functions.emulators.DynaliteServer;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An in-memory dynalite with every table of {@link Tables#ALL} under a prefix, for a test class:
 * {@code @RegisterExtension static final DynaliteTables DB = new DynaliteTables("x-");}
 */
public final class DynaliteTables implements BeforeAllCallback, AfterAllCallback {
    private final TableNames names;
    private DynaliteServer dynalite;
    private DynamoDbClient client;
    private DynamoDbEnhancedClient enhanced;

    public DynaliteTables(String prefix) {
        this.names = new TableNames(prefix);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        dynalite = DynaliteServer.startInMemory();
        client = AwsClients.dynamoDb(new AwsSettings("us-east-1", Optional.of(dynalite.endpoint()), Optional.empty(),
                Optional.of(new AwsSettings.StaticKeys("local", "local"))));
        TableProvisioner.ensureTables(client, names);
        enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        dynalite.close();
    }

    public TableNames names() {
        return names;
    }

    public DynamoDbClient client() {
        return client;
    }

    public DynamoDbEnhancedClient enhanced() {
        return enhanced;
    }
}
