package org.blockstack.functions.verify;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The API Gateway route tests against the built artifact (target/function.zip, or -Pnative's binary). */
@QuarkusIntegrationTest
class VerifyHttpFunctionIT extends VerifyHttpFunctionTest {
}
