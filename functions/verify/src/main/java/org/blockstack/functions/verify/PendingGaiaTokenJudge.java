package org.blockstack.functions.verify;

import jakarta.inject.Singleton;

import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenVerdict;

import io.quarkus.arc.DefaultBean;

/**
 * Stands in until the Gaia hub's token validator is wired in: every Gaia token is answered
 * invalid, saying so. Any other {@link GaiaTokenJudge} bean replaces this one.
 */
@Singleton
@DefaultBean
public class PendingGaiaTokenJudge implements GaiaTokenJudge {
    @Override
    public TokenVerdict judge(String token, TokenHints hints) {
        return TokenVerdict.refused(TokenCheck.fail("gaia",
                "pending integration: Gaia token rules arrive with the Gaia hub's token validator"));
    }
}
