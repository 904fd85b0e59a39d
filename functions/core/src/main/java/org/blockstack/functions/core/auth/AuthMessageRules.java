package org.blockstack.functions.core.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.did.Did;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.JsValues;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.blockstack.functions.core.tokens.SignatureRules;
import org.blockstack.functions.core.tokens.TimeClaims;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenClock;

/**
 * The rules auth requests and auth responses share: {@code @stacks/auth}'s
 * {@code isExpirationDateValid}, {@code isIssuanceDateValid}, {@code doSignaturesMatchPublicKeys}
 * and {@code doPublicKeysMatchIssuer} (tokens spec §3.3 steps 1–4), plus the header algorithm.
 * Where the reference throws ({@code public_keys} missing or not one key, {@code iss} not a DID)
 * the rule fails with the reason.
 */
final class AuthMessageRules {
    private AuthMessageRules() {
    }

    /** The checks so far, and what they proved. */
    static final class Outcome {
        final List<TokenCheck> checks = new ArrayList<>();
        /** public_keys[0] as written, once it is a string. */
        String signerKeyHex;
        /** The issuer's Bitcoin address, once both signature and issuer rules held. */
        String provenAddress;

        boolean signerProven() {
            return provenAddress != null;
        }
    }

    static Outcome apply(CompactToken token, TokenClock clock) {
        Outcome outcome = new Outcome();
        Map<String, Object> payload = token.payload();
        outcome.checks.add(SignatureRules.algorithm(token));
        outcome.checks.add(TimeClaims.expiration(payload, clock));
        outcome.checks.add(TimeClaims.issuance(payload, clock));
        TokenCheck publicKeys = publicKeys(payload);
        outcome.checks.add(publicKeys);
        if (!publicKeys.ok()) {
            return outcome;
        }
        outcome.signerKeyHex = (String) ((List<?>) payload.get("public_keys")).get(0);
        TokenCheck signature = SignatureRules.signature(token, outcome.signerKeyHex, "public_keys[0]");
        outcome.checks.add(signature);
        String issuerAddress = issuerAddress(payload, outcome);
        if (signature.ok() && issuerAddress != null) {
            outcome.provenAddress = issuerAddress;
        }
        return outcome;
    }

    private static TokenCheck publicKeys(Map<String, Object> payload) {
        Object keys = payload.get("public_keys");
        if (!(keys instanceof List<?> list)) {
            return TokenCheck.fail("publicKeys", "public_keys is " + (keys == null ? "missing" : "a " + JsValues.typeOf(keys))
                    + ", expected an array holding the signer's public key");
        }
        if (list.size() != 1) {
            return TokenCheck.fail("publicKeys", "public_keys holds " + list.size()
                    + " keys; exactly one is supported (multiple public keys are not supported by @stacks/auth either)");
        }
        if (!(list.get(0) instanceof String key)) {
            return TokenCheck.fail("publicKeys", "public_keys[0] is a " + JsValues.typeOf(list.get(0))
                    + ", expected a hex public key");
        }
        return TokenCheck.pass("publicKeys", "public_keys holds one key, " + key);
    }

    /** Adds the issuer check; returns the DID's address when it is the address of the signer's key. */
    private static String issuerAddress(Map<String, Object> payload, Outcome outcome) {
        Object iss = payload.get("iss");
        String expected = "did:btc-addr:<address of public_keys[0]>";
        if (!JsValues.isTruthy(iss)) {
            outcome.checks.add(TokenCheck.fail("issuer", "iss is missing; expected " + expected));
            return null;
        }
        if (!(iss instanceof String issText)) {
            outcome.checks.add(TokenCheck.fail("issuer", "iss is a " + JsValues.typeOf(iss) + ", expected " + expected));
            return null;
        }
        Did did;
        try {
            did = Did.parse(issText);
        } catch (Did.InvalidDidException e) {
            outcome.checks.add(TokenCheck.fail("issuer", "iss is not a DID: " + e.getMessage()));
            return null;
        }
        if (did.bitcoinAddress().isEmpty()) {
            outcome.checks.add(TokenCheck.fail("issuer", "iss is a did:" + did.type()
                    + " DID, which names no address; the issuer check needs " + expected));
            return null;
        }
        String claimed = did.bitcoinAddress().get();
        byte[] keyBytes;
        try {
            keyBytes = Secp256k1Keys.parseHex(outcome.signerKeyHex);
        } catch (IllegalArgumentException e) {
            outcome.checks.add(TokenCheck.fail("issuer", "public_keys[0] is not hex, so it has no address to compare "
                    + "with iss"));
            return null;
        }
        String actual = BitcoinAddresses.ofPublicKey(keyBytes);
        if (!actual.equals(claimed)) {
            outcome.checks.add(TokenCheck.fail("issuer", "iss names address " + claimed + ", but public_keys[0] as "
                    + "written hashes to " + actual + " (a key's compressed and uncompressed forms have different "
                    + "addresses)"));
            return null;
        }
        outcome.checks.add(TokenCheck.pass("issuer", "iss " + issText + " is the address of public_keys[0]"));
        return claimed;
    }
}
