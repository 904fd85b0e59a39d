package org.blockstack.functions.infra.aws.events;

import java.util.List;

/**
 * Where sync publishes accepted operations. Delivery is at least once: a block applied again
 * after a crash publishes its events again, so consumers de-duplicate on (txid, operation).
 */
public interface EventSink {
    /** Publishes all events or throws {@link EventPublishException}. */
    void publish(List<BnsEvent> events) throws EventPublishException;
}
