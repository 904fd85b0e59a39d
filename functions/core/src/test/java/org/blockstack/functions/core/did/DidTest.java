package org.blockstack.functions.core.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DidTest {
    @Test
    void btcAddressDidsNameTheirAddressVerbatim() throws Exception {
        assertThat(Did.parse("did:btc-addr:1DhJ8rcSdAAAFz8zfiWemPMoKSoGz9bEvx").bitcoinAddress())
                .contains("1DhJ8rcSdAAAFz8zfiWemPMoKSoGz9bEvx");
        assertThat(Did.parse("DID:BTC-ADDR:1abc").bitcoinAddress()).as("method and prefix in any case").contains("1abc");
        assertThat(Did.parse("did:btc-addr:").bitcoinAddress()).contains("");
    }

    @Test
    void otherMethodsNameNoAddress() throws Exception {
        Did did = Did.parse("did:ecdsa-pub:0349db187d9058fc3ecd017d415058bbd6c104662a5308f27e0e067d0ce5c28d94");
        assertThat(did.type()).isEqualTo(Did.ECDSA_PUBLIC_KEY);
        assertThat(did.bitcoinAddress()).isEmpty();
    }

    @Test
    void textThatIsNotAThreePartDidIsInvalid() {
        assertThatThrownBy(() -> Did.parse("did:btc-addr:1abc:extra")).hasMessageContaining("4 colon-separated parts");
        assertThatThrownBy(() -> Did.parse("1DhJ8rcSdAAAFz8zfiWemPMoKSoGz9bEvx")).hasMessageContaining("1 colon-separated");
        assertThatThrownBy(() -> Did.parse("urn:btc-addr:1abc")).hasMessageContaining("does not start with");
    }
}
