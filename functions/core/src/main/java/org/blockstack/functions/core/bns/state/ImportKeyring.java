package org.blockstack.functions.core.bns.state;

import java.util.List;

/**
 * The addresses allowed to NAME_IMPORT into a namespace: the BIP32 children of the first
 * importer's key and that key's own address (bns-protocol §6.5). Built once per namespace id
 * and, as in the reference, never rebuilt (§13.7).
 */
public record ImportKeyring(String namespaceId, String publicKeyHex, List<String> addresses) implements StateValue {
    public ImportKeyring {
        addresses = List.copyOf(addresses);
    }

    @Override
    public StateKey.Keyring key() {
        return new StateKey.Keyring(namespaceId);
    }
}
