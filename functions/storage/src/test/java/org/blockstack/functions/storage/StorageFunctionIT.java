package org.blockstack.functions.storage;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The hub tests against the built artifact (target/function.zip, or -Pnative's binary). */
@QuarkusIntegrationTest
class StorageFunctionIT extends HubInfoResourceTest {
}
