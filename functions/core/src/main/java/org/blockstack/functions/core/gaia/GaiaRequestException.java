package org.blockstack.functions.core.gaia;

import java.util.Optional;

/** A Gaia request refused for what it asks rather than who asks (gaia-hub §2.3, §4–§7). */
public final class GaiaRequestException extends GaiaHubException {
    /** The kinds of refusal, each with its status and the reference's error class name. */
    public enum Kind {
        /** Body of list-files or revoke-all unusable; the reference sends no {@code error} name. */
        INVALID_REQUEST(400, null),
        /** A store whose headers the hub refuses (e.g. a content type over 1024 characters). */
        INVALID_INPUT(400, "InvalidInputError"),
        BAD_PATH(403, "BadPathError"),
        DOES_NOT_EXIST(404, "DoesNotExist"),
        CONFLICT(409, "ConflictError"),
        PRECONDITION_FAILED(412, "PreconditionFailedError"),
        PAYLOAD_TOO_LARGE(413, "PayloadTooLargeError");

        private final int status;
        private final String errorName;

        Kind(int status, String errorName) {
            this.status = status;
            this.errorName = errorName;
        }
    }

    private final Kind kind;

    public GaiaRequestException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public int status() {
        return kind.status;
    }

    @Override
    public Optional<String> errorName() {
        return Optional.ofNullable(kind.errorName);
    }

    /** The path was refused (403 "Invalid Path", as the reference's S3 driver answers). */
    public static GaiaRequestException badPath() {
        return new GaiaRequestException(Kind.BAD_PATH, "Invalid Path");
    }

    public static GaiaRequestException doesNotExist() {
        return new GaiaRequestException(Kind.DOES_NOT_EXIST, "File does not exist");
    }

    public static GaiaRequestException preconditionFailed(String message) {
        return new GaiaRequestException(Kind.PRECONDITION_FAILED, message);
    }

    /** Another operation on the same file got there first; clients retry 409 once. */
    public static GaiaRequestException concurrentOperation(String operation, String objectKey) {
        return new GaiaRequestException(Kind.CONFLICT,
                "Concurrent operation (" + operation + ") attempted on " + objectKey);
    }

    public static GaiaRequestException invalidRequest(String message) {
        return new GaiaRequestException(Kind.INVALID_REQUEST, message);
    }

    public static GaiaRequestException invalidInput(String message) {
        return new GaiaRequestException(Kind.INVALID_INPUT, message);
    }

    public static GaiaRequestException payloadTooLarge(String message) {
        return new GaiaRequestException(Kind.PAYLOAD_TOO_LARGE, message);
    }
}
