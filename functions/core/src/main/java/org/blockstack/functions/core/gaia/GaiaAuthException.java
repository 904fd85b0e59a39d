package org.blockstack.functions.core.gaia;

import java.util.Optional;

/**
 * A Gaia request is not authorised: the token could not be read, or one of the rules of tokens
 * spec §6.5–§6.8 failed. The message is the reference hub's wording where it has one (clients
 * show it), and {@link #rule()} names the rule for callers that report checks one by one.
 */
public final class GaiaAuthException extends GaiaHubException {
    /** The rule a token broke, in the order the hub applies them. */
    public enum Rule {
        /** The header or token could not be parsed (including malformed scopes). */
        FORMAT,
        /** The token was issued before the bucket's revocation timestamp, or carries no {@code iat}. */
        REVOCATION,
        /** {@code iss} is not a secp256k1 public key. */
        ISSUER,
        /** The address of {@code iss} is not the bucket's. */
        BUCKET_ADDRESS,
        /** The token's {@code hubUrl} is not one this hub answers to. */
        HUB_URL,
        /** The ES256K (or legacy DER) signature does not verify. */
        SIGNATURE,
        /** The challenge text is not one this hub accepts. */
        CHALLENGE,
        /** {@code exp} is in the past (or is not a number). */
        EXPIRY,
        /** The association token is malformed, unsigned, expired or names another key. */
        ASSOCIATION_TOKEN,
        /** The signing address is not on the hub's whitelist. */
        WHITELIST,
        /** The token's scopes do not cover the requested path. */
        SCOPE
    }

    /** The reference hub's message for every header or token that cannot be read. */
    public static final String UNPARSEABLE = "Failed to parse authentication header.";

    private final Rule rule;
    private final String detail;

    /** A header or token that cannot be read; {@code detail} says why. */
    public static GaiaAuthException unparseable(String detail) {
        return new GaiaAuthException(Rule.FORMAT, UNPARSEABLE, detail);
    }

    public GaiaAuthException(Rule rule, String message) {
        this(rule, message, message);
    }

    /**
     * @param message the reference hub's wording, sent to clients
     * @param detail  what exactly was wrong, where the reference wording is generic
     *                (e.g. "Failed to parse authentication header.")
     */
    public GaiaAuthException(Rule rule, String message, String detail) {
        super(message);
        this.rule = rule;
        this.detail = detail;
    }

    public Rule rule() {
        return rule;
    }

    /** What exactly was wrong; equals the message unless the message is the reference's generic one. */
    public String detail() {
        return detail;
    }

    /** Every authentication or authorisation failure is a 401. */
    @Override
    public int status() {
        return 401;
    }

    /**
     * Revocation failures are {@code AuthTokenTimestampValidationError}, all others
     * {@code ValidationError} (gaia-hub §2.3).
     */
    @Override
    public Optional<String> errorName() {
        return Optional.of(rule == Rule.REVOCATION ? "AuthTokenTimestampValidationError" : "ValidationError");
    }
}
