package org.blockstack.functions.core.bns.subdomains;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.zonefiles.InvalidZoneFileException;
import org.blockstack.functions.core.bns.zonefiles.ZoneFile;
import org.blockstack.functions.core.bns.zonefiles.ZoneFileParser;

/**
 * Finds the subdomain records in a parent name's zone file as the reference does
 * ({@code decode_zonefile_subdomains}, read-api §13.1; decisions I10-2, I10-3):
 *
 * <ul>
 * <li>the file must parse, satisfy the user zone file schema ({@code $origin}, {@code $ttl}, URI
 * and TXT record shapes) and have {@code $origin} equal to the announcing name; otherwise it
 * carries no records;</li>
 * <li>a TXT record with several strings among which {@code owner=}, {@code seqn=} and
 * {@code parts=} is a subdomain record; its owner label is lower-cased, the reserved labels
 * {@code _missing}, {@code _resolver}, {@code _registrar} are skipped;</li>
 * <li>a record with a repeated key, a non-integer {@code seqn}/{@code parts} or a name that makes
 * no subdomain is skipped; a string without {@code =}, a missing {@code zf<i>} part or base64 that
 * does not decode makes the whole file carry no records, as the reference's exception did;</li>
 * <li>of several records for one subdomain in one file, the lowest {@code seqn} is kept (the first
 * on ties), and records keep their order in the file.</li>
 * </ul>
 */
public final class SubdomainZoneFiles {
    public static final String MISSING = "_missing";
    public static final String RESOLVER = "_resolver";
    public static final String REGISTRAR = "_registrar";
    private static final Set<String> RESERVED = Set.of(MISSING, RESOLVER, REGISTRAR);

    private static final String OWNER = "owner";
    private static final String SEQUENCE = "seqn";
    private static final String PARTS = "parts";
    private static final String SIGNATURE = "sig";

    private static final Pattern TXT_NAME = Pattern.compile("[a-zA-Z0-9\\-_.~%/]+");
    private static final Pattern URI_TARGET = Pattern.compile("[a-z0-9+]+://[a-zA-Z0-9\\-_.~%#?&\\\\:/=]+");
    private static final Pattern URI_TARGET_NO_SCHEME = Pattern.compile("[a-zA-Z0-9\\-_.~%#?&\\\\:/=]+");
    /** Python's {@code int()} on text: surrounding whitespace, an optional sign, decimal digits. */
    private static final Pattern PYTHON_INT = Pattern.compile("\\s*[+-]?[0-9]+\\s*");
    private static final Pattern BASE64_ALPHABET = Pattern.compile("[^A-Za-z0-9+/=]");

    private SubdomainZoneFiles() {
    }

    /** What a zone file yielded: its records in file order, or why it carries none. */
    public record Decoded(List<SubdomainRecord> records, Optional<String> problem) {
        static Decoded none(String problem) {
            return new Decoded(List.of(), Optional.of(problem));
        }
    }

    /** The subdomain records of the zone file {@code bytes} that {@code carrier} announced. */
    public static Decoded decode(ZoneFileAnnouncement carrier, byte[] bytes) {
        ZoneFile zoneFile;
        try {
            // ISO-8859-1 maps every byte to one character, as the reference's byte strings behave
            zoneFile = ZoneFileParser.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        } catch (InvalidZoneFileException e) {
            return Decoded.none("not a zone file: " + e.getMessage());
        }
        Optional<String> schemaProblem = userZoneFileProblem(zoneFile);
        if (schemaProblem.isPresent()) {
            return Decoded.none(schemaProblem.get());
        }
        String origin = zoneFile.origin().orElseThrow();
        if (!origin.equals(carrier.name())) {
            return Decoded.none("$ORIGIN is " + origin + ", expected the announcing name " + carrier.name());
        }
        String resolver = zoneFile.resolver().orElse(null);
        List<Map<?, ?>> txts = zoneFile.records("txt");

        List<Integer> missing = null;
        for (Map<?, ?> txt : txts) {
            if (isMissingList(txt)) {
                if (missing != null) {
                    return Decoded.none("more than one " + MISSING + " record");
                }
                missing = parseMissing((String) txt.get("txt"));
            }
        }
        if (missing == null) {
            missing = List.of();
        }

        Map<String, SubdomainRecord> lowest = new LinkedHashMap<>();
        Map<String, Integer> placeInFile = new LinkedHashMap<>();
        int offset = 0;
        for (int i = 0; i < txts.size(); i++) {
            Map<?, ?> txt = txts.get(i);
            if (!isSubdomainRecord(txt)) {
                continue;
            }
            String label = ((String) txt.get("name")).toLowerCase(Locale.ROOT);
            if (RESERVED.contains(label)) {
                continue;
            }
            SubdomainRecord record;
            try {
                record = parseRecord(carrier, label, strings(txt), offset, resolver, missing);
            } catch (SkippedRecord skipped) {
                continue;
            } catch (MalformedZoneFile malformed) {
                return Decoded.none(malformed.getMessage());
            }
            offset++;
            SubdomainRecord earlier = lowest.get(record.fqn());
            if (earlier == null || record.sequence() < earlier.sequence()) {
                lowest.put(record.fqn(), record);
                placeInFile.put(record.fqn(), i);
            }
        }
        List<SubdomainRecord> records = new ArrayList<>(lowest.values());
        records.sort((a, b) -> Integer.compare(placeInFile.get(a.fqn()), placeInFile.get(b.fqn())));
        return new Decoded(List.copyOf(records), Optional.empty());
    }

