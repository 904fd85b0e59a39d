package org.blockstack.functions.infra.aws.s3;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.gaia.Etags;
import org.blockstack.functions.core.gaia.GaiaRequestException;
import org.blockstack.functions.core.gaia.WriteCondition;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The Gaia hub's files in one S3 bucket (gaia-hub §9). Every precondition is sent to S3 with
 * the write itself ({@code If-None-Match: *}, {@code If-Match: "<etag>"} on PutObject, If-Match
 * on DeleteObject and CopyObject), so S3 decides atomically and no update is lost between a
 * check and a write, whichever function instance writes.
 */
public final class GaiaObjectStore {
    private static final int REWIND_BUFFER_BYTES = 16 * 1024;
    /** Bodies up to this size are read into memory and sent in one piece; larger ones stream. */
    static final int SMALL_OBJECT_BYTES = 64 * 1024;

    private final S3Client s3;
    private final S3Client smallObjects;
    private final String bucket;
    private final String cacheControl;

    /**
     * @param s3           the client for everything, streaming large bodies ({@code AwsClients.s3})
     * @param smallObjects the client for bodies up to 64 KiB ({@code AwsClients.s3ForSmallObjects})
     * @param cacheControl stored with every file and served with it (reference default {@code no-cache})
     */
    public GaiaObjectStore(S3Client s3, S3Client smallObjects, String bucket, String cacheControl) {
        this.s3 = s3;
        this.smallObjects = smallObjects;
        this.bucket = bucket;
        this.cacheControl = cacheControl;
    }

    /** A file's metadata as S3 reports it; {@code etag} is S3's string, quotes included. */
    public record ObjectInfo(String key, String etag, long contentLength, Instant lastModified,
            Optional<String> contentType, Optional<String> cacheControl) {
    }

    /** An open file: its metadata and its bytes (close it). */
    public record ObjectContent(ObjectInfo info, InputStream body) {
    }

    /** One page of a listing; {@code truncated} when more keys follow the last one. */
    public record ListPage(List<ObjectInfo> objects, boolean truncated) {
    }

    /**
     * Stores {@code contentLength} bytes read from {@code body} under {@code key}, if
     * {@code condition} holds at the moment S3 applies the write.
     *
     * @return the new version's ETag, exactly as S3 will serve it on reads
     * @throws GaiaRequestException 412 when the condition does not hold, 409 when S3 reports a
     *         concurrent conditional write to the same key
     * @throws IOException when the body cannot be read to its declared length
     */
    public String put(String key, String contentType, long contentLength, InputStream body, WriteCondition condition)
            throws GaiaRequestException, IOException {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(bucket).key(key)
                .contentType(contentType)
                .contentLength(contentLength)
                .cacheControl(cacheControl);
        if (condition instanceof WriteCondition.IfAbsent) {
            request.ifNoneMatch("*");
        } else if (condition instanceof WriteCondition.IfMatch ifMatch) {
            request.ifMatch(Etags.quoted(ifMatch.etag()));
        }
        try {
            if (contentLength <= SMALL_OBJECT_BYTES) {
                byte[] bytes = body.readNBytes((int) contentLength);
                if (bytes.length < contentLength) {
                    throw new EOFException("the body ended after " + bytes.length + " of " + contentLength + " bytes");
                }
                return smallObjects.putObject(request.build(), RequestBody.fromBytes(bytes)).eTag();
            }
            // The SDK retries a failed attempt (e.g. on a pooled connection the server had closed)
            // by rewinding the body: mark/reset over a buffer allows that within its first 128 KiB.
            InputStream rewindable = body.markSupported() ? body : new BufferedInputStream(body, REWIND_BUFFER_BYTES);
            return s3.putObject(request.build(), RequestBody.fromInputStream(rewindable, contentLength)).eTag();
        } catch (S3Exception e) {
            // S3 answers 404 to If-Match on a key that does not exist: for Gaia that is a mismatch
            if (e.statusCode() == 412 || (e.statusCode() == 404 && condition instanceof WriteCondition.IfMatch)) {
                throw condition.failure();
            }
            if (e.statusCode() == 409) {
                throw GaiaRequestException.concurrentOperation("store", key);
            }
            throw e;
        }
    }

