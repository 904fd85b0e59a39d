package org.blockstack.functions.common.aws;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import io.quarkus.runtime.Startup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * With Lambda SnapStart (JVM deployments), builds the SDK clients before the snapshot is taken, so
 * restored functions start with them ready: building them (TLS context, SDK classes) is the largest
 * part of a JVM function's first event (docs/benchmarks.md). Nothing is called: credentials are
 * still resolved after restore. Without SnapStart the hook never runs and clients stay lazy.
 */
@Startup
@ApplicationScoped
public class SnapStartPriming implements Resource {
    @Inject
    Instance<DynamoDbClient> dynamoDb;
    @Inject
    Instance<S3Client> s3;

    @PostConstruct
    void register() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        dynamoDb.get().serviceClientConfiguration();
        s3.get().serviceClientConfiguration();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing: the clients hold no connection or credentials from before the snapshot
    }
}
