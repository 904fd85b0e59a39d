package org.blockstack.functions.core.auth;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scheme, host and port of a URL as the WHATWG URL Standard parses it, which is what
 * {@code new URL(...)} in Node and browsers does and therefore what {@code @stacks/common}'s
 * {@code isSameOriginAbsoluteUrl} compares. {@code java.net.URI} disagrees with it in many places
 * (case, default ports, {@code \} as a slash, IPv4 numbers like {@code 0x7f.1}, percent-encoded
 * hosts), so the parts of the standard that decide those three values, or decide that parsing
 * fails, are followed here step by step. Paths, queries and fragments never fail parsing and are
 * not kept.
 *
 * <p>One approximation: the standard maps non-ASCII host names with UTS #46; this uses the JDK's
 * IDNA 2003 ({@link IDN}), which agrees except for a few characters (ß, ς, joiners) that IDNA 2003
 * maps and UTS #46 keeps. ASCII host names, which every app domain in practice is, are exact.
 *
 * @param scheme lower-cased, without the colon
 * @param host   the serialised host ({@code ""} when the URL has none, IPv6 in brackets)
 * @param port   the port, or null when absent or equal to the scheme's default
 */
public record WebOrigin(String scheme, String host, Integer port) {
    private static final Map<String, Integer> SPECIAL_SCHEMES = Map.of(
            "ftp", 21, "http", 80, "https", 443, "ws", 80, "wss", 443, "file", -1);
    private static final String FORBIDDEN_HOST_CODE_POINTS = "\u0000\t\n\r #/:<>?@[\\]^|";

    /** Parses {@code input} as {@code new URL(input)} would (no base URL); empty where it throws. */
    public static Optional<WebOrigin> parse(String input) {
        String url = preprocess(input);
        int colon = schemeEnd(url);
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = url.substring(colon + 1);
        if (scheme.equals("file")) {
            return fileHost(rest).map(host -> new WebOrigin(scheme, host, null));
        }
        boolean special = SPECIAL_SCHEMES.containsKey(scheme);
        int authorityStart;
        if (special) {
            authorityStart = 0;
            while (authorityStart < rest.length() && isSlash(rest.charAt(authorityStart), true)) {
                authorityStart++;
            }
        } else if (rest.startsWith("//")) {
            authorityStart = 2;
        } else {
            return Optional.of(new WebOrigin(scheme, "", null));
        }
        int authorityEnd = authorityStart;
        while (authorityEnd < rest.length() && !endsAuthority(rest.charAt(authorityEnd), special)) {
            authorityEnd++;
        }
        return authority(scheme, rest.substring(authorityStart, authorityEnd), special);
    }

