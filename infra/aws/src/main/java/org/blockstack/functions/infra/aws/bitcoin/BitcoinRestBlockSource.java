package org.blockstack.functions.infra.aws.bitcoin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bitcoin Core's REST interface ({@code -rest=1}): {@code /rest/chaininfo.json},
 * {@code /rest/blockhashbyheight/<h>.hex} and {@code /rest/block/<hash>.bin}.
 */
public final class BitcoinRestBlockSource implements BlockSource {
    private static final Pattern BLOCKS_FIELD = Pattern.compile("\"blocks\"\\s*:\\s*(\\d+)");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final URI baseUrl;
    private final Duration timeout;
    private final HttpClient http;

    public BitcoinRestBlockSource(URI baseUrl, Duration timeout) {
        String text = baseUrl.toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text : text + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public int tipHeight() throws BlockSourceException {
        String body = new String(get("rest/chaininfo.json"), StandardCharsets.UTF_8);
        Matcher matcher = BLOCKS_FIELD.matcher(body);
        if (!matcher.find()) {
            throw new BlockSourceException(describe() + " answered chaininfo without a \"blocks\" height: "
                    + abbreviate(body));
        }
        return Integer.parseInt(matcher.group(1));
    }

    @Override
    public String blockHash(int height) throws BlockSourceException {
        String body = new String(get("rest/blockhashbyheight/" + height + ".hex"), StandardCharsets.US_ASCII).trim();
        if (!HASH.matcher(body).matches()) {
            throw new BlockSourceException(describe() + " answered a block hash for height " + height
                    + " that is not 64 hex characters: " + abbreviate(body));
        }
        return body;
    }

    @Override
    public byte[] rawBlock(String hash) throws BlockSourceException {
        return get("rest/block/" + hash + ".bin");
    }

    @Override
    public String describe() {
        return "Bitcoin Core REST at " + baseUrl;
    }

    private byte[] get(String path) throws BlockSourceException {
        URI uri = baseUrl.resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new BlockSourceException(describe() + " did not answer GET /" + path + " within " + timeout.toMillis()
                    + " ms", e);
        } catch (IOException e) {
            throw new BlockSourceException(describe() + " is unreachable (GET /" + path + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BlockSourceException("interrupted while reading from " + describe(), e);
        }
        if (response.statusCode() != 200) {
            throw new BlockSourceException(describe() + " answered HTTP " + response.statusCode() + " to GET /" + path
                    + ": " + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
        }
        return response.body();
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
