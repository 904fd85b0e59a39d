package org.blockstack.functions.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.SnapStartPriming;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The SnapStart checkpoint hook builds the clients of this function, which then serves as before. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SnapStartPrimingTest {
    @Inject
    SnapStartPriming priming;

    @Test
    void primingBeforeTheCheckpointLeavesAWorkingFunction() {
        priming.beforeCheckpoint(null);
        priming.afterRestore(null);

        given().get("/v1/info").then().statusCode(200).body("server_alive", equalTo(true));
    }
}
