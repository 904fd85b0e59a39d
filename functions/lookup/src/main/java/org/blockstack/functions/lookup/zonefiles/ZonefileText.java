package org.blockstack.functions.lookup.zonefiles;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.blockstack.functions.core.bns.zonefiles.InvalidZoneFileException;
import org.blockstack.functions.core.bns.zonefiles.ZoneFileParser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Zone file bytes as the read API shows them: UTF-8 text, and whether Core called them standard. */
public final class ZonefileText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ZonefileText() {
    }

    public static String of(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Core's {@code decode_name_zonefile}: a zone file its parser reads, or a JSON object (a
     * legacy profile stored as the zone file, read-api §12.6).
     */
    public static boolean isStandard(byte[] bytes) {
        String text = of(bytes);
        try {
            ZoneFileParser.parse(text);
            return true;
        } catch (InvalidZoneFileException notAZoneFile) {
            try {
                return JSON.readValue(text, Object.class) instanceof Map;
            } catch (JsonProcessingException notJson) {
                return false;
            }
        }
    }
}
