package org.blockstack.functions.lookup.zonefiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.subdomains.SubdomainIndexer;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.ZoneFileArrivals;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishing a zone file (read-api §5.9, Core's {@code POST_zonefile} and {@code put_zonefiles}):
 * a JSON object with {@code zonefile} (the text) or {@code zonefile_b64} (strict base64 of the
 * bytes), at most 40,960 bytes, stored only when its hash160 is a value hash some operation set on
 * chain. Storing a file already present succeeds again.
 */
@ApplicationScoped
public class ZonefilePublisher {
    public static final String PATH = "/v1/zonefile";
    /**
     * The largest request read: a 40,960-character zone file written with JSON escapes
     * ({@code \\u0000}, six bytes a character) fits, with room for the object around it.
     */
    public static final int MAX_REQUEST_BYTES = 6 * ZonefileLibrary.MAX_BYTES + 1024;
    static final String INVALID = "Invalid request";
    static final String NOT_SAVED = "Blockstack node did not save the zone file";
    /** Core's {@code OP_BASE64_EMPTY_PATTERN}: padded base64, possibly empty. */
    private static final Pattern STRICT_BASE64 = Pattern.compile(
            "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
    private static final Logger LOG = Logger.getLogger(ZonefilePublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ZonefileLibrary library;
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    AnswerCache answers;
    @Inject
    ZoneFileArrivals subdomainArrivals;

    public Answer publish(String contentType, InputStream body, List<String> servers) throws IOException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).strip().matches("application/json\\s*(;.*)?")) {
            return Answer.error(400, INVALID + ": Content-Type must be application/json, got "
                    + (contentType == null ? "none" : contentType));
        }
        byte[] request = body.readNBytes(MAX_REQUEST_BYTES + 1);
        if (request.length > MAX_REQUEST_BYTES) {
            return Answer.error(400, INVALID + ": the body is larger than " + MAX_REQUEST_BYTES + " bytes");
        }
        Object parsed;
        try {
            parsed = JSON.readValue(request, Object.class);
        } catch (JsonProcessingException e) {
            return Answer.error(400, INVALID + ": the body is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(parsed instanceof Map<?, ?> fields)) {
            return Answer.error(400, INVALID + ": the body must be a JSON object with zonefile or zonefile_b64");
        }
        byte[] zonefile;
        try {
            zonefile = zonefileOf(fields);
        } catch (IllegalArgumentException e) {
            return Answer.error(400, INVALID + ": " + e.getMessage());
        }
        String hash = BnsHashes.valueHash(zonefile);
        // the store, not a cache, says whether the file is there: a publication must leave it stored
        if (!library.isStored(hash)) {
            if (!store.call(() -> index.isAnnouncedValueHash(hash))) {
                return Answer.error(400, NOT_SAVED + ": no name ever had its hash " + hash
                        + " as zone file hash on chain; announce it with a name operation first");
            }
            // indexed before it is stored: a failure in between leaves it unstored, and publishing it
            // again redoes both (indexing is idempotent)
            List<SubdomainIndexer.Indexed> indexed = store.call(() -> subdomainArrivals.arrived(zonefile));
            library.put(hash, zonefile);
            // once stored, a reorganisation's take-back finds it; one that ran before is caught up with
            store.run(() -> subdomainArrivals.settle(indexed, zonefile));
            answers.clear();
            LOG.infof("stored zone file %s (%d bytes)", hash, zonefile.length);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", true);
        json.put("servers", servers);
        return Answer.ok(json);
    }

    /** The zone file bytes the request carries; the text wins when both are given, as in Core. */
    private static byte[] zonefileOf(Map<?, ?> fields) {
        Object text = fields.get("zonefile");
        Object base64 = fields.get("zonefile_b64");
        if (text != null && !(text instanceof String)) {
            throw new IllegalArgumentException("zonefile must be a string");
        }
        if (base64 != null && !(base64 instanceof String)) {
            throw new IllegalArgumentException("zonefile_b64 must be a string");
        }
        if (text instanceof String s && s.length() > ZonefileLibrary.MAX_BYTES) {
            throw new IllegalArgumentException("zonefile has " + s.length() + " characters, the most is "
                    + ZonefileLibrary.MAX_BYTES);
        }
        if (base64 instanceof String s && (s.length() > ZonefileLibrary.MAX_BYTES * 4 / 3 + 1
                || !STRICT_BASE64.matcher(s).matches())) {
            throw new IllegalArgumentException("zonefile_b64 must be padded base64 of at most "
                    + ZonefileLibrary.MAX_BYTES + " bytes");
        }
        if (text instanceof String s && !s.isEmpty()) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > ZonefileLibrary.MAX_BYTES) {
                throw new IllegalArgumentException("zonefile is " + bytes.length + " bytes in UTF-8, the most is "
                        + ZonefileLibrary.MAX_BYTES);
            }
            return bytes;
        }
        if (base64 instanceof String s && !s.isEmpty()) {
            byte[] bytes = Base64.getDecoder().decode(s);
            if (bytes.length > ZonefileLibrary.MAX_BYTES) {
                throw new IllegalArgumentException("zonefile_b64 decodes to " + bytes.length + " bytes, the most is "
                        + ZonefileLibrary.MAX_BYTES);
            }
            return bytes;
        }
        throw new IllegalArgumentException("give the zone file as zonefile (text) or zonefile_b64 (base64)");
    }
}
