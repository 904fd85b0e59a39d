package org.blockstack.functions.lookup.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;

/**
 * Every lookup answer starts by reading the last processed block; reading it while the function
 * starts builds the DynamoDB client, opens its connection and leaves a reading the first request
 * may reuse (within {@code LOOKUP_CACHE_TTL}, as any other reading).
 */
@ApplicationScoped
public class TipWarmUp implements WarmUp {
    @Inject
    ChainTip tip;

    @Override
    public void run() {
        tip.current();
    }
}
