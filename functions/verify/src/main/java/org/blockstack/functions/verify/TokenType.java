package org.blockstack.functions.verify;

import java.util.Arrays;
import java.util.Optional;

import org.blockstack.functions.core.tokens.TokenKind;

/** The token kinds a caller may ask for; {@code auto} lets the verifier recognise the kind. */
public enum TokenType {
    AUTH_REQUEST("authRequest", TokenKind.AUTH_REQUEST),
    AUTH_RESPONSE("authResponse", TokenKind.AUTH_RESPONSE),
    PROFILE("profile", TokenKind.PROFILE),
    GAIA("gaia", TokenKind.GAIA),
    AUTO("auto", null);

    private final String wireName;
    private final TokenKind kind;

    TokenType(String wireName, TokenKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    public String wireName() {
        return wireName;
    }

    /** The kind this type asks for; empty for {@code auto}. */
    public Optional<TokenKind> kind() {
        return Optional.ofNullable(kind);
    }

    public static TokenType of(TokenKind kind) {
        return Arrays.stream(values()).filter(type -> type.kind == kind).findFirst().orElseThrow();
    }

    public static Optional<TokenType> fromWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    public static String allowedNames() {
        return String.join(", ", Arrays.stream(values()).map(TokenType::wireName).toList());
    }
}
