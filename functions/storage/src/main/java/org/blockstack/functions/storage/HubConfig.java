package org.blockstack.functions.storage;

import java.util.Optional;
import java.util.Set;

import org.blockstack.functions.core.gaia.UploadLimit;

/**
 * How this hub is configured (README, "Configuration"): the server name of its challenge text,
 * the upload limit, the listing page size, and the optional private-hub rules.
 *
 * @param validHubUrls when present, tokens must claim one of these hub URLs (or https://serverName)
 * @param whitelist    when present, only these signing addresses may write
 */
public record HubConfig(
        String serverName,
        UploadLimit uploadLimit,
        int pageSize,
        Optional<Set<String>> validHubUrls,
        Optional<Set<String>> whitelist) {

    /** S3 returns at most 1000 keys per listing request. */
    public static final int MAX_PAGE_SIZE = 1000;

    public HubConfig {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("the Gaia page size must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
        }
        validHubUrls = validHubUrls.map(Set::copyOf);
        whitelist = whitelist.map(Set::copyOf);
    }
}
