package org.blockstack.functions.core.gaia;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code scopes} claim of a v1 token (tokens spec §6.6): up to eight {@code {scope, domain}}
 * entries, each one of six kinds. Each category restricts only its own operations; a token with
 * no entries of a category is unrestricted there.
 */
public final class GaiaScopes {
    /** The scope kinds; {@code domain} is an exact path, or a plain string prefix for the Prefix kinds. */
    public enum Kind {
        putFile, putFilePrefix, deleteFile, deleteFilePrefix, putFileArchival, putFileArchivalPrefix
    }

    public static final int MAX_ENTRIES = 8;
    public static final GaiaScopes NONE = new GaiaScopes(new EnumMap<>(Kind.class));

    private final Map<Kind, List<String>> domains;

    private GaiaScopes(Map<Kind, List<String>> domains) {
        this.domains = domains;
    }

    /**
     * Reads a {@code scopes} claim as the hub does: an array of at most eight objects whose
     * {@code scope} names one of the six kinds; {@code domain} is coerced to a string.
     *
     * @throws GaiaAuthException (FORMAT) for anything else
     */
    public static GaiaScopes parse(Object claim) throws GaiaAuthException {
        if (!(claim instanceof List<?> entries)) {
            throw malformed("scopes must be an array of {scope, domain} objects");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw malformed("Too many authentication scopes: " + entries.size() + ", at most " + MAX_ENTRIES);
        }
        Map<Kind, List<String>> domains = new EnumMap<>(Kind.class);
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw malformed("scopes must be an array of {scope, domain} objects");
            }
            Kind kind = kindOf(fields.get("scope"));
            // String(entry.domain): a missing domain reads "undefined" in the reference hub
            String domain = fields.containsKey("domain") ? JsValues.string(fields.get("domain")) : "undefined";
            domains.computeIfAbsent(kind, k -> new ArrayList<>()).add(domain);
        }
        return new GaiaScopes(domains);
    }

    private static Kind kindOf(Object scope) throws GaiaAuthException {
        if (scope instanceof String name) {
            for (Kind kind : Kind.values()) {
                if (kind.name().equals(name)) {
                    return kind;
                }
            }
        }
        throw malformed("Unrecognized scope " + scope);
    }

    private static GaiaAuthException malformed(String why) {
        return GaiaAuthException.unparseable(why);
    }

    /** The domains of one kind, in token order. */
    public List<String> domains(Kind kind) {
        return List.copyOf(domains.getOrDefault(kind, List.of()));
    }

    /** True when the token carries archival scopes: its writes and deletes keep history. */
    public boolean archival() {
        return domains.containsKey(Kind.putFileArchival) || domains.containsKey(Kind.putFileArchivalPrefix);
    }

    /**
     * May {@code path} of bucket {@code address} be written? Archival scopes are checked first,
     * then write scopes, with the reference hub's messages.
     */
    public void checkWrite(String address, String path) throws GaiaAuthException {
        checkArchival(address, path);
        check(Kind.putFilePrefix, Kind.putFile, path,
                "Address " + address + " not authorized to write to " + path + " by scopes");
    }

    /** May {@code path} of bucket {@code address} be deleted? Archival scopes first, then delete scopes. */
    public void checkDelete(String address, String path) throws GaiaAuthException {
        checkArchival(address, path);
        check(Kind.deleteFilePrefix, Kind.deleteFile, path,
                "Address " + address + " not authorized to delete from " + path + " by scopes");
    }

    private void checkArchival(String address, String path) throws GaiaAuthException {
        check(Kind.putFileArchivalPrefix, Kind.putFileArchival, path,
                "Address " + address + " not authorized to modify " + path + " by scopes");
    }

    private void check(Kind prefixKind, Kind exactKind, String path, String refusal) throws GaiaAuthException {
        Collection<String> prefixes = domains.getOrDefault(prefixKind, List.of());
        Collection<String> exact = domains.getOrDefault(exactKind, List.of());
        if (prefixes.isEmpty() && exact.isEmpty()) {
            return;
        }
        if (prefixes.stream().anyMatch(path::startsWith) || exact.contains(path)) {
            return;
        }
        throw new GaiaAuthException(GaiaAuthException.Rule.SCOPE, refusal);
    }
}
