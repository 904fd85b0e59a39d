package org.blockstack.functions.emulators.aws;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.blockstack.functions.emulators.LoopbackHttpServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * EventBridge's {@code PutEvents} over its real wire protocol (AWS JSON 1.1), enough for the SDK
 * client to publish to it: accepted entries are recorded for tests to read, and the next entries
 * can be made to fail the way EventBridge reports partial failures.
 */
public final class EventBridgeEmulator extends LoopbackHttpServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One accepted entry, as the client sent it. */
    public record Entry(String eventBusName, String source, String detailType, String detail) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final AtomicInteger entriesToFail = new AtomicInteger();

    private EventBridgeEmulator() {
        super("eventbridge");
    }

    public static EventBridgeEmulator start() {
        EventBridgeEmulator emulator = new EventBridgeEmulator();
        emulator.listen();
        return emulator;
    }

    /** The next {@code count} entries are answered as failed (InternalFailure). */
    public void failNextEntries(int count) {
        entriesToFail.set(count);
    }

    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    @Override
    protected void handle(HttpExchange exchange, String path) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (!"AWSEvents.PutEvents".equals(target)) {
            error(exchange, "UnknownOperationException", "operation " + target + " is not emulated");
            return;
        }
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        ArrayNode results = JSON.createArrayNode();
        int failed = 0;
        for (JsonNode entry : request.path("Entries")) {
            ObjectNode result = results.addObject();
            if (entriesToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                result.put("ErrorCode", "InternalFailure").put("ErrorMessage", "injected failure");
                failed++;
                continue;
            }
            synchronized (entries) {
                entries.add(new Entry(entry.path("EventBusName").asText(null), entry.path("Source").asText(null),
                        entry.path("DetailType").asText(null), entry.path("Detail").asText(null)));
            }
            result.put("EventId", UUID.randomUUID().toString());
        }
        ObjectNode response = JSON.createObjectNode().put("FailedEntryCount", failed);
        response.set("Entries", results);
        reply(exchange, 200, "application/x-amz-json-1.1", JSON.writeValueAsBytes(response));
    }

    private void error(HttpExchange exchange, String type, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("__type", type).put("message", message);
        reply(exchange, 400, "application/x-amz-json-1.1", JSON.writeValueAsBytes(body));
    }
}
