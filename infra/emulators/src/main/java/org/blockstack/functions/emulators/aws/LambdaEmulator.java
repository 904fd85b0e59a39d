package org.blockstack.functions.emulators.aws;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blockstack.functions.emulators.LoopbackHttpServer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * Lambda's {@code Invoke} over its real wire protocol (REST-JSON,
 * {@code POST /2015-03-31/functions/<name>/invocations}), for asynchronous invocations
 * ({@code X-Amz-Invocation-Type: Event}) only: each is recorded, as Lambda would queue it, and
 * answered 202. Tests read the recorded events and hand them to the function themselves.
 */
public final class LambdaEmulator extends LoopbackHttpServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INVOKE = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations");

    /** One queued event: the function named (name, ARN or name:qualifier) and its payload. */
    public record Invocation(String functionName, String payload) {
    }

    private final List<Invocation> invocations = new ArrayList<>();

    private LambdaEmulator() {
        super("lambda");
    }

    public static LambdaEmulator start() {
        LambdaEmulator emulator = new LambdaEmulator();
        emulator.listen();
        return emulator;
    }

    /** The events queued so far, oldest first. */
    public List<Invocation> invocations() {
        synchronized (invocations) {
            return List.copyOf(invocations);
        }
    }

    @Override
    protected void handle(HttpExchange exchange, String path) throws IOException {
        Matcher invoke = INVOKE.matcher(path);
        if (!"POST".equals(exchange.getRequestMethod()) || !invoke.matches()) {
            error(exchange, 404, "ResourceNotFoundException", "only Invoke is emulated, not " + exchange.getRequestMethod()
                    + " " + path);
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
        if (!"Event".equals(type)) {
            error(exchange, 400, "InvalidParameterValueException", "only asynchronous invocations (Event) are "
                    + "emulated, not " + type);
            return;
        }
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (invocations) {
            invocations.add(new Invocation(URLDecoder.decode(invoke.group(1), StandardCharsets.UTF_8), payload));
        }
        reply(exchange, 202, "application/json", new byte[0]);
    }

    private void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        exchange.getResponseHeaders().set("X-Amzn-ErrorType", type);
        reply(exchange, status, "application/json",
                JSON.writeValueAsBytes(Map.of("Type", "User", "message", message)));
    }
}
