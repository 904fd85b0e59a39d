package org.blockstack.functions.verify;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Admits requests that carry {@code Authorization: bearer <token>} with a valid Blockstack auth
 * response or Gaia token, so any HTTP API can serve Blockstack-authenticated users. Everything
 * else, and anything that goes wrong, is a denial; nothing is thrown to API Gateway.
 *
 * <p>The context names who was admitted: {@code issuerAddress} (the auth response's DID address,
 * or the Gaia bucket address), {@code issuer} (as the token names it), {@code tokenType}, and
 * {@code username} only when the name index confirmed the issuer owns it.
 *
 * <p>Gaia tokens carry no expiry as @stacks/storage makes them, and every hub a user writes to
 * receives one, so a Gaia token is admitted only when its {@code hubUrl} claim names one of the hubs
 * configured in {@link Settings#VERIFY_AUTHORIZER_GAIA_HUB_URLS}; with none configured, none is.
 */
@Singleton
public class BearerTokenAuthorizer {
    private static final Logger LOG = Logger.getLogger(BearerTokenAuthorizer.class);
    /** The scheme in any letter case, then spaces, then the token (Gaia clients write "bearer v1:…"). */
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");

    /** Why Gaia tokens are refused when no hub URL is configured, naming the setting that admits them. */
    static final String GAIA_NOT_CONFIGURED = "Gaia tokens are not admitted: set "
            + "VERIFY_AUTHORIZER_GAIA_HUB_URLS (" + Settings.VERIFY_AUTHORIZER_GAIA_HUB_URLS
            + ") to the hub URLs whose tokens this API accepts";

    private final VerifyService verifier;
    /** Null when no hub is configured: then no Gaia token is admitted. */
    private final TokenHints gaiaHubs;
    private final AtomicBoolean toldGaiaNotConfigured = new AtomicBoolean();

    @Inject
    public BearerTokenAuthorizer(VerifyService verifier,
            @ConfigProperty(name = Settings.VERIFY_AUTHORIZER_GAIA_HUB_URLS) Optional<List<String>> gaiaHubUrls) {
        Set<String> urls = new LinkedHashSet<>();
        gaiaHubUrls.orElse(List.of()).stream().map(String::trim).filter(url -> !url.isEmpty()).forEach(urls::add);
        this.verifier = verifier;
        this.gaiaHubs = urls.isEmpty() ? null : TokenHints.requiringHubUrl(urls);
    }

    /** The simple response API Gateway reads; a denial carries no context (API Gateway answers 403). */
    public AuthorizerResponse authorize(AuthorizerEvent event) {
        Decision decision = decide(event);
        if (!decision.allowed()) {
            LOG.debugf("denied: %s", decision.reason());
            return AuthorizerResponse.deny();
        }
        return new AuthorizerResponse(true, decision.context());
    }

    /** Allowed with the context to pass on, or denied with the reason (for logs and tests, never the caller). */
    record Decision(boolean allowed, Map<String, String> context, String reason) {
        static Decision denied(String reason) {
            return new Decision(false, Map.of(), reason);
        }
    }

    Decision decide(AuthorizerEvent event) {
        try {
            String header = event == null ? null : event.authorization();
            if (header == null) {
                return Decision.denied("no Authorization header");
            }
            Matcher bearer = BEARER.matcher(header);
            if (!bearer.matches()) {
                return Decision.denied("Authorization is not \"bearer <token>\"");
            }
            String token = bearer.group(1);
            if (token.length() > VerifyRequest.MAX_TOKEN_BYTES) {
                return Decision.denied("token is larger than " + VerifyRequest.MAX_TOKEN_BYTES + " bytes");
            }
            VerifyService.Judgement judgement = verifier.judge(token, TokenType.AUTO,
                    gaiaHubs == null ? TokenHints.NONE : gaiaHubs);
            if (judgement.kind() != TokenKind.AUTH_RESPONSE && judgement.kind() != TokenKind.GAIA) {
                return Decision.denied("only auth response and Gaia tokens are admitted, this is "
                        + (judgement.kind() == null ? "not a recognisable token" : "a " + TokenType.of(judgement.kind()).wireName()
                        + " token"));
            }
            if (judgement.kind() == TokenKind.GAIA && gaiaHubs == null) {
                // denials are debug lines; this one is a deployment choice the operator should see once
                if (toldGaiaNotConfigured.compareAndSet(false, true)) {
                    LOG.info(GAIA_NOT_CONFIGURED);
                }
                return Decision.denied(GAIA_NOT_CONFIGURED);
            }
            if (!judgement.verdict().valid()) {
                Optional<TokenCheck> failed = judgement.verdict().checks().stream().filter(check -> !check.ok()).findFirst();
                return Decision.denied(failed.map(check -> check.name() + ": " + check.reason()).orElse("no rule was applied"));
            }
            Map<String, String> context = new LinkedHashMap<>();
            context.put("tokenType", TokenType.of(judgement.kind()).wireName());
            putIfPresent(context, "issuer", judgement.verdict().issuer());
            putIfPresent(context, "issuerAddress", judgement.verdict().issuerAddress());
            putIfPresent(context, "username", judgement.verdict().username());
            return new Decision(true, context, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "authorizer failed; denying");
            return Decision.denied("the authorizer failed: " + e);
        }
    }

    private static void putIfPresent(Map<String, String> context, String key, String value) {
        if (value != null) {
            context.put(key, value);
        }
    }
}
