package org.blockstack.functions.infra.aws.bitcoin;

import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * Asks again, with exponential backoff, when a source fails transiently (down, timed out,
 * overloaded). Wrong answers are not retried: asking again would give the same wrong answer.
 */
public final class RetryingBlockSource implements BlockSource {
    private static final Logger LOG = Logger.getLogger(RetryingBlockSource.class);

    /** The retry policy: at most {@code attempts} tries, waiting {@code firstBackoff}, then twice as long each time. */
    public record Policy(int attempts, Duration firstBackoff, Duration maxBackoff) {
        public Policy {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
            }
        }

        public static Policy defaults() {
            return new Policy(4, Duration.ofMillis(250), Duration.ofSeconds(4));
        }
    }

    @FunctionalInterface
    private interface Request<T> {
        T run() throws BlockSourceException;
    }

    private final BlockSource source;
    private final Policy policy;

    public RetryingBlockSource(BlockSource source, Policy policy) {
        this.source = source;
        this.policy = policy;
    }

    @Override
    public int tipHeight() throws BlockSourceException {
        return withRetries(source::tipHeight);
    }

    @Override
    public String blockHash(int height) throws BlockSourceException {
        return withRetries(() -> source.blockHash(height));
    }

    @Override
    public byte[] rawBlock(String hash) throws BlockSourceException {
        return withRetries(() -> source.rawBlock(hash));
    }

    @Override
    public byte[] rawTransaction(String txid) throws BlockSourceException {
        return withRetries(() -> source.rawTransaction(txid));
    }

    @Override
    public String describe() {
        return source.describe();
    }

    private <T> T withRetries(Request<T> request) throws BlockSourceException {
        Duration backoff = policy.firstBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                return request.run();
            } catch (BlockSourceException e) {
                if (!e.isTransient() || attempt >= policy.attempts()) {
                    if (attempt > 1) {
                        throw new BlockSourceException(e.getMessage() + " (after " + attempt + " attempts)",
                                e.isTransient(), e);
                    }
                    throw e;
                }
                LOG.warnf("%s; retrying in %d ms (attempt %d of %d)", e.getMessage(), backoff.toMillis(), attempt + 1,
                        policy.attempts());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration duration) throws BlockSourceException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BlockSourceException("interrupted while waiting to retry", e);
        }
    }
}
