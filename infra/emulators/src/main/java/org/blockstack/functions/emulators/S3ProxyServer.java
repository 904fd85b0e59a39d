package org.blockstack.functions.emulators;

import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.gaul.shaded.org.eclipse.jetty.server.Server;
import org.jboss.logging.Logger;

/**
 * S3Proxy (an S3 API server) running in this JVM on a free loopback port, backed by memory
 * (tests) or a folder (the main job). Requests must be signed with {@link #ACCESS_KEY} /
 * {@link #SECRET_KEY}, so clients exercise real SigV4 signing, and use path-style URLs.
 */
public final class S3ProxyServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(S3ProxyServer.class);
    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";

    private final S3Proxy proxy;
    private final URI endpoint;

    private S3ProxyServer(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    public static S3ProxyServer startTransient() {
        return start(new TransientNio2BlobStore(), "in memory");
    }

    public static S3ProxyServer startFilesystem(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new EmulatorException("cannot create S3Proxy data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return start(new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString()),
                "data in " + dataDir.toAbsolutePath());
    }

    private static S3ProxyServer start(BlobStore blobStore, String storage) {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(true)
                .build();
        guardConditionalWrites(proxy, blobStore);
        try {
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmulatorException("interrupted while starting S3Proxy", e);
        } catch (Exception e) {
            throw new EmulatorException("cannot start S3Proxy: " + e.getMessage(), e);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        LOG.infof("S3Proxy listening on %s (%s)", endpoint, storage);
        return new S3ProxyServer(proxy, endpoint);
    }

    /**
     * Puts {@link ConditionalWriteGuard} in front of S3Proxy's handler. S3Proxy offers no hook for
     * this, so its (private) Jetty server is reached by reflection; a changed S3Proxy fails here
     * loudly at start rather than silently losing the guarantee.
     */
    private static void guardConditionalWrites(S3Proxy proxy, BlobStore blobStore) {
        try {
            Field field = S3Proxy.class.getDeclaredField("server");
            field.setAccessible(true);
            Server server = (Server) field.get(proxy);
            server.setHandler(new ConditionalWriteGuard(blobStore, server.getHandler()));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new EmulatorException("cannot install the conditional-write guard in S3Proxy " + e.getMessage()
                    + " (was S3Proxy upgraded?)", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            LOG.warnf("S3Proxy did not stop cleanly: %s", e.getMessage());
        }
    }
}
