package org.blockstack.functions.verify;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The direct-invocation tests against the built artifact (target/function.zip, or -Pnative's binary). */
@QuarkusIntegrationTest
class VerifyFunctionIT extends VerifyFunctionTest {
}
