package org.blockstack.functions.infra.aws.s3;

import java.util.Optional;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Zone files by hash in their own bucket ({@code ZONEFILE_BUCKET}): key = the 40-hex hash160 of
 * the exact bytes, value = those bytes. Content-addressed, so a write of a present key writes the
 * same bytes again and is harmless; nothing is ever deleted.
 */
public final class ZonefileStore {
    private static final String CONTENT_TYPE = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;

    public ZonefileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public Optional<byte[]> get(String zonefileHash) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(zonefileHash));
            return Optional.of(object.asByteArray());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        }
    }

    public boolean contains(String zonefileHash) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(zonefileHash));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        }
    }

    /** Stores {@code bytes} under {@code zonefileHash}; the caller has checked that the hash is theirs. */
    public void put(String zonefileHash, byte[] bytes) {
        s3.putObject(b -> b.bucket(bucket).key(zonefileHash).contentType(CONTENT_TYPE), RequestBody.fromBytes(bytes));
    }
}
