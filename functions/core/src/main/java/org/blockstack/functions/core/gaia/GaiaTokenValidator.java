package org.blockstack.functions.core.gaia;

import static org.blockstack.functions.core.tokens.JsValues.isTruthy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import org.blockstack.functions.core.gaia.GaiaAuthException.Rule;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.MalformedTokenException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Judges Gaia authentication tokens as the reference hub does (tokens spec §6), in its exact
 * order and with its messages, but answering every bad input with a {@link GaiaAuthException}
 * (the reference crashes with a 500 on some, e.g. an {@code iss} that is not a curve point).
 *
 * <p>Usage by a hub, for {@code POST /store/<address>/…}:
 * <pre>{@code
 * GaiaValidationContext context = GaiaValidationContext.at(Instant.now())
 *         .forBucket(address).forServer(serverName).revokedBefore(revocationSeconds);
 * GaiaAuthorization auth = GaiaTokenValidator.validateHeader(request.header("Authorization"), context);
 * auth.scopes().checkWrite(address, path);
 * }</pre>
 * Usage by a verifier judging a token alone (no challenge text, revocation or scopes):
 * {@code validateV1Token("v1:eyJ…" or "eyJ…", GaiaValidationContext.at(now))}, with
 * {@code .forBucket(hint)} when an address hint is given. See {@link GaiaValidationContext} for
 * which rule needs which input.
 *
 * <p>Beyond the reference: the token header's {@code alg} must be ES256K (any letter case), as
 * the tokens spec §2.4 recommends; {@code exp} and {@code iat} claims that are not numbers fail
 * instead of passing silently.
 */
