package org.blockstack.functions.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.blockstack.functions.core.auth.NameOwners.NameOwnership;
import org.blockstack.functions.local.LocalStackTestResource;
import org.blockstack.functions.sync.SyncService;
import org.blockstack.functions.verify.IndexedNameOwners;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The verify function's username check reads the BNS index sync wrote from the demo chain. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class IndexedNameOwnersTest {
    @Inject
    SyncService sync;
    @Inject
    IndexedNameOwners owners;

    @Test
    void registeredNamesHaveOwnersAndRevokedExpiredOrUnknownOnesDoNot() {
        assertThat(owners.ownerOf("alice.demo")).isInstanceOf(NameOwnership.Unknown.class);
        while (sync.runOnce().blocks() > 0) {
            // catch up with the demo chain (one run may stop at its block limit)
        }
        assertThat(owners.ownerOf("alice.demo")).isInstanceOfSatisfying(NameOwnership.Owned.class,
                owned -> assertThat(owned.ownerAddress()).matches("[mn][1-9A-HJ-NP-Za-km-z]{25,34}"));
        assertThat(owners.ownerOf("kept.tmp")).as("renewed in its grace period")
                .isInstanceOf(NameOwnership.Owned.class);
        assertThat(owners.ownerOf("revoked.demo")).isInstanceOf(NameOwnership.NotRegistered.class);
        assertThat(owners.ownerOf("soon.tmp")).as("expired").isInstanceOf(NameOwnership.NotRegistered.class);
        assertThat(owners.ownerOf("nobody.demo")).isInstanceOf(NameOwnership.NotRegistered.class);
    }
}
