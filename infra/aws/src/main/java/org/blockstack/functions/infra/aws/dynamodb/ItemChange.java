package org.blockstack.functions.infra.aws.dynamodb;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A change to one item of a logical table: its key and its whole image before and after
 * (empty when the item does not exist on that side). Applying writes {@code after}; undoing
 * writes {@code before}; both are idempotent.
 */
public record ItemChange(
        String table,
        Map<String, AttributeValue> key,
        Optional<Map<String, AttributeValue>> before,
        Optional<Map<String, AttributeValue>> after) {

    public ItemChange {
        key = Map.copyOf(key);
        before = before.map(Map::copyOf);
        after = after.map(Map::copyOf);
    }
}
