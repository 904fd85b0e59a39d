package org.blockstack.functions.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

import org.blockstack.functions.core.gaia.RevocationRequest;
import org.blockstack.functions.infra.aws.dynamodb.RevocationRepository;
import org.blockstack.functions.infra.aws.s3.GaiaObjectStore;
import org.jboss.logging.Logger;

/**
 * A bucket's revocation timestamp (gaia-hub §7, §9.2). DynamoDB holds it, read consistently on
 * every request so that a revoke-all is seen at once by every function instance. A bucket
 * carried over from a reference hub may hold its timestamp in the S3 object
 * {@code <address>-auth/authTimestamp}: the first time a bucket is seen that object is read
 * (through the S3 API, never the public read URL) and its value recorded in DynamoDB, so later
 * requests cost one read. revoke-all writes both, keeping the bucket usable by a reference hub.
 */
public final class RevocationLookup {
    private static final Logger LOG = Logger.getLogger(RevocationLookup.class);
    private static final String CONTENT_TYPE = "text/plain; charset=UTF-8";

    private final RevocationRepository revocations;
    private final GaiaObjectStore files;

    public RevocationLookup(RevocationRepository revocations, GaiaObjectStore files) {
        this.revocations = revocations;
        this.files = files;
    }

    /** The key of the reference hub's revocation file, outside the bucket's own {@code <address>/} prefix. */
    public static String legacyKey(String address) {
        return address + "-auth/authTimestamp";
    }

    /** Seconds; 0 when the bucket was never revoked. */
    public long oldestValidTimestamp(String address) {
        OptionalLong recorded = revocations.find(address);
        if (recorded.isPresent()) {
            return recorded.getAsLong();
        }
        return revocations.createIfAbsent(address, carriedOver(address));
    }

    /** Raises the bucket's timestamp (never lowers it); returns the value now in force. */
    public long revokeBefore(String address, long seconds) {
        long stored = revocations.raise(address, seconds);
        try {
            files.putText(legacyKey(address), CONTENT_TYPE, Long.toString(stored));
        } catch (RuntimeException e) {
            // DynamoDB holds the revocation and is what this hub reads; the file only serves reference hubs
            LOG.warnf(e, "revocation of %s is in force, but its reference-hub file could not be written", address);
        }
        return stored;
    }

    private long carriedOver(String address) {
        Optional<GaiaObjectStore.ObjectContent> file = files.get(legacyKey(address), Optional.empty());
        if (file.isEmpty()) {
            return 0;
        }
        try (InputStream body = file.get().body()) {
            String text = new String(body.readNBytes(64), StandardCharsets.US_ASCII);
            // a bucket whose revocation cannot be read must not silently become unrevoked
            long seconds = RevocationRequest.fromReferenceFile(text).orElseThrow(() -> new IllegalStateException(
                    "the revocation file of bucket " + address + " holds no timestamp: '" + text.strip() + "'"));
            LOG.infof("bucket %s carries a reference-hub revocation timestamp %d", address, seconds);
            return seconds;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the revocation file of " + address, e);
        }
    }
}
