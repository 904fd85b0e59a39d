package org.blockstack.functions.emulators;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.shaded.org.eclipse.jetty.io.Content;
import org.gaul.shaded.org.eclipse.jetty.server.FormFields;
import org.gaul.shaded.org.eclipse.jetty.server.Handler;
import org.gaul.shaded.org.eclipse.jetty.server.Request;
import org.gaul.shaded.org.eclipse.jetty.server.Response;
import org.gaul.shaded.org.eclipse.jetty.util.Callback;
import org.gaul.shaded.org.eclipse.jetty.util.Fields;

import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Gives S3Proxy 4.1.0 the behaviour of S3 where the hub relies on it (docs/decisions.md, issue 8).
 * The production path never passes through here: on AWS, S3 does all of this itself.
 * <ul>
 * <li>Atomic conditions. S3Proxy evaluates {@code If-Match} on PutObject by reading the object's
 *     metadata and then writing, so two writers holding the same ETag can both win; and it
 *     deletes (204) when a conditional DeleteObject names a missing key, where S3 answers 404
 *     {@code NoSuchKey}. Here every write to an object (PUT, POST, DELETE) holds a per-key lock
 *     for the whole request, which makes S3Proxy's check-then-write atomic, and a conditional
 *     DELETE is answered 404 / 412 as S3 does.</li>
 * <li>Whole request bodies. S3Proxy answers an {@code aws-chunked} upload once it has the
 *     declared bytes, before the final chunk has arrived; Jetty then closes the connection under
 *     the client still sending it, the SDK sees a failed write and retries a PUT that was already
 *     applied (a conditional one then fails with a false 412). Here the rest of the body is read
 *     before the answer is completed.</li>
 * <li>Bodies are objects, not forms. Jetty parses a PUT or POST body declared
 *     {@code application/x-www-form-urlencoded} as form fields when S3Proxy asks for a query
 *     parameter, so S3Proxy then finds the body gone (a signature mismatch, a 500 for the hub).
 *     Here the form fields of an object write are set to none before S3Proxy runs.</li>
 * </ul>
 */
final class ConditionalWriteGuard extends Handler.Wrapper {
    private static final int STRIPES = 64;

    private final BlobStore store;
    private final Semaphore[] locks = new Semaphore[STRIPES];

    ConditionalWriteGuard(BlobStore store, Handler s3proxy) {
        super(s3proxy);
        this.store = store;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Semaphore(1);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean hasBody = method.equals("PUT") || method.equals("POST");
        Callback draining = hasBody ? drainingFirst(request, callback) : callback;
        String[] bucketAndKey = bucketAndKey(request.getHttpURI().getDecodedPath());
        if (bucketAndKey == null || !(hasBody || method.equals("DELETE"))) {
            return super.handle(request, response, draining);
        }
        if (hasBody) {
            FormFields.setFields(request, new Fields());
        }
        Semaphore lock = locks[Math.floorMod((bucketAndKey[0] + "/" + bucketAndKey[1]).hashCode(), STRIPES)];
        lock.acquire();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                lock.release();
            }
        };
        Callback releasing = Callback.from(() -> {
            release.run();
            draining.succeeded();
        }, failure -> {
            release.run();
            draining.failed(failure);
        });
        try {
            String ifMatch = request.getHeaders().get("If-Match");
            if (method.equals("DELETE") && ifMatch != null) {
                HeadObjectResponse current = store.blobMetadataIfPresent(bucketAndKey[0], bucketAndKey[1]);
                if (current == null) {
                    return answer(response, releasing, 404, "NoSuchKey", "The specified key does not exist.");
                }
                if (!ifMatch.equals("*") && !bare(ifMatch).equals(bare(current.eTag()))) {
                    return answer(response, releasing, 412, "PreconditionFailed",
                            "At least one of the pre-conditions you specified did not hold");
                }
            }
            boolean handled = super.handle(request, response, releasing);
            if (!handled) {
                release.run();
            }
            return handled;
        } catch (Exception | Error e) {
            release.run();
            throw e;
        }
    }

    /** Completes the answer only once the whole request body has been read (see the class comment). */
    private static Callback drainingFirst(Request request, Callback callback) {
        return Callback.from(() -> Content.Source.consumeAll(request, Callback.from(callback::succeeded,
                unreadable -> callback.succeeded())), callback::failed);
    }

    /** Path-style {@code /bucket/key…}; null for requests on a bucket or the service. */
    private static String[] bucketAndKey(String path) {
        if (path == null || path.length() < 2) {
            return null;
        }
        int slash = path.indexOf('/', 1);
        if (slash < 0 || slash == path.length() - 1) {
            return null;
        }
        return new String[] {path.substring(1, slash), path.substring(slash + 1)};
    }

    private static String bare(String etag) {
        return etag == null ? "" : etag.replace("\"", "").strip();
    }

    private static boolean answer(Response response, Callback callback, int status, String code, String message) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", "application/xml");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message></Error>";
        response.write(true, ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
