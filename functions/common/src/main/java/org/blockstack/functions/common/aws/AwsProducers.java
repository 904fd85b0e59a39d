package org.blockstack.functions.common.aws;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.core.bns.subdomains.SubdomainIndexer;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.RevocationRepository;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.DynamoSubdomainStore;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainReadIndex;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.ZoneFileArrivals;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.infra.aws.s3.ZonefileStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** One SDK client of each kind per function instance, built on first use from configuration. */
@ApplicationScoped
public class AwsProducers {
    @ConfigProperty(name = Settings.AWS_REGION, defaultValue = Settings.DEFAULT_REGION)
    String region;
    @ConfigProperty(name = Settings.DYNAMODB_ENDPOINT)
    Optional<URI> dynamoDbEndpoint;
    @ConfigProperty(name = Settings.S3_ENDPOINT)
    Optional<URI> s3Endpoint;
    @ConfigProperty(name = Settings.EMULATOR_ACCESS_KEY_ID)
    Optional<String> accessKeyId;
    @ConfigProperty(name = Settings.EMULATOR_SECRET_ACCESS_KEY)
    Optional<String> secretAccessKey;
    @ConfigProperty(name = Settings.TABLE_PREFIX, defaultValue = TableNames.DEFAULT_PREFIX)
    String tablePrefix;
    @ConfigProperty(name = Settings.ZONEFILE_BUCKET, defaultValue = Settings.DEFAULT_ZONEFILE_BUCKET)
    String zonefileBucket;

    @Produces
    @Singleton
    AwsSettings awsSettings() {
        Optional<AwsSettings.StaticKeys> keys = accessKeyId.flatMap(id -> secretAccessKey
                .map(secret -> new AwsSettings.StaticKeys(id, secret)));
        return new AwsSettings(region, dynamoDbEndpoint, s3Endpoint, keys);
    }

    @Produces
    @Singleton
    TableNames tableNames() {
        return new TableNames(tablePrefix);
    }

    @Produces
    @Singleton
    DynamoDbClient dynamoDbClient(AwsSettings settings) {
        return AwsClients.dynamoDb(settings);
    }

    void closeDynamoDb(@Disposes DynamoDbClient client) {
        client.close();
    }

    @Produces
    @Singleton
    DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    @Produces
    @Singleton
    S3Client s3Client(AwsSettings settings) {
        return AwsClients.s3(settings);
    }

    void closeS3(@Disposes S3Client client) {
        client.close();
    }

    @Produces
    @Singleton
    SyncStateRepository syncStateRepository(DynamoDbEnhancedClient client, TableNames names) {
        return new SyncStateRepository(client, names);
    }

    @Produces
    @Singleton
    BnsReadIndex bnsReadIndex(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        return new BnsReadIndex(client, enhanced, names);
    }

    @Produces
    @Singleton
    ZonefileStore zonefileStore(S3Client s3) {
        return new ZonefileStore(s3, zonefileBucket);
    }

    @Produces
    @Singleton
    SubdomainReadIndex subdomainReadIndex(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        return new SubdomainReadIndex(client, enhanced, names);
    }

    /** Indexes zone files for subdomains as they become available (docs/subdomains.md). */
    @Produces
    @Singleton
    ZoneFileArrivals zoneFileArrivals(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        return new ZoneFileArrivals(enhanced, names,
                new SubdomainIndexer(new DynamoSubdomainStore(client, enhanced, names)));
    }

    @Produces
    @Singleton
    RevocationRepository revocationRepository(DynamoDbEnhancedClient client, TableNames names) {
        return new RevocationRepository(client, names);
    }
}
