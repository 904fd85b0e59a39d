package org.blockstack.functions.verify;

import org.blockstack.functions.core.tokens.TokenCheck;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types Jackson reads or writes by reflection in these functions, registered so the native
 * Lambda build keeps them (Funqy registers the functions' own parameter and return types, not
 * the types nested inside them, such as a verdict's checks).
 */
@RegisterForReflection(targets = {TokenCheck.class, VerifyResult.class, AuthorizerEvent.class,
        AuthorizerResponse.class, ApiGatewayHttpEvent.class, ApiGatewayHttpResponse.class})
final class NativeReflection {
    private NativeReflection() {
    }
}
