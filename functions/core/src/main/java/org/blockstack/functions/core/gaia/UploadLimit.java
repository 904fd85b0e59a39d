package org.blockstack.functions.core.gaia;

/**
 * The largest accepted upload (gaia-hub §4.4): {@code max_file_upload_size_megabytes} MiB, which
 * clients read from {@code /hub_info} and also enforce themselves.
 */
public record UploadLimit(double megabytes) {
    private static final long MEBIBYTE = 1024 * 1024;

    public UploadLimit {
        if (!(megabytes > 0) || Double.isInfinite(megabytes)) {
            throw new IllegalArgumentException("the upload limit must be a positive number of megabytes, got "
                    + megabytes);
        }
    }

    /** The limit in bytes (fractional megabytes allowed, rounded down). */
    public long maxBytes() {
        return (long) Math.floor(megabytes * MEBIBYTE);
    }

    /** 413 for a declared {@code Content-Length} over the limit, before any of the body is read. */
    public GaiaRequestException declaredTooLarge(long contentLength) {
        return GaiaRequestException.payloadTooLarge("Max file upload size is " + describe()
                + " megabytes. Rejected Content-Length of " + contentLength + " bytes");
    }

    /** 413 for a body that turned out larger than allowed while it was streamed. */
    public GaiaRequestException streamedTooLarge(long bytesSeen) {
        return GaiaRequestException.payloadTooLarge("Max file upload size is " + describe()
                + " megabytes. Rejected a POST body of more than " + bytesSeen + " bytes");
    }

    private String describe() {
        return megabytes == Math.rint(megabytes) ? String.valueOf((long) megabytes) : String.valueOf(megabytes);
    }
}
