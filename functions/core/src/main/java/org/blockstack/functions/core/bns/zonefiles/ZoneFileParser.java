package org.blockstack.functions.core.bns.zonefiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a BNS zone file the way the reference reads it ({@code blockstack_zones.parse_zone_file},
 * read-api §12.1): comments dropped, parenthesised records joined onto one line, the class
 * ({@code IN}) removed, a missing owner name taken as {@code @}, then each line parsed as one of
 * {@code $ORIGIN}, {@code $TTL}, SOA, NS, A, AAAA, CNAME, ALIAS, MX, PTR, TXT, SRV, SPF or URI with
 * an optional integer TTL. Any line that is none of these makes the whole file invalid, as there.
 *
 * <p>Differences kept on purpose: the reference's continuation rule for a line without owner name
 * compares tokens with characters of the previous line and never applies in practice; it is left
 * out. Its argument parser also takes tokens starting with {@code -} for options and fails; such
 * tokens fail here too.
 */
public final class ZoneFileParser {
    private static final Set<String> TYPES = Set.of("$ORIGIN", "$TTL", "SOA", "NS", "A", "AAAA", "CNAME", "ALIAS",
            "MX", "PTR", "TXT", "SRV", "SPF", "URI", "CAA");
    private static final List<String> CLASSES = List.of("IN", "CS", "CH", "HS");

    /** Field names and kinds after the owner, TTL and type, per record type (int fields say so). */
    private static final Map<String, List<Field>> FIELDS = Map.ofEntries(
            Map.entry("SOA", List.of(Field.text("mname"), Field.text("rname"), Field.number("serial"),
                    Field.number("refresh"), Field.number("retry"), Field.number("expire"), Field.number("minimum"))),
            Map.entry("NS", List.of(Field.text("host"))),
            Map.entry("A", List.of(Field.text("ip"))),
            Map.entry("AAAA", List.of(Field.text("ip"))),
            Map.entry("CNAME", List.of(Field.text("alias"))),
            Map.entry("ALIAS", List.of(Field.text("host"))),
            Map.entry("MX", List.of(Field.text("preference"), Field.text("host"))),
            Map.entry("PTR", List.of(Field.text("host"))),
            Map.entry("SRV", List.of(Field.number("priority"), Field.number("weight"), Field.number("port"),
                    Field.text("target"))),
            Map.entry("SPF", List.of(Field.text("data"))),
            Map.entry("URI", List.of(Field.number("priority"), Field.number("weight"), Field.text("target"))));

    private record Field(String name, boolean isNumber) {
        static Field text(String name) {
            return new Field(name, false);
        }

        static Field number(String name) {
            return new Field(name, true);
        }
    }

    private ZoneFileParser() {
    }

