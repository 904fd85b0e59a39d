package org.blockstack.functions.core.gaia;

import static org.blockstack.functions.core.tokens.JsValues.isTruthy;

import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code POST /list-files/<address>} (gaia-hub §6.1): {@code page}, the token of a
 * previous answer (absent, null or empty for the first page), and {@code stat}, truthy for
 * metadata entries instead of names.
 */
public record ListFilesRequest(Optional<String> page, boolean stat) {
    /** @param body the parsed JSON body; null or non-object bodies read as {@code {}} */
    public static ListFilesRequest of(Map<String, Object> body) {
        if (body == null) {
            return new ListFilesRequest(Optional.empty(), false);
        }
        Optional<String> page = body.get("page") instanceof String text && !text.isEmpty()
                ? Optional.of(text) : Optional.empty();
        return new ListFilesRequest(page, isTruthy(body.get("stat")));
    }
}
