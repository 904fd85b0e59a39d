package org.blockstack.functions.lambdaruntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.quarkus.amazon.lambda.runtime.MockEventServer;

/**
 * Quarkus' mock event server (the one {@code @QuarkusTest} uses) as the Lambda Runtime API of
 * local function processes, on a free loopback port. {@link #invoke} posts one event and waits
 * for the function's answer.
 */
public final class MockRuntimeApi implements AutoCloseable {
    private final MockEventServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MockRuntimeApi(MockEventServer server) {
        this.server = server;
    }

    public static MockRuntimeApi start() {
        MockEventServer server = new MockEventServer();
        server.start(0);
        return new MockRuntimeApi(server);
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API} that reaches this server. */
    public String runtimeApi() {
        return "127.0.0.1:" + server.getPort() + MockEventServer.BASE_PATH;
    }

    /** A function's answer: 200 with its result, or the mock server's error status with the function's error. */
    public record Invocation(int status, String body) {
    }

    /** Hands {@code event} to the next function that polls, and returns its answer. */
    public Invocation invoke(String event, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + MockEventServer.POST_EVENT))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Invocation(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("invocation through the mock Runtime API failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the function", e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
