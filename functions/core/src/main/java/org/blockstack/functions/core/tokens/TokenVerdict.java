package org.blockstack.functions.core.tokens;

import java.util.List;
import java.util.Map;

/**
 * The judgement of one token: every rule applied, in order, with its outcome. The token is valid
 * only when there was at least one rule and all held.
 *
 * @param issuer        the issuer as the token names it ({@code iss}, or a profile's issuer key), or null
 * @param issuerAddress the Bitcoin address the token proves its signer controls, once the rules
 *                      binding key and issuer held; null otherwise
 * @param username      a BNS name the token claims and the name index confirmed is owned by the
 *                      issuer; null when none is claimed or ownership could not be confirmed
 * @param payload       the decoded claims, or null when the token could not be decoded
 */
public record TokenVerdict(List<TokenCheck> checks, String issuer, String issuerAddress, String username,
        Map<String, Object> payload) {
    public TokenVerdict {
        checks = List.copyOf(checks);
    }

    /** A token that could not be judged at all, with the one reason. */
    public static TokenVerdict refused(TokenCheck failure) {
        return new TokenVerdict(List.of(failure), null, null, null, null);
    }

    public boolean valid() {
        return !checks.isEmpty() && checks.stream().allMatch(TokenCheck::ok);
    }
}
