package org.blockstack.functions.emulators;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;


import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP plumbing the emulated Bitcoin APIs share: a server on a free loopback port, reply
 * helpers, and injected faults, so tests can make a source fail the way real ones do
 * (HTTP 500, a truncated or garbage body, a slow answer).
 */
public abstract class LoopbackHttpServer implements AutoCloseable {
    /** A way to answer wrongly. */
    public enum Fault {
        /** HTTP 500 with a text body. */
        SERVER_ERROR,
        /** The right answer with its second half cut off. */
        TRUNCATED_BODY,
        /** HTTP 200 with a body that is not the answer. */
        GARBAGE_BODY,
        /** The right answer, after a delay longer than any sensible client timeout. */
        SLOW,
        /** HTTP 200 with a body given by the test (e.g. another block's bytes). */
        SUBSTITUTE_BODY
    }

    private record PendingFault(Predicate<String> pathMatches, Fault fault, byte[] substitute) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;
    private final Deque<PendingFault> faults = new ArrayDeque<>();
    private volatile long slowMillis = 5_000;

    protected LoopbackHttpServer(String threadName) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new EmulatorException("cannot open a loopback HTTP port: " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    protected final void listen() {
        server.start();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** The next request whose path contains {@code pathPart} is answered with {@code fault}. */
    public void failNext(String pathPart, Fault fault) {
        synchronized (faults) {
            faults.addLast(new PendingFault(path -> path.contains(pathPart), fault, null));
        }
    }

    /** The next request whose path contains {@code pathPart} is answered 200 with {@code body}. */
    public void substituteNext(String pathPart, byte[] body) {
        synchronized (faults) {
            faults.addLast(new PendingFault(path -> path.contains(pathPart), Fault.SUBSTITUTE_BODY, body.clone()));
        }
    }

    /** How long {@link Fault#SLOW} waits. */
    public void slowAnswerMillis(long millis) {
        this.slowMillis = millis;
    }

    /** Answers one request; implementations call {@link #reply} or {@link #text}. */
    protected abstract void handle(HttpExchange exchange, String path) throws IOException;

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            handle(exchange, exchange.getRequestURI().getPath());
        }
    }

    protected final void text(HttpExchange exchange, int status, String message) throws IOException {
        reply(exchange, status, "text/plain", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    protected final void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        PendingFault pending = takeFault(exchange.getRequestURI().getPath());
        Fault fault = pending == null ? null : pending.fault();
        if (fault == Fault.SUBSTITUTE_BODY) {
            body = pending.substitute();
        } else if (fault == Fault.SERVER_ERROR) {
            status = 500;
            contentType = "text/plain";
            body = "injected failure\n".getBytes(StandardCharsets.UTF_8);
        } else if (fault == Fault.TRUNCATED_BODY) {
            body = java.util.Arrays.copyOf(body, body.length / 2);
        } else if (fault == Fault.GARBAGE_BODY) {
            body = "<html>this is not what you asked for</html>".getBytes(StandardCharsets.UTF_8);
        } else if (fault == Fault.SLOW) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private PendingFault takeFault(String path) {
        synchronized (faults) {
            for (var iterator = faults.iterator(); iterator.hasNext();) {
                PendingFault pending = iterator.next();
                if (pending.pathMatches().test(path)) {
                    iterator.remove();
                    return pending;
                }
            }
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
