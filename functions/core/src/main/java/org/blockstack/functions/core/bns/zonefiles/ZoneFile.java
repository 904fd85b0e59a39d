package org.blockstack.functions.core.bns.zonefiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed zone file, held in the reference's JSON form (read-api §12.1): {@code $origin},
 * {@code $ttl}, and one list per record type ({@code uri}, {@code txt}, …) of objects with
 * {@code name}, an optional {@code ttl} and the type's fields.
 */
public final class ZoneFile {
    /** Owner name of the URI record that points at a subdomain resolver (read-api §5.1.3). */
    public static final String RESOLVER_OWNER = "_resolver";

    /** One URI record: where the profile (or a resolver) lives. */
    public record UriRecord(String name, long priority, long weight, String target) {
    }

    private final Map<String, Object> json;

    ZoneFile(Map<String, Object> json) {
        this.json = Collections.unmodifiableMap(json);
    }

    /** The reference's JSON form; lists and records are read-only views. */
    public Map<String, Object> json() {
        return json;
    }

    public Optional<String> origin() {
        return Optional.ofNullable(json.get("$origin")).map(Object::toString);
    }

    /** The URI records in file order. */
    public List<UriRecord> uriRecords() {
        List<UriRecord> records = new ArrayList<>();
        for (Map<?, ?> record : records("uri")) {
            records.add(new UriRecord((String) record.get("name"), (Long) record.get("priority"),
                    (Long) record.get("weight"), (String) record.get("target")));
        }
        return records;
    }

    /** The target of the first {@code _resolver} URI record: the subdomain resolver of this name. */
    public Optional<String> resolver() {
        return uriRecords().stream().filter(uri -> RESOLVER_OWNER.equals(uri.name())).map(UriRecord::target)
                .findFirst();
    }

    /** The records of one type ({@code "txt"}, {@code "uri"}, …) in their JSON form. */
    public List<Map<?, ?>> records(String type) {
        Object list = json.get(type);
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        List<Map<?, ?>> records = new ArrayList<>();
        for (Object item : items) {
            records.add(Collections.unmodifiableMap((Map<?, ?>) item));
        }
        return records;
    }
}
