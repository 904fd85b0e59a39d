package org.blockstack.functions.verify;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;

import org.blockstack.functions.core.gaia.GaiaAuthException;
import org.blockstack.functions.core.gaia.GaiaAuthorization;
import org.blockstack.functions.core.gaia.GaiaTokenValidator;
import org.blockstack.functions.core.gaia.GaiaValidationContext;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.MalformedTokenException;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenVerdict;

/**
 * Judges a Gaia token alone with the Gaia hub's own rules (the core's {@link GaiaTokenValidator}):
 * signature, {@code iss}, expiry, association token, and with an address hint the bucket. What
 * only a hub knows (its challenge text, scopes against a path, revocation) is not judged here.
 */
@Singleton
public class HubRulesGaiaTokenJudge implements GaiaTokenJudge {
    private final Clock clock;

    public HubRulesGaiaTokenJudge() {
        this(Clock.systemUTC());
    }

    HubRulesGaiaTokenJudge(Clock clock) {
        this.clock = clock;
    }

    @Override
    public TokenVerdict judge(String token, TokenHints hints) {
        GaiaValidationContext context = GaiaValidationContext.at(clock.instant());
        if (hints.address() != null) {
            context = context.forBucket(hints.address());
        }
        Map<String, Object> payload = decodedPayload(token);
        try {
            GaiaAuthorization authorization = isLegacy(token) ? GaiaTokenValidator.validateToken(token, context)
                    : GaiaTokenValidator.validateV1Token(token, context);
            String held = "a " + authorization.version().name().toLowerCase(Locale.ROOT) + " token for bucket "
                    + authorization.bucketAddress() + ", vouched for by " + authorization.signingAddress()
                    + (hints.address() == null ? "" : ", the bucket asked for");
            return new TokenVerdict(List.of(TokenCheck.pass("gaia", "the Gaia hub's rules hold: " + held)),
                    authorization.issuer(), authorization.bucketAddress(), null, payload);
        } catch (GaiaAuthException e) {
            String reason = e.getMessage() + (e.detail() == null || e.detail().isBlank() ? "" : ": " + e.detail());
            return new TokenVerdict(List.of(TokenCheck.fail("gaia." + ruleName(e.rule()), reason)),
                    payload == null ? null : payload.get("iss") instanceof String iss ? iss : null, null, null,
                    payload);
        }
    }

    /** Legacy ("v0") tokens are base64 JSON: no {@code v1:} prefix and not a compact JWT. */
    private static boolean isLegacy(String token) {
        return !token.startsWith("v1:") && token.chars().filter(c -> c == '.').count() != 2;
    }

    private static Map<String, Object> decodedPayload(String token) {
        try {
            return CompactToken.parse(token.startsWith("v1:") ? token.substring(3) : token).payload();
        } catch (MalformedTokenException e) {
            return null;
        }
    }

    private static String ruleName(GaiaAuthException.Rule rule) {
        String[] words = rule.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
