package org.blockstack.functions.core.gaia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Preconditions, ETags, the upload limit and the revoke-all body. */
class GaiaRequestRulesTest {
    @Test
    void preconditionHeadersFollowTheReference() throws Exception {
        assertThat(WriteCondition.fromHeaders(null, null)).isInstanceOf(WriteCondition.Unconditional.class);
        assertThat(WriteCondition.fromHeaders("*", null)).isInstanceOf(WriteCondition.Unconditional.class);
        assertThat(WriteCondition.fromHeaders("", "")).isInstanceOf(WriteCondition.Unconditional.class);
        assertThat(WriteCondition.fromHeaders(null, "*")).isInstanceOf(WriteCondition.IfAbsent.class);
        assertThat(WriteCondition.fromHeaders("\"abc\"", null)).isEqualTo(new WriteCondition.IfMatch("\"abc\""));
        assertThatThrownBy(() -> WriteCondition.fromHeaders("abc", "*"))
                .hasMessage("Request should not contain both if-match and if-none-match headers");
        assertThatThrownBy(() -> WriteCondition.fromHeaders(null, "\"abc\""))
                .isInstanceOfSatisfying(GaiaRequestException.class, e -> assertThat(e.status()).isEqualTo(412))
                .hasMessage("Misuse of the if-none-match header. Expected to be * on write requests.");
        assertThat(new WriteCondition.IfAbsent().failure().getMessage())
                .isEqualTo("The entity you are trying to create already exists");
        assertThat(new WriteCondition.IfMatch("x").failure().getMessage())
                .isEqualTo("The provided ETag does not match that of the resource on the server");
    }

    @Test
    void etagsCompareWithoutQuotesOrWeakPrefix() {
        assertThat(Etags.same("\"5d41\"", "5d41")).isTrue();
        assertThat(Etags.same("W/\"5d41\"", "\"5d41\"")).isTrue();
        assertThat(Etags.same("5d41", "5d42")).isFalse();
        assertThat(Etags.quoted("5d41")).isEqualTo("\"5d41\"");
        assertThat(Etags.quoted("\"5d41-2\"")).isEqualTo("\"5d41-2\"");
    }

    @Test
    void uploadLimitIsInMebibytes() {
        assertThat(new UploadLimit(20).maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(new UploadLimit(0.5).maxBytes()).isEqualTo(512L * 1024);
        GaiaRequestException tooLarge = new UploadLimit(1).declaredTooLarge(1100000);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorName()).hasValue("PayloadTooLargeError");
        assertThat(tooLarge.getMessage()).isEqualTo("Max file upload size is 1 megabytes. Rejected Content-Length of 1100000 bytes");
        assertThatThrownBy(() -> new UploadLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referenceRevocationFilesAreReadWithParseInt() {
        assertThat(RevocationRequest.fromReferenceFile("1650000000")).hasValue(1650000000L);
        assertThat(RevocationRequest.fromReferenceFile("1650000000\n")).hasValue(1650000000L);
        assertThat(RevocationRequest.fromReferenceFile("garbage")).isEmpty();
        assertThat(RevocationRequest.fromReferenceFile("-5")).isEmpty();
    }

    @Test
    void revocationTimestampsAreReadWithParseInt() throws Exception {
        assertThat(RevocationRequest.oldestValidTimestamp(Map.of("oldestValidTimestamp", 1650000000))).isEqualTo(1650000000L);
        assertThat(RevocationRequest.oldestValidTimestamp(Map.of("oldestValidTimestamp", "1650000000.9")))
                .isEqualTo(1650000000L);
        assertThat(RevocationRequest.oldestValidTimestamp(Map.of("oldestValidTimestamp", 1650000000.9)))
                .isEqualTo(1650000000L);
        assertThat(RevocationRequest.oldestValidTimestamp(Map.of("oldestValidTimestamp", 4102444800L)))
                .as("beyond 2038 is kept, not wrapped to 32 bits").isEqualTo(4102444800L);
        for (Object missing : new Object[] {null, 0, "", false}) {
            Map<String, Object> body = new HashMap<>();
            body.put("oldestValidTimestamp", missing);
            assertThatThrownBy(() -> RevocationRequest.oldestValidTimestamp(body))
                    .isInstanceOfSatisfying(GaiaRequestException.class, e -> assertThat(e.errorName()).isEmpty())
                    .hasMessage("Invalid JSON: missing oldestValidTimestamp");
        }
        assertThatThrownBy(() -> RevocationRequest.oldestValidTimestamp(null))
                .hasMessage("Invalid JSON: missing oldestValidTimestamp");
        for (Object bad : new Object[] {"abc", -5, true, Map.of("a", 1),
                // JSON 1e400 reads as an infinite double; parseInt(String(Infinity)) is NaN
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, "Infinity"}) {
            assertThatThrownBy(() -> RevocationRequest.oldestValidTimestamp(Map.of("oldestValidTimestamp", bad)))
                    .hasMessage("Invalid JSON: oldestValidTimestamp is not a valid integer");
        }
    }
}
