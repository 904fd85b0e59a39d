package org.blockstack.functions.lookup.profiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches profile token files for {@code /v1/users} from the URLs zone files name, which anyone can
 * write: so only {@code http(s)} URLs, a short timeout, a size cap, and no request to (or redirect
 * towards) loopback, private, link-local, unique-local, carrier-grade-NAT, multicast or unspecified
 * addresses, unless {@code PROFILES_ALLOW_PRIVATE_ADDRESSES} allows them (the local stack, whose
 * Gaia hub is on 127.0.0.1). Every host is resolved and checked before it is connected to; the
 * JVM's address cache (30 s) serves the connection the same answer, which closes the gap a DNS
 * server flipping its answer between check and connect would need. Redirects are followed by hand,
 * at most {@link #MAX_REDIRECTS}, each hop checked again.
 */
@ApplicationScoped
public class ProfileFetcher {
    static final int MAX_REDIRECTS = 3;

    /** Why a fetch gave no body; the message is safe to show (it names the URL and the reason). */
    public static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    private final Duration timeout;
    private final int maxBytes;
    /** Null: any address (no resolution before connecting); else the addresses a host may be at. */
    private final Predicate<InetAddress> allowedAddresses;
    private final HttpClient http;

    @Inject
    public ProfileFetcher(
            @ConfigProperty(name = Settings.PROFILES_FETCH_TIMEOUT, defaultValue = "3s") Duration timeout,
            @ConfigProperty(name = Settings.PROFILES_MAX_BYTES, defaultValue = "262144") int maxBytes,
            @ConfigProperty(name = Settings.PROFILES_ALLOW_PRIVATE_ADDRESSES, defaultValue = "false")
            boolean allowPrivateAddresses) {
        this(timeout, maxBytes, allowPrivateAddresses ? null : ProfileFetcher::isPublic);
    }

    /** With any address policy (tests: "this loopback address but no other"). */
    ProfileFetcher(Duration timeout, int maxBytes, Predicate<InetAddress> allowedAddresses) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowedAddresses = allowedAddresses;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The body at {@code target} (a zone file URI target; no scheme means https), as text. */
    public String fetch(String target) throws FetchException {
        URI uri = parse(target);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkHost(uri);
            HttpResponse<byte[]> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                URI from = uri;
                String location = response.headers().firstValue("Location").orElseThrow(() ->
                        new FetchException(from + " answered " + status + " without a Location"));
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status != 200) {
                throw new FetchException(uri + " answered " + status + ", expected 200");
            }
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        throw new FetchException(target + " redirected more than " + MAX_REDIRECTS + " times");
    }

    /** Read-api §12.4 step 3: a target without an http(s) scheme gets {@code https://} in front. */
    static URI parse(String target) throws FetchException {
        String text = target.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[^:/]+:[0-9]+(/.*)?$")) {
                throw new FetchException(text + " is not an http(s) URL");
            }
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new FetchException(text + " names no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException(text + " is not a URL: " + e.getReason());
        }
    }

    private void checkHost(URI uri) throws FetchException {
        if (allowedAddresses == null) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(uri + ": host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowedAddresses.test(address)) {
                throw new FetchException(uri + ": host " + host + " is at " + address.getHostAddress()
                        + ", which is not a public address");
            }
        }
    }

    /** Whether an address is on the public Internet (not this machine, a private network or a special range). */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0                                       // "this network"
                    && !(first == 100 && second >= 64 && second < 128)  // carrier-grade NAT
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)  // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))         // benchmarking
                    && first < 240;                                  // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false;                                        // unique local fc00::/7
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= bytes[i] == 0;
            }
            if (v4Mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One request, headers and body within the timeout, the body cut off past the size cap. */
    private HttpResponse<byte[]> send(URI uri) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("Accept", "application/json, text/plain, */*")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(uri + " is not a URL this client can fetch: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request,
                info -> new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length")));
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchException(uri + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            throw new FetchException(uri + " could not be fetched: " + cause.getMessage());
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(uri + " fetch interrupted");
        }
    }

    /** Collects a body up to {@code maxBytes} and fails (cancelling the transfer) beyond it. */
    static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(int maxBytes, OptionalLong declared) {
            this.maxBytes = maxBytes;
            if (declared.isPresent() && declared.getAsLong() > maxBytes) {
                result.completeExceptionally(new IOException("the body is " + declared.getAsLong()
                        + " bytes, more than the " + maxBytes + " read"));
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (collected.size() + buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("the body is more than the " + maxBytes
                            + " bytes read"));
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                collected.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(collected.toByteArray());
        }
    }
}
