package org.blockstack.functions.verify;

import java.util.Arrays;
import java.util.Optional;

/** The token kinds a caller may ask for; {@code auto} lets the verifier recognise the kind. */
public enum TokenType {
    AUTH_REQUEST("authRequest"),
    AUTH_RESPONSE("authResponse"),
    PROFILE("profile"),
    GAIA("gaia"),
    AUTO("auto");

    private final String wireName;

    TokenType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TokenType> fromWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    public static String allowedNames() {
        return String.join(", ", Arrays.stream(values()).map(TokenType::wireName).toList());
    }
}
