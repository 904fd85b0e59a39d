package org.blockstack.functions.core.auth;

import java.util.Map;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.C32Addresses;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.auth.NameOwners.NameOwnership;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.JsValues;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenClock;
import org.blockstack.functions.core.tokens.TokenVerdict;

/**
 * An authentication response (authenticator → app) judged as {@code @stacks/auth} 7.x's
 * {@code verifyAuthResponse} judges it (tokens spec §4.3): the shared auth message rules. A
 * claimed {@code username} is checked as blockstack 21.x did, but against our name index, never
 * a server the token names: the name must be owned by the signer's key. When the index cannot
 * answer, the rule holds as it does in 7.x (which never checks usernames) but the verdict carries
 * no username, so nothing downstream trusts an unconfirmed name.
 */
public final class AuthResponseRules {
    private AuthResponseRules() {
    }

    public static TokenVerdict judge(CompactToken token, TokenClock clock, NameOwners owners) {
        AuthMessageRules.Outcome outcome = AuthMessageRules.apply(token, clock);
        Map<String, Object> payload = token.payload();
        String confirmedUsername = null;
        Object username = payload.get("username");
        if (!JsValues.isTruthy(username)) {
            outcome.checks.add(TokenCheck.pass("username", "no username claimed"));
        } else if (!(username instanceof String name)) {
            outcome.checks.add(TokenCheck.fail("username", "username is a " + JsValues.typeOf(username)
                    + ", expected a BNS name such as alice.id"));
        } else if (outcome.signerProven()) {
            NameOwnership ownership = askIndex(owners, name);
            outcome.checks.add(ownershipCheck(name, outcome.signerKeyHex, ownership));
            if (ownership instanceof NameOwnership.Owned owned && ownedBySigner(owned.ownerAddress(), outcome.signerKeyHex)) {
                confirmedUsername = name;
            }
        }
        // a username of an unproven signer is not looked up: the token already failed
        return new TokenVerdict(outcome.checks, payload.get("iss") instanceof String iss ? iss : null,
                outcome.provenAddress, confirmedUsername, payload);
    }

    /** An index that fails instead of answering Unknown is treated as unknown: a verdict, never an error. */
    private static NameOwnership askIndex(NameOwners owners, String name) {
        try {
            NameOwnership answer = owners.ownerOf(name);
            return answer != null ? answer : new NameOwnership.Unknown("the name index gave no answer");
        } catch (RuntimeException e) {
            return new NameOwnership.Unknown("the name index failed: " + e.getMessage());
        }
    }

    private static TokenCheck ownershipCheck(String name, String signerKeyHex, NameOwnership ownership) {
        if (ownership instanceof NameOwnership.Owned owned) {
            return ownedBySigner(owned.ownerAddress(), signerKeyHex)
                    ? TokenCheck.pass("username", name + " is owned by the signer's address " + owned.ownerAddress())
                    : TokenCheck.fail("username", name + " is owned by " + owned.ownerAddress()
                            + ", not by the signer of this token");
        }
        if (ownership instanceof NameOwnership.Unknown unknown) {
            return TokenCheck.pass("username", "not checked: " + unknown.reason() + "; the username is not confirmed");
        }
        return TokenCheck.fail("username", name + " is not a registered name");
    }

    /**
     * The owner address names the signer's key: a base58check P2PKH address (any network's version
     * byte, since the index follows one chain) or a Stacks single-sig address of the same hash.
     */
    static boolean ownedBySigner(String ownerAddress, String signerKeyHex) {
        byte[] keyHash = Hashes.hash160(Secp256k1Keys.parseHex(signerKeyHex));
        boolean base58Match = BitcoinAddresses.decode(ownerAddress)
                .filter(decoded -> decoded.version() == BitcoinAddresses.MAINNET_P2PKH
                        || decoded.version() == BitcoinAddresses.TESTNET_P2PKH)
                .filter(decoded -> decoded.hashEquals(keyHash))
                .isPresent();
        return base58Match
                || ownerAddress.equals(C32Addresses.address(C32Addresses.MAINNET_SINGLE_SIG, keyHash))
                || ownerAddress.equals(C32Addresses.address(C32Addresses.TESTNET_SINGLE_SIG, keyHash));
    }
}
