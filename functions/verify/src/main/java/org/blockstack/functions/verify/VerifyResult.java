package org.blockstack.functions.verify;

import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.tokens.TokenCheck;

/** The verdict: valid only when every check passed. {@code payload} is the decoded claims, if any. */
public record VerifyResult(boolean valid, String type, String issuer, List<TokenCheck> checks,
        Map<String, Object> payload) {
}
