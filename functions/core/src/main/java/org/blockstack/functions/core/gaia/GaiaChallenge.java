package org.blockstack.functions.core.gaia;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The challenge texts a hub hands out and accepts (tokens spec §6.2): the current one with span
 * {@code "0"}, and the legacy spans {@code "2018"} and {@code "2019"} that older tokens still carry.
 */
public final class GaiaChallenge {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SPANS = List.of("0", "2018", "2019");
    /** Every request is judged against these texts; a hub has one server name, so keep them. */
    private static final Map<String, List<String>> ACCEPTED = new ConcurrentHashMap<>();

    private GaiaChallenge() {
    }

    /** {@code ["gaiahub","0",serverName,"blockstack_storage_please_sign"]} as JSON text. */
    public static String current(String serverName) {
        return text("0", serverName);
    }

    /** Every text a token may have signed: the current one first, then the legacy spans. */
    public static List<String> accepted(String serverName) {
        return ACCEPTED.computeIfAbsent(serverName, name -> SPANS.stream().map(span -> text(span, name)).toList());
    }

    private static String text(String span, String serverName) {
        try {
            return JSON.writeValueAsString(List.of("gaiahub", span, serverName, "blockstack_storage_please_sign"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
