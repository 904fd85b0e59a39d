package org.blockstack.functions.infra.aws.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.infra.aws.dynamodb.bns.HistoryItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.KeyringItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.NameItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.NamespaceItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.PreorderItem;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainItem;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainRecordItem;

import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Every DynamoDB table the functions use, defined once by the static item schemas. Local table
 * creation derives from these; {@code docs/data-model.md} and Terraform describe the same tables.
 */
public final class Tables {
    /** A table: its logical name (prefixed per deployment) and the schema that owns its keys. */
    public record Definition(String logicalName, TableSchema<?> keySchema) {
    }

    public static final List<Definition> ALL = List.of(
            new Definition(BlockItem.TABLE, BlockItem.SCHEMA),
            new Definition(ChangeItem.TABLE, ChangeItem.SCHEMA),
            new Definition(NameItem.TABLE, NameItem.SCHEMA),
            new Definition(NamespaceItem.TABLE, NamespaceItem.SCHEMA),
            new Definition(PreorderItem.TABLE, PreorderItem.SCHEMA),
            new Definition(KeyringItem.TABLE, KeyringItem.SCHEMA),
            new Definition(HistoryItem.TABLE, HistoryItem.SCHEMA),
            new Definition(CheckpointItem.TABLE, CheckpointItem.SCHEMA),
            new Definition(RevocationItem.TABLE, RevocationItem.SCHEMA),
            new Definition(SubdomainRecordItem.TABLE, SubdomainRecordItem.SCHEMA),
            new Definition(SubdomainItem.TABLE, SubdomainItem.SCHEMA));

    private Tables() {
    }

    /** The on-demand {@code CreateTable} request for a definition, keys and indexes from its schema. */
    public static CreateTableRequest createTableRequest(Definition definition, TableNames names) {
        TableMetadata metadata = definition.keySchema().tableMetadata();
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        List<KeySchemaElement> primaryKey = keySchema(metadata, TableMetadata.primaryIndexName(), attributes);
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        metadata.indices().stream()
                .filter(index -> !index.name().equals(TableMetadata.primaryIndexName()))
                .forEach(index -> indexes.add(GlobalSecondaryIndex.builder()
                        .indexName(index.name())
                        .keySchema(keySchema(metadata, index.name(), attributes))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(names.of(definition.logicalName()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(primaryKey)
                .attributeDefinitions(attributes.values());
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(TableMetadata metadata, String indexName,
            Map<String, AttributeDefinition> attributes) {
        List<KeySchemaElement> elements = new ArrayList<>();
        String partitionKey = metadata.indexPartitionKey(indexName);
        elements.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
        attributes.putIfAbsent(partitionKey, attribute(metadata, partitionKey));
        metadata.indexSortKey(indexName).ifPresent(sortKey -> {
            elements.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
            attributes.putIfAbsent(sortKey, attribute(metadata, sortKey));
        });
        return elements;
    }

    private static AttributeDefinition attribute(TableMetadata metadata, String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(metadata.scalarAttributeType(name).orElseThrow(() ->
                        new IllegalStateException("key attribute " + name + " has no scalar type")))
                .build();
    }
}
