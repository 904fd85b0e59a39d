package org.blockstack.functions.infra.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Builds the SDK clients every function shares, from {@link AwsSettings}. */
public final class AwsClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb(AwsSettings settings) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClient(httpClient())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(20))
                        .build());
        settings.dynamoDbEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** An S3 client that streams request bodies of any size (aws-chunked encoding). */
    public static S3Client s3(AwsSettings settings) {
        return s3(settings, true);
    }

    /**
     * An S3 client for bodies already in memory: each is sent in one piece with its checksum in
     * a header instead of aws-chunked framing. Cheaper for small objects, notably over plain HTTP
     * to an emulator, where every chunk would be signed.
     */
    public static S3Client s3ForSmallObjects(AwsSettings settings) {
        return s3(settings, false);
    }

    private static S3Client s3(AwsSettings settings, boolean chunkedEncoding) {
        S3Configuration.Builder s3 = S3Configuration.builder().chunkedEncodingEnabled(chunkedEncoding);
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClient(httpClient());
        settings.s3Endpoint().ifPresent(endpoint -> {
            builder.endpointOverride(endpoint);
            // emulators have no per-bucket DNS names
            s3.pathStyleAccessEnabled(true);
        });
        return builder.serviceConfiguration(s3.build()).build();
    }

    public static EventBridgeClient eventBridge(AwsSettings settings) {
        var builder = EventBridgeClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClient(httpClient());
        settings.eventBridgeEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** @param endpoint a Lambda API endpoint override (emulators); empty on AWS */
    public static LambdaClient lambda(AwsSettings settings, Optional<URI> endpoint) {
        var builder = LambdaClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClient(httpClient());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(AwsSettings settings) {
        return settings.staticKeys()
                .<AwsCredentialsProvider>map(keys -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    /**
     * One HTTP client for every SDK client of the process: each {@code UrlConnectionHttpClient}
     * builds its own TLS context (the JDK's CA certificates read and parsed again), a cost every
     * further client would add to a cold start. Shared clients are not closed with the SDK clients
     * that use them; this one holds no connections of its own (the JDK's keep-alive cache does).
     */
    private static SdkHttpClient httpClient() {
        return SharedHttpClient.INSTANCE;
    }

    private static final class SharedHttpClient {
        static final SdkHttpClient INSTANCE = UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
    }
}
