package org.blockstack.functions.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.inject.Inject;

import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The hub's warm-up really reads DynamoDB: pointed at tables that do not exist, it fails. */
@QuarkusTest
@TestProfile(HubWarmUpWithoutTablesTest.MissingTables.class)
@WithTestResource(LocalStackTestResource.class)
class HubWarmUpWithoutTablesTest {
    public static class MissingTables implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("table.prefix", "no-such-tables-");
        }
    }

    @Inject
    HubWarmUp warmUp;

    @Test
    void failsWhenItsRevocationReadCannotBeMade() {
        assertThatThrownBy(warmUp::run).isInstanceOf(ResourceNotFoundException.class);
    }
}
