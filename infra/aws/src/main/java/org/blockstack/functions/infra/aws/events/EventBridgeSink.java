package org.blockstack.functions.infra.aws.events;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Publishes to an EventBridge bus with {@code PutEvents}, at most 10 entries per call (the API's
 * limit). Entries EventBridge reports as failed are sent once more; if they fail again, the
 * whole publication fails and sync stops before moving its checkpoint.
 */
public final class EventBridgeSink implements EventSink {
    /** The {@code source} of every event. */
    public static final String SOURCE = "blockstack-functions.bns";
    private static final int MAX_ENTRIES_PER_CALL = 10;

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeSink(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(List<BnsEvent> events) throws EventPublishException {
        List<PutEventsRequestEntry> entries = new ArrayList<>();
        for (BnsEvent event : events) {
            entries.add(entry(event));
        }
        for (int start = 0; start < entries.size(); start += MAX_ENTRIES_PER_CALL) {
            List<PutEventsRequestEntry> batch = entries.subList(start, Math.min(start + MAX_ENTRIES_PER_CALL,
                    entries.size()));
            List<PutEventsRequestEntry> failed = put(batch);
            if (!failed.isEmpty()) {
                List<PutEventsRequestEntry> stillFailed = put(failed);
                if (!stillFailed.isEmpty()) {
                    throw new EventPublishException("EventBridge bus " + busName + " refused " + stillFailed.size()
                            + " of " + batch.size() + " events twice");
                }
            }
        }
    }

    private List<PutEventsRequestEntry> put(List<PutEventsRequestEntry> batch) throws EventPublishException {
        PutEventsResponse response;
        try {
            response = client.putEvents(request -> request.entries(batch));
        } catch (SdkException e) {
            throw new EventPublishException("cannot publish " + batch.size() + " events to EventBridge bus " + busName
                    + ": " + e.getMessage(), e);
        }
        List<PutEventsRequestEntry> failed = new ArrayList<>();
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            List<PutEventsResultEntry> results = response.entries();
            for (int i = 0; i < results.size() && i < batch.size(); i++) {
                if (results.get(i).errorCode() != null) {
                    failed.add(batch.get(i));
                }
            }
        }
        return failed;
    }

    private PutEventsRequestEntry entry(BnsEvent event) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(SOURCE)
                .detailType(event.operation())
                .detail(event.detailJson())
                .build();
    }
}
