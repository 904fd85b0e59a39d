package org.blockstack.functions.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainReadIndex;
import org.blockstack.functions.lookup.chain.ChainTip;

/**
 * Every lookup answer starts by reading the last processed block; reading it while the function
 * starts builds the DynamoDB client, opens its connection and leaves a reading the first request
 * may reuse (within {@code LOOKUP_CACHE_TTL}, as any other reading). Then the name and subdomain
 * indexes' table handles are built (their schemas are a few hundred generated accessor classes),
 * which most other first requests need.
 */
@ApplicationScoped
public class LookupWarmUp implements WarmUp {
    @Inject
    ChainTip tip;
    @Inject
    Instance<BnsReadIndex> names;
    @Inject
    Instance<SubdomainReadIndex> subdomains;

    @Override
    public void run() {
        tip.current();
        names.get();
        subdomains.get();
    }
}
