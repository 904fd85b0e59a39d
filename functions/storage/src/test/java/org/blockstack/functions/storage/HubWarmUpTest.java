package org.blockstack.functions.storage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.dynamodb.RevocationRepository;
import org.blockstack.functions.local.LocalStackTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.s3.S3Client;

/** The hub's warm-up reaches S3 and DynamoDB as a first write would, and stores nothing. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class HubWarmUpTest {
    @Inject
    HubWarmUp warmUp;
    @Inject
    RevocationRepository revocations;
    @Inject
    S3Client s3;

    @Test
    void readsBothStoresAndWritesNothing() {
        warmUp.run();

        assertThat(revocations.find(HubWarmUp.NOBODYS_ADDRESS)).isEmpty();
        String bucket = ConfigProvider.getConfig().getOptionalValue(Settings.GAIA_BUCKET, String.class)
                .orElse(Settings.DEFAULT_GAIA_BUCKET);
        assertThat(s3.listObjectsV2(list -> list.bucket(bucket).prefix(HubWarmUp.NOBODYS_ADDRESS)).contents())
                .isEmpty();
    }
}
