package org.blockstack.functions.verify;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class VerifyFunctionIT extends VerifyFunctionTest {
}
