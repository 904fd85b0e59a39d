package org.blockstack.functions.storage;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.blockstack.functions.common.Settings;
import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Keeps the HTTP server's own body-size limit ({@code quarkus.http.limits.max-body-size}, 10 MiB
 * by default) one MiB above the Gaia upload limit, whatever {@code GAIA_MAX_UPLOAD_MB} says, so
 * that oversized uploads always meet the hub's own JSON 413 rather than the framework's bare one.
 * An explicit {@code QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE} still wins (this source's ordinal is low).
 */
public class UploadBodyLimit implements ConfigSourceFactory {
    static final String HTTP_BODY_LIMIT = "quarkus.http.limits.max-body-size";
    private static final long MEBIBYTE = 1024 * 1024;
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(Settings.GAIA_MAX_UPLOAD_MB);
        double megabytes = Double.parseDouble(configured == null || configured.getValue() == null
                ? Settings.DEFAULT_GAIA_MAX_UPLOAD_MB : configured.getValue());
        long bodyLimit = (long) Math.ceil(megabytes * MEBIBYTE) + MEBIBYTE;
        return List.of(new PropertiesConfigSource(Map.of(HTTP_BODY_LIMIT, Long.toString(bodyLimit)),
                "gaia-upload-body-limit", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
