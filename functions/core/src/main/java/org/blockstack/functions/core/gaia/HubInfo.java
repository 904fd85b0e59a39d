package org.blockstack.functions.core.gaia;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code GET /hub_info} (gaia-hub spec §3). Clients read the challenge text to build
 * their tokens and the read URL prefix to find their files.
 */
public record HubInfo(
        @JsonProperty("challenge_text") String challengeText,
        @JsonProperty("latest_auth_version") String latestAuthVersion,
        @JsonProperty("max_file_upload_size_megabytes") double maxFileUploadSizeMegabytes,
        @JsonProperty("read_url_prefix") String readUrlPrefix) {

    public static HubInfo of(String serverName, double maxUploadMegabytes, String readUrlPrefix) {
        if (!readUrlPrefix.endsWith("/")) {
            throw new IllegalArgumentException("read URL prefix must end with '/': " + readUrlPrefix);
        }
        return new HubInfo(challengeText(serverName), "v1", maxUploadMegabytes, readUrlPrefix);
    }

    /** The JSON text {@code ["gaiahub","0",serverName,"blockstack_storage_please_sign"]}. */
    public static String challengeText(String serverName) {
        return GaiaChallenge.current(serverName);
    }
}
