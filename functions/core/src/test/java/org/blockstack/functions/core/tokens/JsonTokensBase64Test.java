package org.blockstack.functions.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected bytes are what base64-js (jsontokens 4.0.1's decoder) returned for each input under Node 20. */
class JsonTokensBase64Test {
    @ParameterizedTest(name = "''{0}'' decodes to {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "eyJhIjoxfQ   | 7b2261223a317d",
            "ab+/         | 69bfbf",
            "ab-_         | 69bfbf",
            "a            | ''",
            "ab           | 69",
            "abc          | 69b7",
            "abcd         | 69b71d",
            "abcde        | 69b71d",
            "ab==         | 69",
            "ab==zz       | 69",
            "abcd==zz     | 0000",
            "abcd====     | 0000",
            "a*bc         | 6806dc",
            "abécd        | 69b01c",
            "QUJD         | 414243",
            "QUJD=        | 0000",
            "QUJDRA=extra | 41424344",
            "''           | ''"})
    void decodesAsBase64JsDoes(String input, String expectedHex) {
        byte[] decoded = JsonTokensBase64.decode(input, 0, input.length());
        assertThat(TestTokens.hex(decoded)).isEqualTo(expectedHex);
    }

    @ParameterizedTest
    @CsvSource({"=abc", "==", "="})
    void aSegmentStartingWithPaddingCannotBeDecoded(String input) {
        // base64-js asks for an array of length -1 and throws
        assertThat(JsonTokensBase64.decode(input, 0, input.length())).isNull();
    }

    @ParameterizedTest
    @CsvSource({"xxQUJDyy, 2, 6, 414243"})
    void decodesASliceOfALongerText(String text, int start, int end, String expectedHex) {
        assertThat(TestTokens.hex(JsonTokensBase64.decode(text, start, end))).isEqualTo(expectedHex);
    }
}
