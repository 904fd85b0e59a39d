package org.blockstack.functions.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

import org.blockstack.functions.core.gaia.Etags;
import org.blockstack.functions.core.gaia.GaiaAuthException;
import org.blockstack.functions.core.gaia.GaiaAuthorization;
import org.blockstack.functions.core.gaia.GaiaHubException;
import org.blockstack.functions.core.gaia.GaiaPath;
import org.blockstack.functions.core.gaia.GaiaRequestException;
import org.blockstack.functions.core.gaia.GaiaTokenValidator;
import org.blockstack.functions.core.gaia.GaiaValidationContext;
import org.blockstack.functions.core.gaia.ListFilesRequest;
import org.blockstack.functions.core.gaia.VerificationCache;
import org.blockstack.functions.core.gaia.RevocationRequest;
import org.blockstack.functions.core.gaia.WriteCondition;
import org.blockstack.functions.infra.aws.dynamodb.RevocationRepository;
import org.blockstack.functions.infra.aws.s3.GaiaObjectStore;
import org.blockstack.functions.infra.aws.s3.GaiaObjectStore.ObjectInfo;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Gaia hub's operations (gaia-hub §4–§8), independent of HTTP: the REST resources translate
 * requests into calls here, and tests can run a second, separate instance against the same stores.
 * Nothing is cached between requests, so any number of instances may serve one bucket.
 */
public final class GaiaHub {
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    private static final int MAX_CONTENT_TYPE_LENGTH = 1024;
    private static final String ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** Tokens whose signature this instance verified; a client sends the same token many times. */
    private static final int VERIFIED_TOKENS = 10_000;

    private final GaiaObjectStore files;
    private final RevocationLookup revocations;
    private final HubConfig config;
    private final Clock clock;
    private final VerificationCache verified = VerificationCache.bounded(VERIFIED_TOKENS);

    public GaiaHub(GaiaObjectStore files, RevocationLookup revocations, HubConfig config, Clock clock) {
        this.files = files;
        this.revocations = revocations;
        this.config = config;
        this.clock = clock;
    }

    /**
     * A hub over one bucket and the revocation table, as each function instance builds it
     * ({@code cacheControl} is stored with every file and served with it; {@code smallObjects}
     * sends small bodies in one piece, see {@link GaiaObjectStore}).
     */
    public static GaiaHub over(S3Client s3, S3Client smallObjects, String bucket, String cacheControl,
            RevocationRepository revocations, HubConfig config) {
        GaiaObjectStore files = new GaiaObjectStore(s3, smallObjects, bucket, cacheControl);
        return new GaiaHub(files, new RevocationLookup(revocations, files), config, Clock.systemUTC());
    }

    public HubConfig config() {
        return config;
    }

    /** A store request as it arrived; {@code encodedPath} is still percent-encoded. */
    public record StoreRequest(String address, String encodedPath, String authorization, String contentType,
            OptionalLong contentLength, String ifMatch, String ifNoneMatch, InputStream body) {
    }

    /** A stored file: its decoded path and the ETag S3 gave the new version. */
    public record Stored(String path, String etag) {
    }

    /** A page of {@code list-files}: names, or stat objects, and the next page token (null on the last). */
    public record Listing(List<Object> entries, String page) {
    }

