package org.blockstack.functions.infra.aws;

import java.net.URI;
import java.util.Optional;

/**
 * Where the AWS clients connect. On AWS every endpoint is empty and credentials come from the
 * Lambda role; locally the endpoints point at the emulators and static keys are used.
 */
public record AwsSettings(
        String region,
        Optional<URI> dynamoDbEndpoint,
        Optional<URI> s3Endpoint,
        Optional<URI> eventBridgeEndpoint,
        Optional<StaticKeys> staticKeys) {

    /** Explicit access keys, for emulators (which check signatures but accept any account). */
    public record StaticKeys(String accessKeyId, String secretAccessKey) {
    }

    /** Without an EventBridge endpoint override (events go to AWS, or are not published). */
    public AwsSettings(String region, Optional<URI> dynamoDbEndpoint, Optional<URI> s3Endpoint,
            Optional<StaticKeys> staticKeys) {
        this(region, dynamoDbEndpoint, s3Endpoint, Optional.empty(), staticKeys);
    }

    public static AwsSettings aws(String region) {
        return new AwsSettings(region, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
