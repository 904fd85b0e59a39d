package org.blockstack.functions.core.auth;

/**
 * Port: who owns a BNS name, as the name index knows it. The auth response's username rule asks
 * it instead of a name server chosen by the token (tokens spec §4.3).
 */
@FunctionalInterface
public interface NameOwners {
    /** @param name a fully qualified name as a token claims it, e.g. {@code alice.id} */
    NameOwnership ownerOf(String name);

    /** What the index can say about a name. */
    sealed interface NameOwnership {
        /** The name is registered to {@code ownerAddress} (base58check, or a Stacks c32 address). */
        record Owned(String ownerAddress) implements NameOwnership {
        }

        /** The index has no such name (never registered, expired past grace, or revoked). */
        record NotRegistered() implements NameOwnership {
        }

        /** The index could not answer; {@code reason} says why. */
        record Unknown(String reason) implements NameOwnership {
        }
    }
}
