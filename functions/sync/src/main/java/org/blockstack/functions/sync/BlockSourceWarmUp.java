package org.blockstack.functions.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;

/**
 * Every sync run asks the block source for its tip: asked while the function starts, that builds
 * the source's HTTP client and opens its connection. A read only; the run asks again.
 */
@ApplicationScoped
public class BlockSourceWarmUp implements WarmUp {
    @Inject
    BlockSources sources;

    @Override
    public void run() {
        try {
            sources.source().tipHeight();
        } catch (BlockSourceException e) {
            throw new IllegalStateException(e);
        }
    }
}
