package org.blockstack.functions.verify;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.auth.AuthRequestRules;
import org.blockstack.functions.core.auth.AuthResponseRules;
import org.blockstack.functions.core.auth.NameOwners;
import org.blockstack.functions.core.profile.ProfileTokenRules;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.MalformedTokenException;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenClock;
import org.blockstack.functions.core.tokens.TokenKind;
import org.blockstack.functions.core.tokens.TokenVerdict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Judges one token by the rules of its kind, found from the claims when the caller asks for
 * {@code auto}. Never throws for bad tokens: every failure is a failed check with a reason.
 */
@Singleton
public class VerifyService {
    private final NameOwners nameOwners;
    private final GaiaTokenJudge gaia;
    private final Duration clockSkew;
    private final Clock clock;

    @Inject
    public VerifyService(NameOwners nameOwners, GaiaTokenJudge gaia,
            @ConfigProperty(name = Settings.VERIFY_CLOCK_SKEW, defaultValue = "PT0S") Duration clockSkew) {
        this(nameOwners, gaia, clockSkew, Clock.systemUTC());
    }

    public VerifyService(NameOwners nameOwners, GaiaTokenJudge gaia, Duration clockSkew, Clock clock) {
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException(Settings.VERIFY_CLOCK_SKEW + " must not be negative, got " + clockSkew);
        }
        this.nameOwners = nameOwners;
        this.gaia = gaia;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** The kind a token was judged as (null when it could not be told) and the verdict. */
    public record Judgement(TokenKind kind, TokenVerdict verdict) {
    }

    public VerifyResult verify(String token, TokenType type, TokenHints hints) {
        Judgement judgement = judge(token, type, hints);
        TokenVerdict verdict = judgement.verdict();
        return new VerifyResult(verdict.valid(), judgement.kind() == null ? null : TokenType.of(judgement.kind()).wireName(),
                verdict.issuer(), verdict.checks(), verdict.payload());
    }

    public Judgement judge(String token, TokenType type, TokenHints hints) {
        if (type == TokenType.GAIA || (type == TokenType.AUTO && TokenKind.isGaiaText(token))) {
            return new Judgement(TokenKind.GAIA, judgeGaia(token, hints));
        }
        CompactToken parsed;
        try {
            parsed = CompactToken.parse(token);
        } catch (MalformedTokenException e) {
            return new Judgement(type.kind().orElse(null), TokenVerdict.refused(TokenCheck.fail("decode", e.getMessage())));
        }
        TokenKind kind = type.kind().or(() -> TokenKind.of(parsed)).orElse(null);
        if (kind == null) {
            return new Judgement(null, TokenVerdict.refused(TokenCheck.fail("type", "cannot tell the kind of token: "
                    + "its claims fit no auth request, auth response, profile or Gaia token; name it with \"type\"")));
        }
        TokenClock now = TokenClock.at(clock.instant(), clockSkew);
        TokenVerdict verdict = switch (kind) {
            case AUTH_REQUEST -> AuthRequestRules.judge(parsed, now);
            case AUTH_RESPONSE -> AuthResponseRules.judge(parsed, now, nameOwners);
            case PROFILE -> ProfileTokenRules.judge(parsed, hints.profileExpectation());
            case GAIA -> judgeGaia(token, hints);
        };
        return new Judgement(kind, kind == TokenKind.GAIA ? verdict : decoded(verdict));
    }

    /** The plugged-in Gaia rules; should they throw, the token is refused with the reason, never an error. */
    private TokenVerdict judgeGaia(String token, TokenHints hints) {
        try {
            return gaia.judge(token, hints);
        } catch (RuntimeException e) {
            return TokenVerdict.refused(TokenCheck.fail("gaia", "the Gaia token rules failed: " + e.getMessage()));
        }
    }

    /** The verdict with the decoding it rested on listed first. */
    private static TokenVerdict decoded(TokenVerdict verdict) {
        List<TokenCheck> checks = new ArrayList<>(verdict.checks().size() + 1);
        checks.add(TokenCheck.pass("decode", "header and payload are base64url-encoded JSON objects"));
        checks.addAll(verdict.checks());
        return new TokenVerdict(checks, verdict.issuer(), verdict.issuerAddress(), verdict.username(), verdict.payload());
    }
}
