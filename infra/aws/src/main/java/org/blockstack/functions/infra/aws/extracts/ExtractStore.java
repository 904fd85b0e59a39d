package org.blockstack.functions.infra.aws.extracts;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Extracted chunks in S3, one object per chunk under
 * {@code extracts/v1/<network>-<magic hex>-<size>/<first height>.json}. Written by the extract
 * function, read by sync. A chunk that is absent or unreadable is simply not there: sync reads
 * those blocks from the source instead.
 */
public final class ExtractStore {
    private static final Logger LOG = Logger.getLogger(ExtractStore.class);
    static final String PREFIX = "extracts/v1/";

    private final S3Client s3;
    private final String bucket;
    private final ExtractChunkCodec codec;

    public ExtractStore(S3Client s3, String bucket, ExtractChunkCodec codec) {
        this.s3 = s3;
        this.bucket = bucket;
        this.codec = codec;
    }

    public static String key(ExtractChunkId id) {
        String magic = HexFormat.of().formatHex(id.magicBytes().getBytes(StandardCharsets.ISO_8859_1));
        return PREFIX + id.network() + "-" + magic + "-" + id.size() + "/" + String.format("%010d", id.firstHeight())
                + ".json";
    }

    public void write(ExtractChunk chunk) {
        s3.putObject(request -> request.bucket(bucket).key(key(chunk.id())).contentType("application/json"),
                RequestBody.fromBytes(codec.encode(chunk)));
    }

    /**
     * The stored chunk, if there is a readable one. The caller still has to check that it is on
     * the chain it follows.
     *
     * @throws software.amazon.awssdk.core.exception.SdkException when S3 cannot be asked
     */
    public Optional<ExtractChunk> read(ExtractChunkId id) {
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(request -> request.bucket(bucket).key(key(id))).asByteArray();
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(id, bytes));
        } catch (InvalidExtractException e) {
            LOG.warnf("ignoring s3://%s/%s: %s", bucket, key(id), e.getMessage());
            return Optional.empty();
        }
    }

    public String describe() {
        return "s3://" + bucket + "/" + PREFIX;
    }
}
