package org.blockstack.functions.core.auth;

import java.util.Map;

import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.TokenClock;
import org.blockstack.functions.core.tokens.TokenVerdict;

/**
 * An authentication request (app → authenticator) judged as {@code @stacks/auth}'s
 * {@code verifyAuthRequest} judges it (tokens spec §3.3): the shared auth message rules, then
 * {@code manifest_uri} and {@code redirect_uri} on {@code domain_name}'s origin. Nothing is
 * fetched: loading the manifest is the authenticator's business, not verification.
 */
public final class AuthRequestRules {
    private AuthRequestRules() {
    }

    public static TokenVerdict judge(CompactToken token, TokenClock clock) {
        AuthMessageRules.Outcome outcome = AuthMessageRules.apply(token, clock);
        Map<String, Object> payload = token.payload();
        outcome.checks.add(SameOriginRule.check("manifestUri", payload, "manifest_uri"));
        outcome.checks.add(SameOriginRule.check("redirectUri", payload, "redirect_uri"));
        return new TokenVerdict(outcome.checks, payload.get("iss") instanceof String iss ? iss : null,
                outcome.provenAddress, null, payload);
    }
}
