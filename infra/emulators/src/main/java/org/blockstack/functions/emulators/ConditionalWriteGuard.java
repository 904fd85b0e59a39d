package org.blockstack.functions.emulators;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.shaded.org.eclipse.jetty.server.Handler;
import org.gaul.shaded.org.eclipse.jetty.server.Request;
import org.gaul.shaded.org.eclipse.jetty.server.Response;
import org.gaul.shaded.org.eclipse.jetty.util.Callback;

import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Gives S3Proxy's file and in-memory stores the conditional-write guarantees of S3, which the
 * hub relies on (docs/decisions.md IN-4). S3Proxy 4.1.0 evaluates {@code If-Match} on PutObject
 * by reading the object's metadata and then writing, so two writers holding the same ETag can
 * both win; and it deletes (204) when a conditional DeleteObject names a missing key, where S3
 * answers 404 {@code NoSuchKey}. This handler sits in front of S3Proxy's own: every write to an
 * object (PUT, POST, DELETE) holds a per-key lock for the whole request, which makes S3Proxy's
 * check-then-write atomic, and a conditional DELETE is answered 404 / 412 as S3 does.
 * The production path never passes through here: on AWS, S3 evaluates conditions itself.
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
        String[] bucketAndKey = bucketAndKey(request.getHttpURI().getDecodedPath());
        if (bucketAndKey == null || !(method.equals("PUT") || method.equals("POST") || method.equals("DELETE"))) {
            return super.handle(request, response, callback);
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
            callback.succeeded();
        }, failure -> {
            release.run();
            callback.failed(failure);
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
