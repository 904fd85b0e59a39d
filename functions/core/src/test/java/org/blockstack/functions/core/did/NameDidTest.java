package org.blockstack.functions.core.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Name DIDs as read-api §5.1.1 and §11.2 spell them. */
class NameDidTest {
    @Test
    void aNameDidNamesItsCreatorAndIndex() {
        NameDid did = NameDid.parse("did:stack:v0:157T81V75JuiXo9gtb9mPhBUostVkxPN8o-3").orElseThrow();
        assertThat(did.index()).isEqualTo(3);
        assertThat(did.subdomain()).isFalse();
        assertThat(did.creator().toBase58(false)).isEqualTo("157T81V75JuiXo9gtb9mPhBUostVkxPN8o");
        assertThat(NameDid.of("157T81V75JuiXo9gtb9mPhBUostVkxPN8o", 3))
                .isEqualTo("did:stack:v0:157T81V75JuiXo9gtb9mPhBUostVkxPN8o-3");
    }

    @Test
    void aSubdomainDidCarriesVersion63() {
        NameDid did = NameDid.parse("did:stack:v0:SRQT9rGFog6v46w9S28qwbL3Tf7vbCgCux-0").orElseThrow();
        assertThat(did.subdomain()).isTrue();
        assertThat(did.creator().toBase58(false)).as("the spec's example owner")
                .isEqualTo("157T81V75JuiXo9gtb9mPhBUostVkxPN8o");
    }

    @Test
    void malformedDidsAreRefused() {
        assertThat(NameDid.parse("did:stack:v0:157T81V75JuiXo9gtb9mPhBUostVkxPN8o")).isEmpty();
        assertThat(NameDid.parse("did:stack:v1:157T81V75JuiXo9gtb9mPhBUostVkxPN8o-0")).isEmpty();
        assertThat(NameDid.parse("did:stack:v0:157T81V75JuiXo9gtb9mPhBUostVkxPN8p-0")).as("checksum").isEmpty();
        assertThat(NameDid.parse("did:btc-addr:157T81V75JuiXo9gtb9mPhBUostVkxPN8o")).isEmpty();
        assertThat(NameDid.parse("did:stack:v0:157T81V75JuiXo9gtb9mPhBUostVkxPN8o-99999999999999999999")).isEmpty();
    }
}
