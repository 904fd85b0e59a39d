package org.blockstack.functions.infra.aws.events;

import java.util.List;

/**
 * Where sync publishes accepted operations. Delivery is at least once: a block applied again
 * after a crash publishes its events again, so consumers de-duplicate on (txid, operation).
 */
public interface EventSink {
    /** Publishes all events or throws {@link EventPublishException}. */
    void publish(List<BnsEvent> events) throws EventPublishException;

    /**
     * Tells the sink that a chain reorganisation took back a block whose {@code events} were
     * published; called again if the take-back is interrupted. Nothing by default: subscribers
     * of the published events see the replacing block's events.
     */
    default void takenBack(List<BnsEvent> events) throws EventPublishException {
    }
}
