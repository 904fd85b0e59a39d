package org.blockstack.functions.verify;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.EmbeddedKeySignatureCheck;
import org.blockstack.functions.core.tokens.MalformedTokenException;
import org.blockstack.functions.core.tokens.TokenCheck;

/** Judges one token. Never throws for bad tokens: every failure is a failed check with a reason. */
@ApplicationScoped
public class VerifyService {
    public VerifyResult verify(String token, TokenType type) {
        String typeName = type.wireName();
        String text = type == TokenType.GAIA && token.startsWith("v1:") ? token.substring(3) : token;
        CompactToken parsed;
        try {
            parsed = CompactToken.parse(text);
        } catch (MalformedTokenException e) {
            return new VerifyResult(false, typeName, null, List.of(TokenCheck.fail("format", e.getMessage())), null);
        }
        List<TokenCheck> checks = EmbeddedKeySignatureCheck.check(parsed);
        boolean valid = checks.stream().allMatch(TokenCheck::ok);
        Map<String, Object> payload = parsed.payload();
        Object issuer = payload.get("iss");
        return new VerifyResult(valid, typeName, issuer instanceof String s ? s : null, checks, payload);
    }
}
