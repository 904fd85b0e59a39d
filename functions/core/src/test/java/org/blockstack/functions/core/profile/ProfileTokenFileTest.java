package org.blockstack.functions.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.TokenVerdict;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Token files as {@code @stacks/profile} writes them, and read back as the reference reads them (read-api §12.3). */
class ProfileTokenFileTest {
    /** The example key of read-api §16. */
    private static final Es256kSigner SPEC_KEY =
            new Es256kSigner("092ab7c0ee926c968ebb8d2893e9b84eb34863a86d2dd97f0f8eabd5708b6388");
    /** The token of read-api §12.3, made with that key. */
    private static final String SPEC_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NksifQ.eyJqdGkiOiIyYjZjNWI1OC04YTNjLTRjMmItOWE1NS0zZjFjMmYwZTdhMTAiLCJpYXQiOiIyMDIwLTAxLTAxVDAwOjAwOjAwLjAwMFoiLCJleHAiOiIyMDMwLTAxLTAxVDAwOjAwOjAwLjAwMFoiLCJzdWJqZWN0Ijp7InB1YmxpY0tleSI6IjAyOGMzYTI2NjkxM2RlM2U4MWNlNzY2MmI4MjQ0M2U1OGE3ZTU3MTk2MWU4NWE2ZmYyZjdkZmVjZTVlZDU0Y2I4ZCJ9LCJpc3N1ZXIiOnsicHVibGljS2V5IjoiMDI4YzNhMjY2OTEzZGUzZTgxY2U3NjYyYjgyNDQzZTU4YTdlNTcxOTYxZTg1YTZmZjJmN2RmZWNlNWVkNTRjYjhkIn0sImNsYWltIjp7IkB0eXBlIjoiUGVyc29uIiwiQGNvbnRleHQiOiJodHRwOi8vc2NoZW1hLm9yZyIsIm5hbWUiOiJBbGljZSBFeGFtcGxlIiwiZGVzY3JpcHRpb24iOiJFeGFtcGxlIHByb2ZpbGUiLCJhcHBzIjp7Imh0dHBzOi8vYXBwLmV4YW1wbGUub3JnIjoiaHR0cHM6Ly9nYWlhLmJsb2Nrc3RhY2sub3JnL2h1Yi8xRXhhbXBsZUFwcEJ1Y2tldEFkZHJYWFhYWFhYWFhYWFhYLyJ9fX0.3P0Qv_F1N6OdxAMWHw5vuQQeJzOsRaM2viEgxYzSVdNQ_5Fz0r51TMlaplFuRL-g8lITWpIEQBCGsnVxXtMhYg";

    @Test
    void theSpecsTokenIsTheSpecsKeysProfile() throws Exception {
        String file = ProfileTokenFile.wrap(SPEC_TOKEN);
        assertThat(ProfileTokenFile.tokenOf(file)).isEqualTo(SPEC_TOKEN);
        TokenVerdict verdict = ProfileTokenRules.judge(CompactToken.parse(ProfileTokenFile.tokenOf(file)),
                new ProfileExpectation(null, "157T81V75JuiXo9gtb9mPhBUostVkxPN8o"));
        assertThat(verdict.valid()).as(verdict.checks().toString()).isTrue();
        assertThat(SPEC_KEY.publicKeyHex()).isEqualTo(verdict.issuer());
    }

    @Test
    void aSignedProfileIsWrappedAsTheLibraryWrapsIt() throws Exception {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@type", "Person");
        profile.put("name", "Alice");
        String token = ProfileTokenFile.sign(profile, SPEC_KEY, "jti-1", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2100-01-01T00:00:00Z"));
        List<?> file = new ObjectMapper().readValue(ProfileTokenFile.wrap(token), List.class);
        Map<?, ?> decoded = (Map<?, ?>) ((Map<?, ?>) file.get(0)).get("decodedToken");
        Map<?, ?> payload = (Map<?, ?>) decoded.get("payload");
        assertThat(payload.get("iat")).isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(payload.get("exp")).isEqualTo("2100-01-01T00:00:00.000Z");
        assertThat(payload.get("claim")).isEqualTo(profile);
        assertThat(decoded.get("header")).isEqualTo(Map.of("typ", "JWT", "alg", "ES256K"));
        assertThat(decoded.get("signature")).isEqualTo(token.substring(token.lastIndexOf('.') + 1));
        assertThat(ProfileTokenRules.judge(CompactToken.parse(token),
                new ProfileExpectation(null, "157T81V75JuiXo9gtb9mPhBUostVkxPN8o")).valid()).isTrue();
    }

    @Test
    void aBodyThatIsABareTokenIsTheToken() {
        assertThat(ProfileTokenFile.tokenOf(" " + SPEC_TOKEN + "\n")).isEqualTo(SPEC_TOKEN);
        assertThat(ProfileTokenFile.tokenOf("[]")).isEqualTo("[]");
        assertThat(ProfileTokenFile.tokenOf("[{\"token\": 5}]")).isEqualTo("[{\"token\": 5}]");
    }
}