    /** Leading and trailing C0 controls and spaces go, tabs and newlines anywhere go, lone surrogates become U+FFFD. */
    private static String preprocess(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && input.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && input.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(input.charAt(i + 1))) {
                out.append(c).append(input.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Index of the colon ending a valid scheme (ASCII letter, then letters, digits, {@code +-.}), or -1. */
    private static int schemeEnd(String url) {
        if (url.isEmpty() || !isAsciiAlpha(url.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(isAsciiAlpha(c) || isAsciiDigit(c) || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    private static Optional<WebOrigin> authority(String scheme, String authority, boolean special) {
        int at = authority.lastIndexOf('@');
        String hostAndPort = at < 0 ? authority : authority.substring(at + 1);
        if (at >= 0 && hostAndPort.isEmpty()) {
            return Optional.empty();
        }
        int portColon = -1;
        boolean insideBrackets = false;
        for (int i = 0; i < hostAndPort.length() && portColon < 0; i++) {
            char c = hostAndPort.charAt(i);
            if (c == '[') {
                insideBrackets = true;
            } else if (c == ']') {
                insideBrackets = false;
            } else if (c == ':' && !insideBrackets) {
                portColon = i;
            }
        }
        String hostText = portColon < 0 ? hostAndPort : hostAndPort.substring(0, portColon);
        if (hostText.isEmpty() && (special || portColon >= 0)) {
            return Optional.empty();
        }
        Optional<String> host = parseHost(hostText, !special);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = portColon < 0 ? NO_PORT : parsePort(hostAndPort.substring(portColon + 1));
        if (port == INVALID_PORT) {
            return Optional.empty();
        }
        boolean defaultPort = port == NO_PORT || Integer.valueOf(port).equals(SPECIAL_SCHEMES.get(scheme));
        return Optional.of(new WebOrigin(scheme, host.get(), defaultPort ? null : port));
    }

    private static final int NO_PORT = -1;
    private static final int INVALID_PORT = -2;

    /** Digits only; none means no port, above 65535 is invalid. */
    private static int parsePort(String text) {
        if (text.isEmpty()) {
            return NO_PORT;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c)) {
                return INVALID_PORT;
            }
            value = value * 10 + (c - '0');
            if (value > 65535) {
                return INVALID_PORT;
            }
        }
        return value;
    }

    /** The file state: a host only after two slashes, none for a drive letter, "localhost" means none. */
    private static Optional<String> fileHost(String rest) {
        if (rest.length() < 2 || !isSlash(rest.charAt(0), true) || !isSlash(rest.charAt(1), true)) {
            return Optional.of("");
        }
        int end = 2;
        while (end < rest.length() && !endsAuthority(rest.charAt(end), true)) {
            end++;
        }
        String hostText = rest.substring(2, end);
        if (hostText.isEmpty() || isWindowsDriveLetter(hostText)) {
            return Optional.of("");
        }
        return parseHost(hostText, false).map(host -> host.equals("localhost") ? "" : host);
    }

    private static boolean isWindowsDriveLetter(String text) {
        return text.length() == 2 && isAsciiAlpha(text.charAt(0)) && (text.charAt(1) == ':' || text.charAt(1) == '|');
    }

    /** The host parser: IPv6 in brackets, opaque hosts for non-special schemes, else domain or IPv4. */
    static Optional<String> parseHost(String input, boolean opaque) {
        if (input.startsWith("[")) {
            if (!input.endsWith("]") || input.length() < 2) {
                return Optional.empty();
            }
            return Ipv6.parse(input.substring(1, input.length() - 1)).map(pieces -> "[" + Ipv6.serialize(pieces) + "]");
        }
        if (opaque) {
            if (containsAny(input, FORBIDDEN_HOST_CODE_POINTS)) {
                return Optional.empty();
            }
            return Optional.of(percentEncodeC0(input));
        }
        String domain = new String(percentDecode(input), StandardCharsets.UTF_8);
        Optional<String> ascii = domainToAscii(domain);
        if (ascii.isEmpty() || containsForbiddenDomainCodePoint(ascii.get())) {
            return Optional.empty();
        }
        if (Ipv4.endsInANumber(ascii.get())) {
            return Ipv4.parse(ascii.get());
        }
        return ascii;
    }

    private static Optional<String> domainToAscii(String domain) {
        String mapped = domain.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        String[] labels = mapped.split("\\.", -1);
        StringBuilder out = new StringBuilder(mapped.length());
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) {
                out.append('.');
            }
            Optional<String> label = labelToAscii(labels[i]);
            if (label.isEmpty()) {
                return Optional.empty();
            }
            out.append(label.get());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    private static Optional<String> labelToAscii(String label) {
        if (isAscii(label)) {
            String lower = label.toLowerCase(Locale.ROOT);
            if (lower.startsWith("xn--")) {
                // an A-label must decode to a label with something non-ASCII in it
                String unicode = IDN.toUnicode(lower, IDN.ALLOW_UNASSIGNED);
                if (unicode.equals(lower) || isAscii(unicode)) {
                    return Optional.empty();
                }
            }
            return Optional.of(lower);
        }
        try {
            return Optional.of(IDN.toASCII(label, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] percentDecode(String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static String percentEncodeC0(String input) {
        StringBuilder out = new StringBuilder(input.length());
        for (byte b : input.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xff;
            if (value < 0x20 || value > 0x7e) {
                out.append('%').append(String.format("%02X", value));
            } else {
                out.append((char) value);
            }
        }
        return out.toString();
    }

    private static boolean containsForbiddenDomainCodePoint(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c < 0x20 || c == '%' || c == 0x7f || FORBIDDEN_HOST_CODE_POINTS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAuthority(char c, boolean special) {
        return c == '/' || c == '?' || c == '#' || (special && c == '\\');
    }

    private static boolean isSlash(char c, boolean special) {
        return c == '/' || (special && c == '\\');
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    /** The IPv4 parts of the host parser ("ends in a number", the IPv4 parser and its number parser). */
    static final class Ipv4 {
        private static final BigInteger TWO_FIFTY_SIX = BigInteger.valueOf(256);

        private Ipv4() {
        }

        static boolean endsInANumber(String host) {
            List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
            if (parts.get(parts.size() - 1).isEmpty()) {
                if (parts.size() == 1) {
                    return false;
                }
                parts.remove(parts.size() - 1);
            }
            String last = parts.get(parts.size() - 1);
            if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return true;
            }
            return number(last) != null;
        }

        static Optional<String> parse(String host) {
            List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
            if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {
                parts.remove(parts.size() - 1);
            }
            if (parts.size() > 4) {
                return Optional.empty();
            }
            List<BigInteger> numbers = new ArrayList<>();
            for (String part : parts) {
                BigInteger number = number(part);
                if (number == null) {
                    return Optional.empty();
                }
                numbers.add(number);
            }
            for (int i = 0; i < numbers.size() - 1; i++) {
                if (numbers.get(i).compareTo(BigInteger.valueOf(255)) > 0) {
                    return Optional.empty();
                }
            }
            BigInteger last = numbers.get(numbers.size() - 1);
            if (last.compareTo(TWO_FIFTY_SIX.pow(5 - numbers.size())) >= 0) {
                return Optional.empty();
            }
            long address = last.longValue();
            for (int i = 0; i < numbers.size() - 1; i++) {
                address += numbers.get(i).longValue() << (8 * (3 - i));
            }
            return Optional.of((address >> 24 & 0xff) + "." + (address >> 16 & 0xff) + "." + (address >> 8 & 0xff)
                    + "." + (address & 0xff));
        }

        /** The IPv4 number parser: decimal, {@code 0x} hex or leading-zero octal; null on failure. */
        static BigInteger number(String input) {
            if (input.isEmpty()) {
                return null;
            }
            int radix = 10;
            String digits = input;
            if (input.length() >= 2 && (input.startsWith("0x") || input.startsWith("0X"))) {
                radix = 16;
                digits = input.substring(2);
            } else if (input.length() >= 2 && input.charAt(0) == '0') {
                radix = 8;
                digits = input.substring(1);
            }
            if (digits.isEmpty()) {
                return BigInteger.ZERO;
            }
            for (int i = 0; i < digits.length(); i++) {
                if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) >= 0x80) {
                    return null;
                }
            }
            return new BigInteger(digits, radix);
        }
    }

    /** The IPv6 parser and serializer of the URL Standard. */
    static final class Ipv6 {
        private Ipv6() {
        }

        static Optional<int[]> parse(String input) {
            int[] address = new int[8];
            int pieceIndex = 0;
            int compress = -1;
            int pointer = 0;
            int length = input.length();
            if (pointer < length && input.charAt(pointer) == ':') {
                if (pointer + 1 >= length || input.charAt(pointer + 1) != ':') {
                    return Optional.empty();
                }
                pointer += 2;
                pieceIndex++;
                compress = pieceIndex;
            }
            while (pointer < length) {
                if (pieceIndex == 8) {
                    return Optional.empty();
                }
                if (input.charAt(pointer) == ':') {
                    if (compress != -1) {
                        return Optional.empty();
                    }
                    pointer++;
                    pieceIndex++;
                    compress = pieceIndex;
                    continue;
                }
                int value = 0;
                int digits = 0;
                while (digits < 4 && pointer < length && isHexChar(input.charAt(pointer))) {
                    value = value * 16 + Character.digit(input.charAt(pointer), 16);
                    pointer++;
                    digits++;
                }
                if (pointer < length && input.charAt(pointer) == '.') {
                    if (digits == 0) {
                        return Optional.empty();
                    }
                    pointer -= digits;
                    if (pieceIndex > 6) {
                        return Optional.empty();
                    }
                    int numbersSeen = 0;
                    while (pointer < length) {
                        int ipv4Piece = -1;
                        if (numbersSeen > 0) {
                            if (input.charAt(pointer) == '.' && numbersSeen < 4) {
                                pointer++;
                            } else {
                                return Optional.empty();
                            }
                        }
                        if (pointer >= length || !isAsciiDigit(input.charAt(pointer))) {
                            return Optional.empty();
                        }
                        while (pointer < length && isAsciiDigit(input.charAt(pointer))) {
                            int number = input.charAt(pointer) - '0';
                            if (ipv4Piece == -1) {
                                ipv4Piece = number;
                            } else if (ipv4Piece == 0) {
                                return Optional.empty();
                            } else {
                                ipv4Piece = ipv4Piece * 10 + number;
                            }
                            if (ipv4Piece > 255) {
                                return Optional.empty();
                            }
                            pointer++;
                        }
                        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                        numbersSeen++;
                        if (numbersSeen == 2 || numbersSeen == 4) {
                            pieceIndex++;
                        }
                    }
                    if (numbersSeen != 4) {
                        return Optional.empty();
                    }
                    break;
                } else if (pointer < length && input.charAt(pointer) == ':') {
                    pointer++;
                    if (pointer >= length) {
                        return Optional.empty();
                    }
                } else if (pointer < length) {
                    return Optional.empty();
                }
                address[pieceIndex] = value;
                pieceIndex++;
            }
            if (compress != -1) {
                int swaps = pieceIndex - compress;
                pieceIndex = 7;
                while (pieceIndex != 0 && swaps > 0) {
                    int swapped = address[compress + swaps - 1];
                    address[compress + swaps - 1] = address[pieceIndex];
                    address[pieceIndex] = swapped;
                    pieceIndex--;
                    swaps--;
                }
            } else if (pieceIndex != 8) {
                return Optional.empty();
            }
            return Optional.of(address);
        }

        static String serialize(int[] address) {
            int compress = -1;
            int longest = 1;
            for (int i = 0; i < 8; ) {
                if (address[i] != 0) {
                    i++;
                    continue;
                }
                int run = 0;
                while (i + run < 8 && address[i + run] == 0) {
                    run++;
                }
                if (run > longest) {
                    longest = run;
                    compress = i;
                }
                i += run;
            }
            StringBuilder out = new StringBuilder();
            boolean ignoreZero = false;
            for (int i = 0; i < 8; i++) {
                if (ignoreZero && address[i] == 0) {
                    continue;
                }
                ignoreZero = false;
                if (compress == i) {
                    out.append(i == 0 ? "::" : ":");
                    ignoreZero = true;
                    continue;
                }
                out.append(Integer.toHexString(address[i]));
                if (i != 7) {
                    out.append(':');
                }
            }
            return out.toString();
        }

        private static boolean isHexChar(char c) {
            return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }
}
