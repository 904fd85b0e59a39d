package org.blockstack.functions.core.bns.state;

import java.util.Objects;
import java.util.Optional;

/**
 * One item's change over a block: its value before the block and after it (empty = absent).
 * A caller persists {@code after} on the condition that the item still holds {@code before}
 * (or already holds {@code after}, which makes re-applying idempotent), and undoes the block by
 * writing {@code before} back on the condition that it holds {@code after}.
 */
public record StateChange(StateKey key, Optional<StateValue> before, Optional<StateValue> after) {
    public StateChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        before.ifPresent(value -> requireKey(key, value));
        after.ifPresent(value -> requireKey(key, value));
    }

    private static void requireKey(StateKey key, StateValue value) {
        if (!value.key().equals(key)) {
            throw new IllegalArgumentException("value stored under " + value.key() + " cannot be an image of " + key);
        }
    }
}
