package org.blockstack.functions.infra.aws.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * The local stand-in for an event bus: one log line per event (its EventBridge detail JSON), and
 * the most recent events kept in memory for whoever wants to look.
 */
public final class LogEventSink implements EventSink {
    private static final Logger LOG = Logger.getLogger("org.blockstack.functions.events");
    private static final int KEEP = 1_000;

    private final Deque<BnsEvent> recent = new ArrayDeque<>();

    @Override
    public void publish(List<BnsEvent> events) throws EventPublishException {
        for (BnsEvent event : events) {
            LOG.infof("bns event %s", event.detailJson());
            synchronized (recent) {
                recent.addLast(event);
                if (recent.size() > KEEP) {
                    recent.removeFirst();
                }
            }
        }
    }

    /** The last published events, oldest first. */
    public List<BnsEvent> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }
}