    /** Stores a small text object unconditionally (the reference's revocation file). */
    public void putText(String key, String contentType, String text) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).cacheControl(cacheControl),
                RequestBody.fromString(text, StandardCharsets.UTF_8));
    }

    /**
     * Deletes {@code key} only if it exists and, when {@code etag} is given, only if that is its
     * current version: one conditional DeleteObject ({@code If-Match: *} or the ETag).
     *
     * @throws GaiaRequestException 404 {@code DoesNotExist} when there is no such file, 412 when
     *         the ETag does not match, 409 when S3 reports a concurrent write
     */
    public void delete(String key, Optional<String> etag) throws GaiaRequestException {
        try {
            s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key)
                    .ifMatch(etag.map(Etags::quoted).orElse("*")).build());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw GaiaRequestException.doesNotExist();
            }
            if (e.statusCode() == 412) {
                throw GaiaRequestException.preconditionFailed(WriteCondition.ETAG_MISMATCH);
            }
            if (e.statusCode() == 409) {
                throw GaiaRequestException.concurrentOperation("delete", key);
            }
            throw e;
        }
    }

    /**
     * Copies the version {@code sourceEtag} of {@code sourceKey} to {@code targetKey} (archival
     * history). Fails with 409 when the source changed since that version was seen.
     */
    public void copy(String sourceKey, String sourceEtag, String targetKey) throws GaiaRequestException {
        try {
            s3.copyObject(CopyObjectRequest.builder()
                    .sourceBucket(bucket).sourceKey(sourceKey).copySourceIfMatch(Etags.quoted(sourceEtag))
                    .destinationBucket(bucket).destinationKey(targetKey)
                    .build());
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 404 || e.statusCode() == 409) {
                throw GaiaRequestException.concurrentOperation("store", sourceKey);
            }
            throw e;
        }
    }

    /** The metadata of {@code key}, or empty when there is no such file. */
    public Optional<ObjectInfo> head(String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new ObjectInfo(key, head.eTag(), head.contentLength(), head.lastModified(),
                    Optional.ofNullable(head.contentType()), Optional.ofNullable(head.cacheControl())));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Opens {@code key} for reading, or empty when there is no such file. With
     * {@code ifNoneMatch} and an unchanged file, the result carries metadata and no body (304).
     */
    public Optional<ObjectContent> get(String key, Optional<String> ifNoneMatch) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        ifNoneMatch.ifPresent(request::ifNoneMatch);
        try {
            ResponseInputStream<GetObjectResponse> stream = s3.getObject(request.build());
            GetObjectResponse response = stream.response();
            return Optional.of(new ObjectContent(new ObjectInfo(key, response.eTag(), response.contentLength(),
                    response.lastModified(), Optional.ofNullable(response.contentType()),
                    Optional.ofNullable(response.cacheControl())), stream));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            if (e.statusCode() == 304) {
                String etag = e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("ETag")
                        .orElse(ifNoneMatch.orElseThrow());
                return Optional.of(new ObjectContent(new ObjectInfo(key, etag, 0, null, Optional.empty(),
                        Optional.empty()), null));
            }
            throw e;
        }
    }

    /** Up to {@code maxKeys} keys under {@code prefix} that sort after {@code startAfter} (if given). */
    public ListPage list(String prefix, Optional<String> startAfter, int maxKeys) {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(bucket).prefix(prefix).maxKeys(maxKeys);
        startAfter.ifPresent(request::startAfter);
        ListObjectsV2Response response = s3.listObjectsV2(request.build());
        List<ObjectInfo> objects = response.contents().stream()
                .map(o -> new ObjectInfo(o.key(), o.eTag(), o.size(), o.lastModified(), Optional.empty(),
                        Optional.empty()))
                .toList();
        return new ListPage(objects, Boolean.TRUE.equals(response.isTruncated()));
    }
}