    /**
     * {@code POST /store/<address>/<path>} in the reference order: authorise (revocation, token,
     * scopes), preconditions, path, size, then one conditional write. The body is streamed to S3;
     * a body without a declared length is spooled to a temporary file, never held in memory.
     */
    public Stored store(StoreRequest request) throws GaiaHubException, IOException {
        String path = GaiaPath.decode(request.encodedPath());
        GaiaAuthorization auth = authorize(request.address(), request.authorization(), true);
        auth.scopes().checkWrite(request.address(), path);
        String contentType = request.contentType() == null ? DEFAULT_CONTENT_TYPE : request.contentType();
        if (contentType.length() > MAX_CONTENT_TYPE_LENGTH) {
            throw GaiaRequestException.invalidInput("Invalid content-type: longer than " + MAX_CONTENT_TYPE_LENGTH
                    + " characters");
        }
        if (!contentType.chars().allMatch(GaiaHub::isHeaderTextCharacter)) {
            // S3 keeps the type as an HTTP header: other characters break the request's signature
            throw GaiaRequestException.invalidInput("Invalid content-type: only printable ASCII characters are allowed");
        }
        WriteCondition condition = WriteCondition.fromHeaders(request.ifMatch(), request.ifNoneMatch());
        GaiaPath.check(request.address(), path);
        long maxBytes = config.uploadLimit().maxBytes();
        if (request.contentLength().isPresent() && request.contentLength().getAsLong() > maxBytes) {
            throw config.uploadLimit().declaredTooLarge(request.contentLength().getAsLong());
        }
        String key = GaiaPath.objectKey(request.address(), path);
        if (auth.scopes().archival()) {
            condition = archiveBeforeWrite(request.address(), path, condition);
        }
        if (request.contentLength().isPresent()) {
            return new Stored(path, files.put(key, contentType, request.contentLength().getAsLong(), request.body(),
                    condition));
        }
        Path spool = Files.createTempFile("gaia-upload-", ".part");
        try {
            long size = spool(request.body(), spool, maxBytes);
            try (InputStream body = Files.newInputStream(spool)) {
                return new Stored(path, files.put(key, contentType, size, body, condition));
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /**
     * {@code DELETE /delete/<address>/<path>}: one conditional DeleteObject, so a missing file is
     * 404 without a separate check. {@code If-Match}, which the reference ignores on deletes, is
     * honoured atomically when a client sends it.
     */
    public void delete(String address, String encodedPath, String authorization, Optional<String> ifMatch)
            throws GaiaHubException {
        String path = GaiaPath.decode(encodedPath);
        GaiaAuthorization auth = authorize(address, authorization, true);
        auth.scopes().checkDelete(address, path);
        GaiaPath.check(address, path);
        String key = GaiaPath.objectKey(address, path);
        if (!auth.scopes().archival()) {
            files.delete(key, ifMatch);
            return;
        }
        ObjectInfo current = files.head(key).orElseThrow(GaiaRequestException::doesNotExist);
        if (ifMatch.isPresent() && !Etags.same(ifMatch.get(), current.etag())) {
            throw GaiaRequestException.preconditionFailed(WriteCondition.ETAG_MISMATCH);
        }
        files.copy(key, current.etag(), historyKey(address, path));
        try {
            files.delete(key, Optional.of(current.etag()));
        } catch (GaiaRequestException changed) {
            if (changed.kind() == GaiaRequestException.Kind.DOES_NOT_EXIST) {
                throw changed;
            }
            throw GaiaRequestException.concurrentOperation("delete", key);
        }
    }

    /**
     * {@code POST /list-files/<address>}: one page of the bucket's names under {@code <address>/}
     * (so the revocation file is never listed), or stat entries when {@code stat} is truthy.
     */
    public Listing list(String address, String authorization, Map<String, Object> body) throws GaiaHubException {
        GaiaAuthorization auth = authorize(address, authorization, true);
        ListFilesRequest request = ListFilesRequest.of(body);
        String prefix = address + "/";
        // our tokens are names; the reference's S3 driver used whole keys, which are accepted too
        Optional<String> startAfter = request.page().map(page -> page.startsWith(prefix) ? page : prefix + page);
        if (startAfter.isPresent() && !GaiaPath.isStorable(address, startAfter.get().substring(prefix.length()))) {
            // no listing ever ends on such a name; S3 may not even accept it as a start key
            throw GaiaRequestException.invalidRequest("Invalid page token: not the name of a file this hub can hold");
        }
        boolean stat = request.stat();
        GaiaObjectStore.ListPage page = files.list(prefix, startAfter, config.pageSize());
        List<Object> entries = new ArrayList<>();
        for (ObjectInfo object : page.objects()) {
            String name = object.key().substring(prefix.length());
            if (auth.scopes().archival() && GaiaPath.isHistoryFile(name)) {
                continue;
            }
            entries.add(stat ? statEntry(name, object) : name);
        }
        String next = page.truncated() && !page.objects().isEmpty()
                ? lastOf(page.objects()).key().substring(prefix.length()) : null;
        if (entries.isEmpty() && next != null) {
            // every name of this page was history: a null entry tells clients to keep paging
            entries.add(null);
        }
        return new Listing(entries, next);
    }

    /**
     * {@code POST /revoke-all/<address>}: body first (400), then the token, judged without the
     * current revocation (a revoked client may move it), then the timestamp is raised.
     */
    public void revokeAll(String address, String authorization, Map<String, Object> body) throws GaiaHubException {
        long oldestValidTimestamp = RevocationRequest.oldestValidTimestamp(body);
        authorize(address, authorization, false);
        revocations.revokeBefore(address, oldestValidTimestamp);
    }

    /** The read side: a file's content, or empty when there is none. */
    public Optional<GaiaObjectStore.ObjectContent> read(String address, String encodedPath, Optional<String> ifNoneMatch)
            throws GaiaRequestException {
        Optional<String> key = readableKey(address, encodedPath);
        return key.isEmpty() ? Optional.empty() : files.get(key.get(), ifNoneMatch);
    }

    /** The read side's HEAD: a file's metadata, or empty when there is none. */
    public Optional<ObjectInfo> stat(String address, String encodedPath) throws GaiaRequestException {
        Optional<String> key = readableKey(address, encodedPath);
        return key.isEmpty() ? Optional.empty() : files.head(key.get());
    }

    /**
     * The key a read names, or empty for a path no write could have stored ({@code ..}, control
     * characters, longer than S3 allows): such a file does not exist, and S3 is not asked.
     */
    private static Optional<String> readableKey(String address, String encodedPath) throws GaiaRequestException {
        String path = GaiaPath.decode(encodedPath);
        return GaiaPath.isStorable(address, path) ? Optional.of(GaiaPath.objectKey(address, path)) : Optional.empty();
    }

    /** Visible ASCII, space and tab: what an HTTP header value may hold. */
    private static boolean isHeaderTextCharacter(int c) {
        return c == '\t' || (c >= 0x20 && c < 0x7f);
    }

    private GaiaAuthorization authorize(String address, String authorization, boolean applyRevocation)
            throws GaiaAuthException {
        GaiaValidationContext context = GaiaValidationContext.at(clock.instant())
                .forBucket(address)
                .forServer(config.serverName())
                .remembering(verified);
        if (applyRevocation) {
            context = context.revokedBefore(revocations.oldestValidTimestamp(address));
        }
        if (config.validHubUrls().isPresent()) {
            context = context.requiringHubUrl(config.validHubUrls().get());
        }
        if (config.whitelist().isPresent()) {
            context = context.whitelisting(config.whitelist().get());
        }
        return GaiaTokenValidator.validateHeader(authorization, context);
    }

    /**
     * Archival scopes keep every overwritten version (gaia-hub §9.3). The current version is
     * copied to its history name and the write is then made conditional on that very version, so
     * no version is ever replaced without having been archived; a writer that loses that race
     * gets 409 (retryable), or 412 if it asked for a precondition itself.
     */
    private WriteCondition archiveBeforeWrite(String address, String path, WriteCondition requested)
            throws GaiaRequestException {
        String key = GaiaPath.objectKey(address, path);
        Optional<ObjectInfo> current = files.head(key);
        if (requested instanceof WriteCondition.IfAbsent) {
            if (current.isPresent()) {
                throw requested.failure();
            }
            return requested;
        }
        if (requested instanceof WriteCondition.IfMatch ifMatch
                && (current.isEmpty() || !Etags.same(ifMatch.etag(),
                        current.get().etag()))) {
            throw requested.failure();
        }
        if (current.isEmpty()) {
            return new WriteCondition.IfAbsent();
        }
        files.copy(key, current.get().etag(), historyKey(address, path));
        return new WriteCondition.IfMatch(current.get().etag());
    }

    private String historyKey(String address, String path) throws GaiaRequestException {
        String history = GaiaPath.historyPath(path, clock.millis(), uniqueId());
        GaiaPath.check(address, history);
        return GaiaPath.objectKey(address, history);
    }

    private static String uniqueId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    /** Copies at most {@code maxBytes} to {@code target}; 413 as soon as one more byte arrives. */
    private long spool(InputStream body, Path target, long maxBytes) throws IOException, GaiaRequestException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw config.uploadLimit().streamedTooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static Map<String, Object> statEntry(String name, ObjectInfo object) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("exists", true);
        entry.put("etag", object.etag());
        entry.put("contentLength", object.contentLength());
        entry.put("lastModifiedDate", Math.round(object.lastModified().toEpochMilli() / 1000.0));
        return entry;
    }

    private static ObjectInfo lastOf(List<ObjectInfo> objects) {
        return objects.get(objects.size() - 1);
    }
}
