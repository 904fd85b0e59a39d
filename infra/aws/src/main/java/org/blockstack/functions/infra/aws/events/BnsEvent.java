package org.blockstack.functions.infra.aws.events;

import java.util.Map;

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

    public BnsEvent {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }
}
