package org.blockstack.functions.verify;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
 * signature, {@code iss}, expiry, association token; with an address hint the bucket; with hub
 * URLs the {@code hubUrl} claim, which must name one of them (as on a hub with {@code validHubUrls}).
 * What only a hub knows (its challenge text, scopes against a path, revocation) is not judged here.
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
        if (hints.hubUrls() != null) {
            context = context.requiringHubUrl(withoutTrailingSlash(hints.hubUrls()));
        }
        Map<String, Object> payload = decodedPayload(token);
        try {
            if (hints.hubUrls() != null && isLegacy(token)) {
                // the hub skips its hubUrl rule for legacy tokens; a hint asks for the claim, which they cannot carry
                throw new GaiaAuthException(GaiaAuthException.Rule.HUB_URL, "a legacy (v0) token has no hubUrl claim;"
                        + " expected one of " + quoted(context.requiredHubUrls().orElseThrow()));
            }
            GaiaAuthorization authorization = isLegacy(token) ? GaiaTokenValidator.validateToken(token, context)
                    : GaiaTokenValidator.validateV1Token(token, context);
            String held = "a " + authorization.version().name().toLowerCase(Locale.ROOT) + " token for bucket "
                    + authorization.bucketAddress() + ", vouched for by " + authorization.signingAddress()
                    + (hints.address() == null ? "" : ", the bucket asked for")
                    + (hints.hubUrls() == null ? "" : ", for the hub asked for");
            return new TokenVerdict(List.of(TokenCheck.pass("gaia", "the Gaia hub's rules hold: " + held)),
                    authorization.issuer(), authorization.bucketAddress(), null, payload);
        } catch (GaiaAuthException e) {
            return new TokenVerdict(List.of(TokenCheck.fail("gaia." + ruleName(e.rule()), reason(e))),
                    payload == null ? null : payload.get("iss") instanceof String iss ? iss : null, null, null,
                    payload);
        }
    }

    /**
     * Hub URLs as the hub compares them: it drops one trailing {@code /} from the token's claim, so
     * one is dropped here too ({@code https://hub.example.com/} means {@code https://hub.example.com}).
     */
    private static Set<String> withoutTrailingSlash(Set<String> hubUrls) {
        Set<String> urls = new TreeSet<>();
        for (String url : hubUrls) {
            urls.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        return urls;
    }

    private static String quoted(Set<String> urls) {
        return new TreeSet<>(urls).stream().map(url -> "\"" + url + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** The hub's message, then what exactly was wrong when the message does not already say it. */
    private static String reason(GaiaAuthException e) {
        String message = e.getMessage();
        if (e.detail() == null || e.detail().isBlank() || e.detail().equals(message)) {
            return message;
        }
        return (message.endsWith(".") ? message.substring(0, message.length() - 1) : message) + ": " + e.detail();
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
