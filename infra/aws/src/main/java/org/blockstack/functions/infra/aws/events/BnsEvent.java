package org.blockstack.functions.infra.aws.events;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One accepted BNS operation, as integrations receive it (schema in docs/events.md).
 * {@code name} is the fully-qualified name, or the namespace id for namespace operations.
 * {@code detail} holds operation-specific fields (owner address, value hash, ...).
 */
public record BnsEvent(
        String operation,
        String name,
        String namespaceId,
        int height,
        int vtxindex,
        String txid,
        Map<String, Object> detail) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("operation", "name", "namespaceId", "height", "vtxindex", "txid");

    public BnsEvent {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }

    /** The event's EventBridge {@code detail}: the fields above, operation-specific ones last. */
    public String detailJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("operation", operation);
        fields.put("name", name);
        fields.put("namespaceId", namespaceId);
        fields.put("height", height);
        fields.put("vtxindex", vtxindex);
        fields.put("txid", txid);
        fields.putAll(new TreeMap<>(detail));
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + operation + " of " + txid + " cannot be written as JSON", e);
        }
    }

    /** The event whose {@link #detailJson()} this is. */
    public static BnsEvent fromDetailJson(String json) {
        Map<String, Object> fields;
        try {
            fields = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("not an event detail: " + json, e);
        }
        Map<String, Object> detail = new LinkedHashMap<>(fields);
        detail.keySet().removeAll(FIELDS);
        return new BnsEvent((String) fields.get("operation"), (String) fields.get("name"),
                (String) fields.get("namespaceId"), ((Number) fields.get("height")).intValue(),
                ((Number) fields.get("vtxindex")).intValue(), (String) fields.get("txid"), detail);
    }
}
