package org.blockstack.functions.infra.aws.bitcoin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP for block sources: one client per source, a timeout on every request, no redirects, and
 * failures turned into {@link BlockSourceException}s that name the source. Connection failures,
 * timeouts, 429 and 5xx answers are transient; everything else is not.
 */
final class SourceHttp {
    private static final int MAX_ERROR_TEXT = 200;

    private final String sourceName;
    private final Duration timeout;
    private final HttpClient client;

    SourceHttp(String sourceName, Duration timeout) {
        this.sourceName = sourceName;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An answer with any status; transport failures are already exceptions. */
    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    byte[] get(URI uri) throws BlockSourceException {
        Answer answer = send(HttpRequest.newBuilder(uri).GET(), "GET " + uri.getPath());
        return requireOk(answer, "GET " + uri.getPath());
    }

    Answer post(URI uri, String body, Map<String, String> headers, String what) throws BlockSourceException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request, what);
    }

    byte[] requireOk(Answer answer, String what) throws BlockSourceException {
        if (answer.status() == 200) {
            return answer.body();
        }
        String message = sourceName + " answered HTTP " + answer.status() + " to " + what + ": "
                + abbreviate(answer.text());
        if (answer.status() == 429 || answer.status() >= 500) {
            throw BlockSourceException.transientFailure(message, null);
        }
        throw new BlockSourceException(message);
    }

    private Answer send(HttpRequest.Builder request, String what) throws BlockSourceException {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            throw BlockSourceException.transientFailure(sourceName + " did not answer " + what + " within "
                    + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw BlockSourceException.transientFailure(sourceName + " is unreachable (" + what + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BlockSourceException("interrupted while asking " + sourceName + " for " + what, e);
        }
    }

    String sourceName() {
        return sourceName;
    }

    static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > MAX_ERROR_TEXT ? oneLine.substring(0, MAX_ERROR_TEXT) + "…" : oneLine;
    }

    static URI withTrailingSlash(URI uri) {
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }
}
