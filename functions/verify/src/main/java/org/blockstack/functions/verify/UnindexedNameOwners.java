package org.blockstack.functions.verify;

import jakarta.inject.Singleton;

import org.blockstack.functions.core.auth.NameOwners;

import io.quarkus.arc.DefaultBean;

/**
 * Stands in until the BNS name index (the names table written by sync) is readable: every name's
 * owner is unknown, so usernames in auth responses are reported as not confirmed. A
 * {@link NameOwners} bean reading the index replaces this one.
 */
@Singleton
@DefaultBean
public class UnindexedNameOwners implements NameOwners {
    @Override
    public NameOwnership ownerOf(String name) {
        return new NameOwnership.Unknown("the BNS name index is not available to this function yet");
    }
}
