package org.blockstack.functions.core.profile;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.MalformedTokenException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code profile.json} token file a Gaia hub serves (tokens spec §5.1–§5.2): a JSON array
 * whose first element holds a signed profile token, made as {@code @stacks/profile}'s
 * {@code signProfileToken} and {@code wrapProfileToken} make it, and read back as the reference
 * reads it (element 0's {@code token}, or the whole body when it is a bare token).
 */
public final class ProfileTokenFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileTokenFile() {
    }

    /**
     * A profile token signed by {@code signer}, about its own key, as {@code signProfileToken}
     * builds one (ISO dates with milliseconds).
     */
    public static String sign(Map<String, ?> profile, Es256kSigner signer, String jti, Instant issuedAt,
            Instant expiresAt) {
        Map<String, Object> key = Map.of("publicKey", signer.publicKeyHex());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("jti", jti);
        payload.put("iat", isoMillis(issuedAt));
        payload.put("exp", isoMillis(expiresAt));
        payload.put("subject", key);
        payload.put("issuer", key);
        payload.put("claim", profile);
        return signer.sign(payload);
    }

    /** The token file's text: {@code [{"token": …, "decodedToken": {header, payload, signature}}]}. */
    public static String wrap(String token) {
        try {
            CompactToken decoded = CompactToken.parse(token);
            Map<String, Object> decodedToken = new LinkedHashMap<>();
            decodedToken.put("header", decoded.header());
            decodedToken.put("payload", decoded.payload());
            decodedToken.put("signature", token.substring(token.lastIndexOf('.') + 1));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("token", token);
            entry.put("decodedToken", decodedToken);
            return JSON.writeValueAsString(List.of(entry));
        } catch (MalformedTokenException | JsonProcessingException e) {
            throw new IllegalArgumentException("not a compact token: " + e.getMessage(), e);
        }
    }

    /**
     * The token a token file holds: element 0's {@code token} of a JSON array, else the body itself
     * (the reference also accepts a bare token).
     */
    public static String tokenOf(String body) {
        String text = body.strip();
        try {
            Object parsed = JSON.readValue(text, Object.class);
            if (parsed instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
                    && first.get("token") instanceof String token) {
                return token;
            }
        } catch (JsonProcessingException notJson) {
            // a bare token
        }
        return text;
    }

    private static String isoMillis(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS)).replaceFirst(
                "(\\d{2}:\\d{2}:\\d{2})Z$", "$1.000Z");
    }
}