    /** The reference's {@code USER_ZONEFILE_SCHEMA}: the parts of it a parsed file can violate. */
    private static Optional<String> userZoneFileProblem(ZoneFile zoneFile) {
        Map<String, Object> json = zoneFile.json();
        if (!(json.get("$origin") instanceof String origin) || !NameSyntax.isValidName(origin)) {
            return Optional.of("$ORIGIN is missing or not a name");
        }
        if (!(json.get("$ttl") instanceof Long ttl) || ttl < 0 || ttl > Integer.MAX_VALUE) {
            return Optional.of("$TTL is missing or out of range");
        }
        for (Map<?, ?> uri : zoneFile.records("uri")) {
            if (!inUint16((Long) uri.get("priority")) || !inUint16((Long) uri.get("weight"))) {
                return Optional.of("URI priority or weight out of range: " + uri);
            }
            String target = (String) uri.get("target");
            if (!URI_TARGET.matcher(target).matches() && !URI_TARGET_NO_SCHEME.matcher(target).matches()) {
                return Optional.of("URI target is not a URL: " + target);
            }
        }
        for (Map<?, ?> txt : zoneFile.records("txt")) {
            if (!TXT_NAME.matcher((String) txt.get("name")).matches()) {
                return Optional.of("TXT owner name is not URL-encoded text: " + txt.get("name"));
            }
        }
        return Optional.empty();
    }

    private static boolean inUint16(Long value) {
        return value != null && value >= 0 && value <= 65535;
    }

    private static boolean isMissingList(Map<?, ?> txt) {
        if (!MISSING.equals(txt.get("name")) || !(txt.get("txt") instanceof String list)) {
            return false;
        }
        for (String index : list.split(",", -1)) {
            if (!PYTHON_INT.matcher(index).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> parseMissing(String list) {
        List<Integer> indexes = new ArrayList<>();
        if (!list.isEmpty()) {
            for (String index : list.split(",", -1)) {
                indexes.add(Integer.parseInt(pythonIntText(index)));
            }
        }
        return indexes;
    }

    private static List<String> strings(Map<?, ?> txt) {
        List<String> strings = new ArrayList<>();
        for (Object string : (List<?>) txt.get("txt")) {
            strings.add((String) string);
        }
        return strings;
    }

    /** Several strings, among them {@code parts=}, {@code owner=} and {@code seqn=} (read-api §13.1). */
    static boolean isSubdomainRecord(Map<?, ?> txt) {
        if (!(txt.get("txt") instanceof List<?> strings)) {
            return false;
        }
        boolean parts = false;
        boolean owner = false;
        boolean sequence = false;
        for (Object string : strings) {
            String entry = (String) string;
            parts |= entry.startsWith(PARTS + "=");
            owner |= entry.startsWith(OWNER + "=");
            sequence |= entry.startsWith(SEQUENCE + "=");
        }
        return parts && owner && sequence;
    }

    private static SubdomainRecord parseRecord(ZoneFileAnnouncement carrier, String label, List<String> strings,
            int offset, String resolver, List<Integer> missing) throws SkippedRecord, MalformedZoneFile {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String string : strings) {
            int equals = string.indexOf('=');
            if (equals < 0) {
                throw new MalformedZoneFile("subdomain record " + label + " has a string without '=': " + string);
            }
            String key = string.substring(0, equals);
            if (entries.containsKey(key)) {
                throw new SkippedRecord();
            }
            entries.put(key, string.substring(equals + 1).replace("\\=", "="));
        }
        String partsText = entries.get(PARTS);
        String sequenceText = entries.get(SEQUENCE);
        if (!PYTHON_INT.matcher(partsText).matches() || !PYTHON_INT.matcher(sequenceText).matches()) {
            throw new SkippedRecord();
        }
        long parts;
        long sequence;
        try {
            parts = Long.parseLong(pythonIntText(partsText));
            sequence = Long.parseLong(pythonIntText(sequenceText));
        } catch (NumberFormatException e) {
            // beyond 64 bits: Python would read it, but no real record numbers its parts or updates so
            throw new SkippedRecord();
        }
        StringBuilder base64 = new StringBuilder();
        for (long i = 0; i < parts; i++) {
            String piece = entries.get("zf" + i);
            if (piece == null) {
                throw new MalformedZoneFile("subdomain record " + label + " declares " + parts + " parts but has no zf"
                        + i);
            }
            base64.append(piece);
        }
        String fqn = NameSyntax.isValidSubdomain(label) ? label : label + "." + carrier.name();
        if (!NameSyntax.isValidSubdomain(fqn)) {
            throw new SkippedRecord();
        }
        byte[] zonefile;
        try {
            // Python 2's b64decode drops characters outside the alphabet and insists on padding
            zonefile = Base64.getDecoder().decode(BASE64_ALPHABET.matcher(base64).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new MalformedZoneFile("subdomain record " + fqn + " has a zone file that is not base64");
        }
        return new SubdomainRecord(fqn, entries.get(OWNER), sequence, Base64.getEncoder().encodeToString(zonefile),
                entries.get(SIGNATURE), carrier, offset, resolver, missing);
    }

    private static String pythonIntText(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    }

    /** The record is left out; the rest of the file still counts. */
    private static final class SkippedRecord extends Exception {
        SkippedRecord() {
            super(null, null, false, false);
        }
    }

    /** The reference failed on the whole file: it carries no subdomain records. */
    private static final class MalformedZoneFile extends Exception {
        MalformedZoneFile(String message) {
            super(message, null, false, false);
        }
    }
}