    /**
     * @throws InvalidZoneFileException naming the first line that is not a record the reference reads
     */
    public static ZoneFile parse(String text) throws InvalidZoneFileException {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String line : ownerNamesAdded(classesRemoved(flattened(commentsRemoved(text))))) {
            parseLine(tokenize(line), line, json);
        }
        return new ZoneFile(json);
    }

    // ---- the reference's text passes, each over the previous one's output

    private static List<String> commentsRemoved(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(serialize(tokenize(line)));
            }
        }
        return lines;
    }

    /** Records spread over several lines in parentheses become one line. */
    private static List<String> flattened(List<String> lines) {
        List<String> flat = new ArrayList<>();
        List<String> captured = new ArrayList<>();
        boolean capturing = false;
        for (String line : lines) {
            for (String piece : line.replace('\t', ' ').split(" ")) {
                if (piece.isEmpty()) {
                    continue;
                }
                String token = piece;
                if (token.startsWith("(")) {
                    token = stripLeading(token, '(');
                    capturing = true;
                }
                if (capturing && token.endsWith(")")) {
                    token = stripTrailing(token, ')');
                    capturing = false;
                }
                captured.add(token);
            }
            if (!capturing && !captured.isEmpty()) {
                flat.add(String.join(" ", captured));
                captured.clear();
            }
        }
        return flat;
    }

    private static List<String> classesRemoved(List<String> lines) throws InvalidZoneFileException {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            List<String> tokens = tokenize(line);
            for (String recordClass : CLASSES) {
                if (tokens.stream().anyMatch(token -> token.toUpperCase(Locale.ROOT).equals(recordClass))) {
                    // the reference removes the upper-case spelling and fails when only another one is there
                    if (!tokens.remove(recordClass)) {
                        throw new InvalidZoneFileException("class '" + recordClass + "' must be upper case: " + line);
                    }
                    break;
                }
            }
            result.add(serialize(tokens));
        }
        return result;
    }

    private static List<String> ownerNamesAdded(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            List<String> tokens = tokenize(line);
            if (tokens.isEmpty()) {
                continue;
            }
            if (TYPES.contains(tokens.get(0)) && !tokens.get(0).startsWith("$")) {
                tokens.add(0, "@");
            }
            result.add(serialize(tokens));
        }
        return result;
    }

    // ---- one record

    private static void parseLine(List<String> tokens, String line, Map<String, Object> json)
            throws InvalidZoneFileException {
        if (tokens.isEmpty()) {
            return;
        }
        String first = tokens.get(0);
        if (first.equals("$ORIGIN") || first.equals("$TTL")) {
            if (tokens.size() != 2 || (tokens.size() > 1 && TYPES.contains(tokens.get(1)))) {
                throw invalid(line);
            }
            json.put(first.toLowerCase(Locale.ROOT), first.equals("$TTL") ? integer(tokens.get(1), line)
                    : tokens.get(1));
            return;
        }
        boolean withTtl;
        if (tokens.size() >= 2 && TYPES.contains(tokens.get(1))) {
            withTtl = false;
        } else if (tokens.size() >= 3 && TYPES.contains(tokens.get(2))) {
            withTtl = true;
        } else {
            throw invalid(line);
        }
        String type = tokens.get(withTtl ? 2 : 1);
        List<String> values = tokens.subList(withTtl ? 3 : 2, tokens.size());
        for (String value : tokens) {
            if (value.startsWith("-") && !value.matches("-[0-9]+")) {
                throw invalid(line);
            }
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", first);
        if (withTtl) {
            record.put("ttl", integer(tokens.get(1), line));
        }
        if (type.equals("TXT")) {
            if (values.isEmpty()) {
                throw invalid(line);
            }
            record.put("txt", values.size() == 1 ? values.get(0) : List.copyOf(values));
        } else {
            List<Field> fields = FIELDS.get(type);
            if (fields == null || fields.size() != values.size()) {
                throw invalid(line);
            }
            for (int i = 0; i < fields.size(); i++) {
                Field field = fields.get(i);
                record.put(field.name(), field.isNumber() ? integer(values.get(i), line) : values.get(i));
            }
            if (type.equals("PTR")) {
                Object origin = json.get("$origin");
                if (origin == null) {
                    throw new InvalidZoneFileException("PTR record before any $ORIGIN: " + line);
                }
                record.put("fullname", first + "." + origin);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> ofType = (List<Object>) json.computeIfAbsent(type.toLowerCase(Locale.ROOT),
                key -> new ArrayList<>());
        ofType.add(record);
    }

    /** Python's {@code int(text)} for the tokens a zone file holds: optional sign, decimal digits. */
    private static Object integer(String text, String line) throws InvalidZoneFileException {
        if (!text.matches("[+-]?[0-9]{1,18}")) {
            throw new InvalidZoneFileException("'" + text + "' is not an integer: " + line);
        }
        return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    }

    private static InvalidZoneFileException invalid(String line) {
        return new InvalidZoneFileException("not a zone file record: " + line);
    }

    // ---- tokens

    /**
     * Splits a line on ASCII whitespace, keeps quoted text as one token (without its quotes), drops
     * everything from an unescaped {@code ;}, and reads a backslash as "take the next character".
     */
    static List<String> tokenize(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        boolean escape = false;
        boolean quote = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                if (quote || escape) {
                    buffer.append(c);
                    escape = false;
                } else if (buffer.length() > 0) {
                    tokens.add(buffer.toString());
                    buffer.setLength(0);
                }
                continue;
            }
            if (c == '\\') {
                escape = true;
                continue;
            }
            if (c == '"' && !escape) {
                if (quote) {
                    tokens.add(buffer.toString());
                    buffer.setLength(0);
                }
                quote = !quote;
                continue;
            }
            if (c == ';' && !escape) {
                tokens.add(buffer.toString());
                buffer.setLength(0);
                return withoutEmptyTail(tokens);
            }
            buffer.append(c);
            escape = false;
        }
        if (!buffer.toString().replaceAll("^[ \n]+|[ \n]+$", "").isEmpty()) {
            tokens.add(buffer.toString());
        }
        return tokens;
    }

    /** An empty token before a comment only ever became a trailing space; later passes drop it. */
    private static List<String> withoutEmptyTail(List<String> tokens) {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isEmpty()) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    /** Tokens back to text for the next pass: quoted when they hold a space, {@code ;} escaped. */
    private static String serialize(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            String text = token.contains(" ") ? "\"" + token + "\"" : token;
            out.add(text.replace(";", "\\;"));
        }
        return String.join(" ", out);
    }

    /** Python 2's {@code str.isspace} on one byte. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static String stripLeading(String text, char c) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == c) {
            start++;
        }
        return text.substring(start);
    }

    private static String stripTrailing(String text, char c) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == c) {
            end--;
        }
        return text.substring(0, end);
    }
}
