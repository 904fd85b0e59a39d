package org.blockstack.functions.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.core.gaia.GaiaRequestException;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.blockstack.functions.infra.aws.dynamodb.RevocationRepository;

/**
 * What a hub's first write needs besides its own data: both S3 clients and a connection (a HEAD of
 * a file nobody can own), the DynamoDB client (a revocation read) and the secp256k1 tables token
 * checks use. Nothing is written.
 */
@ApplicationScoped
public class HubWarmUp implements WarmUp {
    /** Bitcoin's unspendable burn address: no key signs for it, so no bucket of that name holds files. */
    static final String NOBODYS_ADDRESS = "1111111111111111111114oLvT2";

    @Inject
    GaiaHub hub;
    @Inject
    RevocationRepository revocations;

    @Override
    public void run() {
        Secp256k1Keys.DOMAIN.getG();
        revocations.find(NOBODYS_ADDRESS);
        try {
            hub.stat(NOBODYS_ADDRESS, "warm-up");
        } catch (GaiaRequestException e) {
            throw new IllegalStateException(e);
        }
    }
}
