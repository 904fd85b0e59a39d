package org.blockstack.functions.core.bns.operations;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bitcoinj.crypto.ChildNumber;
import org.bitcoinj.crypto.DeterministicKey;
import org.bitcoinj.crypto.HDKeyDerivation;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.state.ImportKeyring;
import org.blockstack.functions.core.tokens.Secp256k1Keys;

/**
 * The import keyring of a namespace (bns-protocol §6.5): the addresses of the non-hardened BIP32
 * children 0 … n−1 of the first importer's key, taken as an extended public key with a chain code
 * of 32 zero bytes (the reference's {@code keychain.PublicKeychain.from_public_key}), each as the
 * p2pkh address of the child's compressed key, plus the address of the key itself as it appeared.
 */
public final class ImportKeyrings {
    private static final byte[] ZERO_CHAIN_CODE = new byte[32];

    private ImportKeyrings() {
    }

    public static ImportKeyring build(String namespaceId, String publicKeyHex, NetworkParams params) {
        byte[] compressed = Secp256k1Keys.decodePoint(publicKeyHex).getEncoded(true);
        DeterministicKey master = HDKeyDerivation.createMasterPubKeyFromBytes(compressed, ZERO_CHAIN_CODE);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < params.importKeyringSize(); i++) {
            DeterministicKey child = HDKeyDerivation.deriveChildKey(master, new ChildNumber(i, false));
            addresses.add(params.p2pkhAddress(child.getPubKeyHash()));
        }
        addresses.add(params.p2pkhAddress(Hashes.hash160(HexFormat.of().parseHex(publicKeyHex))));
        return new ImportKeyring(namespaceId, publicKeyHex, addresses);
    }
}
