package org.blockstack.functions.storage;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.blockstack.functions.common.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where files are publicly read (gaia-hub §3, §4.5; decision D8): the configured
 * {@code read_url_prefix}, else this function's own read side on the URL the client used.
 */
@ApplicationScoped
public class ReadUrls {
    /** Where this function serves the read side when no read URL prefix is configured. */
    public static final String READ_PATH = "hub/";

    @ConfigProperty(name = Settings.GAIA_READ_URL_PREFIX)
    Optional<String> configuredPrefix;

    public String prefix(UriInfo uri) {
        return configuredPrefix.filter(prefix -> !prefix.isBlank())
                .map(prefix -> prefix.endsWith("/") ? prefix : prefix + "/")
                .orElseGet(() -> uri.getBaseUri().resolve("/" + READ_PATH).toString());
    }

    /** {@code read_url_prefix + address + "/" + path}, with the decoded path as the reference writes it. */
    public String publicUrl(UriInfo uri, String address, String path) {
        return prefix(uri) + address + "/" + path;
    }
}
