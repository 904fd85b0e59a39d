package org.blockstack.functions.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenKind;
import org.jboss.logging.Logger;

/**
 * Admits requests that carry {@code Authorization: bearer <token>} with a valid Blockstack auth
 * response or Gaia token, so any HTTP API can serve Blockstack-authenticated users. Everything
 * else, and anything that goes wrong, is a denial; nothing is thrown to API Gateway.
 *
 * <p>The context names who was admitted: {@code issuerAddress} (the auth response's DID address,
 * or the Gaia bucket address), {@code issuer} (as the token names it), {@code tokenType}, and
 * {@code username} only when the name index confirmed the issuer owns it.
 */
@Singleton
public class BearerTokenAuthorizer {
    private static final Logger LOG = Logger.getLogger(BearerTokenAuthorizer.class);
    /** The scheme in any letter case, then spaces, then the token (Gaia clients write "bearer v1:…"). */
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");

    private final VerifyService verifier;

    @Inject
    public BearerTokenAuthorizer(VerifyService verifier) {
        this.verifier = verifier;
    }

    public AuthorizerResponse authorize(AuthorizerEvent event) {
        try {
            String header = event == null ? null : event.authorization();
            if (header == null) {
                return denied("no Authorization header");
            }
            Matcher bearer = BEARER.matcher(header);
            if (!bearer.matches()) {
                return denied("Authorization is not \"bearer <token>\"");
            }
            String token = bearer.group(1);
            if (token.length() > VerifyRequest.MAX_TOKEN_BYTES) {
                return denied("token is larger than " + VerifyRequest.MAX_TOKEN_BYTES + " bytes");
            }
            VerifyService.Judgement judgement = verifier.judge(token, TokenType.AUTO, TokenHints.NONE);
            if (judgement.kind() != TokenKind.AUTH_RESPONSE && judgement.kind() != TokenKind.GAIA) {
                return denied("only auth response and Gaia tokens are admitted, this is "
                        + (judgement.kind() == null ? "not a recognisable token" : "a " + TokenType.of(judgement.kind()).wireName()
                        + " token"));
            }
            if (!judgement.verdict().valid()) {
                Optional<TokenCheck> failed = judgement.verdict().checks().stream().filter(check -> !check.ok()).findFirst();
                return denied(failed.map(check -> check.name() + ": " + check.reason()).orElse("no rule was applied"));
            }
            Map<String, String> context = new LinkedHashMap<>();
            context.put("tokenType", TokenType.of(judgement.kind()).wireName());
            putIfPresent(context, "issuer", judgement.verdict().issuer());
            putIfPresent(context, "issuerAddress", judgement.verdict().issuerAddress());
            putIfPresent(context, "username", judgement.verdict().username());
            return new AuthorizerResponse(true, context);
        } catch (RuntimeException e) {
            LOG.errorf(e, "authorizer failed; denying");
            return AuthorizerResponse.deny();
        }
    }

    private static void putIfPresent(Map<String, String> context, String key, String value) {
        if (value != null) {
            context.put(key, value);
        }
    }

    private static AuthorizerResponse denied(String reason) {
        LOG.debugf("denied: %s", reason);
        return AuthorizerResponse.deny();
    }
}