public final class GaiaTokenValidator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GaiaTokenValidator() {
    }

    /**
     * Judges an {@code Authorization} header: {@code bearer v1:<JWT>} or legacy
     * {@code bearer <base64>}. {@code bearer} in any letter case, followed by exactly one space.
     */
    public static GaiaAuthorization validateHeader(String authorizationHeader, GaiaValidationContext context)
            throws GaiaAuthException {
        if (authorizationHeader == null || !authorizationHeader.toLowerCase(Locale.ROOT).startsWith("bearer")) {
            throw GaiaAuthException.unparseable("the Authorization header must be 'bearer v1:<token>'"
                    + (authorizationHeader == null ? ", and there is none" : ""));
        }
        String token = authorizationHeader.length() > "bearer ".length()
                ? authorizationHeader.substring("bearer ".length()) : "";
        return validateToken(token, context);
    }

    /** Judges the token part of the header: {@code v1:<JWT>}, or legacy base64 (no {@code :}). */
    public static GaiaAuthorization validateToken(String token, GaiaValidationContext context)
            throws GaiaAuthException {
        int colon = token.indexOf(':');
        if (colon < 0) {
            return LegacyGaiaToken.parse(token).validate(context);
        }
        String version = token.substring(0, colon);
        if (!version.equals("v1")) {
            throw GaiaAuthException.unparseable("unknown token version '" + version + "', expected v1");
        }
        return validateV1(token.substring(colon + 1), context);
    }

    /**
     * Judges a v1 token given as {@code v1:<JWT>} or as the bare compact JWT, as a verifier that
     * holds the token alone does (a hub only ever sees the {@code v1:} form in its header).
     */
    public static GaiaAuthorization validateV1Token(String token, GaiaValidationContext context)
            throws GaiaAuthException {
        if (token == null) {
            throw GaiaAuthException.unparseable("there is no token");
        }
        return validateV1(token.startsWith("v1:") ? token.substring(3) : token, context);
    }

    private static GaiaAuthorization validateV1(String jwt, GaiaValidationContext context) throws GaiaAuthException {
        CompactToken token = decode(jwt, GaiaAuthException::unparseable);
        Map<String, Object> payload = token.payload();
        Object iss = payload.get("iss");
        if (!isTruthy(iss)) {
            throw GaiaAuthException.unparseable("the token has no iss claim");
        }
        GaiaScopes scopes = isTruthy(payload.get("scopes")) ? GaiaScopes.parse(payload.get("scopes"))
                : GaiaScopes.NONE;

        OptionalDouble issuedAt = JsValues.numeric(payload.get("iat"));
        checkRevocation(payload.get("iat"), issuedAt, context.oldestValidTimestamp());

        String issuer = iss instanceof String key ? key : null;
        String issuerAddress = address(issuer, context, Rule.ISSUER, "iss");
        if (context.bucketAddress().isPresent() && !context.bucketAddress().get().equals(issuerAddress)) {
            throw new GaiaAuthException(Rule.BUCKET_ADDRESS, "Address not allowed to write on this path",
                    "the token's iss owns bucket " + issuerAddress + ", not " + context.bucketAddress().get());
        }
        if (context.requiredHubUrls().isPresent()) {
            checkHubUrl(payload.get("hubUrl"), context);
        }
        if (!context.cache().signedBy(token, issuer)) {
            throw new GaiaAuthException(Rule.SIGNATURE, "Failed to verify supplied authentication JWT");
        }
        if (context.serverName().isPresent()) {
            checkChallenge(payload.get("gaiaChallenge"), GaiaChallenge.accepted(context.serverName().get()));
        }
        checkNotExpired(payload.get("exp"), context, Rule.EXPIRY, "Expired authentication token");

        String signingAddress = isTruthy(payload.get("associationToken"))
                ? checkAssociationToken(payload.get("associationToken"), issuerAddress, context)
                : issuerAddress;
        checkWhitelist(signingAddress, context);
        return new GaiaAuthorization(GaiaAuthorization.Version.V1, issuer, issuerAddress, signingAddress, scopes,
                issuedAt);
    }

    private static void checkRevocation(Object iatClaim, OptionalDouble issuedAt, long oldestValidTimestamp)
            throws GaiaAuthException {
        if (oldestValidTimestamp <= 0) {
            return;
        }
        String requirement = "Gaia bucket requires auth token issued after " + oldestValidTimestamp;
        if (!isTruthy(iatClaim)) {
            throw new GaiaAuthException(Rule.REVOCATION, requirement + " but this token has no creation timestamp."
                    + " This token may have been revoked by the user.");
        }
        if (issuedAt.isEmpty() || issuedAt.getAsDouble() < oldestValidTimestamp) {
            throw new GaiaAuthException(Rule.REVOCATION, requirement + " but this token was issued "
                    + JsValues.string(iatClaim) + ". This token may have been revoked by the user.");
        }
    }

    private static void checkHubUrl(Object claim, GaiaValidationContext context) throws GaiaAuthException {
        Set<String> valid = new TreeSet<>(context.requiredHubUrls().orElseThrow());
        context.serverName().ifPresent(name -> valid.add("https://" + name));
        if (!isTruthy(claim)) {
            throw new GaiaAuthException(Rule.HUB_URL,
                    "Authentication must provide a claimed hub. You may need to update stacks.js.",
                    "the token has no hubUrl claim; expected one of " + json(List.copyOf(valid)));
        }
        String claimed = JsValues.string(claim);
        if (claimed.endsWith("/")) {
            claimed = claimed.substring(0, claimed.length() - 1);
        }
        if (!valid.contains(claimed)) {
            throw new GaiaAuthException(Rule.HUB_URL, "Auth token's claimed hub url '" + claimed
                    + "' not found in this hubs set: " + json(List.copyOf(valid)));
        }
    }

    private static void checkChallenge(Object claim, List<String> accepted) throws GaiaAuthException {
        if (!(claim instanceof String challenge) || !accepted.contains(challenge)) {
            throw new GaiaAuthException(Rule.CHALLENGE, "Invalid gaiaChallenge text in supplied JWT: \""
                    + JsValues.string(claim) + "\" not found in " + json(accepted));
        }
    }

    private static void checkNotExpired(Object claim, GaiaValidationContext context, Rule rule, String what)
            throws GaiaAuthException {
        if (!isTruthy(claim)) {
            return;
        }
        OptionalDouble exp = JsValues.numeric(claim);
        double nowSeconds = context.now().toEpochMilli() / 1000.0;
        if (exp.isEmpty() || exp.getAsDouble() < nowSeconds) {
            String message = what + ": expire time of " + JsValues.string(claim) + " (secs since epoch)";
            throw new GaiaAuthException(rule, message, exp.isEmpty() ? "exp is not a number" : message);
        }
    }

    /**
     * The association token (tokens spec §6.4): signed by its {@code iss} (the identity key),
     * unexpired, naming the bucket's key as {@code childToAssociate}. Returns the signing address.
     */
    private static String checkAssociationToken(Object claim, String bucketAddress, GaiaValidationContext context)
            throws GaiaAuthException {
        if (!(claim instanceof String text)) {
            throw association("checkAssociationToken: Failed to decode association token in JWT");
        }
        CompactToken token = decode(text,
                why -> association("checkAssociationToken: Failed to decode association token in JWT"));
        Map<String, Object> payload = token.payload();
        if (!isTruthy(payload.get("iss"))) {
            throw association("Must provide `iss` claim in association JWT.");
        }
        if (!isTruthy(payload.get("childToAssociate"))) {
            throw association("Must provide `childToAssociate` claim in association JWT.");
        }
        if (!isTruthy(payload.get("exp"))) {
            throw association("Must provide `exp` claim in association JWT.");
        }
        String identityKey = payload.get("iss") instanceof String key ? key : null;
        String identityAddress = address(identityKey, context, Rule.ASSOCIATION_TOKEN, "association token iss");
        if (!context.cache().signedBy(token, identityKey)) {
            throw association("Failed to verify association JWT: invalid issuer");
        }
        checkNotExpired(payload.get("exp"), context, Rule.ASSOCIATION_TOKEN, "Expired association token");
        Object childKey = payload.get("childToAssociate");
        String childAddress = address(childKey instanceof String key ? key : null, context, Rule.ASSOCIATION_TOKEN,
                "association token childToAssociate");
        if (!childAddress.equals(bucketAddress)) {
            throw association("Association token child key " + childKey + " does not match " + bucketAddress);
        }
        return identityAddress;
    }

    static void checkWhitelist(String signingAddress, GaiaValidationContext context) throws GaiaAuthException {
        if (context.whitelist().isPresent() && !context.whitelist().get().contains(signingAddress)) {
            throw new GaiaAuthException(Rule.WHITELIST, "Address " + signingAddress + " not authorized for writes");
        }
    }

    private static GaiaAuthException association(String message) {
        return new GaiaAuthException(Rule.ASSOCIATION_TOKEN, message);
    }

    /**
     * The bucket address of a claim that must be a secp256k1 public key in hex (null when the
     * claim is not a string); the reference answers 500 when it is not a key.
     */
    private static String address(String key, GaiaValidationContext context, Rule rule, String claimName)
            throws GaiaAuthException {
        if (key == null) {
            throw new GaiaAuthException(rule, "The " + claimName + " claim must be a hex public key");
        }
        try {
            return context.cache().bucketAddress(key);
        } catch (IllegalArgumentException e) {
            throw new GaiaAuthException(rule, "The " + claimName + " claim is not a secp256k1 public key: "
                    + e.getMessage());
        }
    }

    private interface FailureFactory {
        GaiaAuthException failure(String why);
    }

    private static CompactToken decode(String jwt, FailureFactory failure) throws GaiaAuthException {
        try {
            return CompactToken.parse(jwt);
        } catch (MalformedTokenException e) {
            throw failure.failure(e.getMessage());
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
