package org.blockstack.functions.storage;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.gaia.UploadLimit;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.RevocationRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.s3.S3Client;

/** The hub's configuration and its one {@link GaiaHub} per function instance. */
@ApplicationScoped
public class StorageProducers {
    @ConfigProperty(name = Settings.GAIA_BUCKET, defaultValue = Settings.DEFAULT_GAIA_BUCKET)
    String bucket;
    @ConfigProperty(name = Settings.GAIA_CACHE_CONTROL, defaultValue = Settings.DEFAULT_GAIA_CACHE_CONTROL)
    String cacheControl;
    @ConfigProperty(name = Settings.GAIA_SERVER_NAME, defaultValue = Settings.DEFAULT_GAIA_SERVER_NAME)
    String serverName;
    @ConfigProperty(name = Settings.GAIA_MAX_UPLOAD_MB, defaultValue = Settings.DEFAULT_GAIA_MAX_UPLOAD_MB)
    double maxUploadMegabytes;
    @ConfigProperty(name = Settings.GAIA_PAGE_SIZE, defaultValue = Settings.DEFAULT_GAIA_PAGE_SIZE)
    int pageSize;
    @ConfigProperty(name = Settings.GAIA_VALID_HUB_URLS)
    Optional<Set<String>> validHubUrls;
    @ConfigProperty(name = Settings.GAIA_WHITELIST)
    Optional<Set<String>> whitelist;

    @Produces
    @Singleton
    HubConfig hubConfig() {
        return new HubConfig(serverName, new UploadLimit(maxUploadMegabytes), pageSize, validHubUrls, whitelist);
    }

    /** The client for small bodies; only the hub uses it, so it lives and closes here. */
    private S3Client smallObjects;

    @Produces
    @Singleton
    GaiaHub gaiaHub(S3Client s3, AwsSettings settings, RevocationRepository revocations, HubConfig config) {
        smallObjects = AwsClients.s3ForSmallObjects(settings);
        return GaiaHub.over(s3, smallObjects, bucket, cacheControl, revocations, config);
    }

    @PreDestroy
    void closeSmallObjectClient() {
        if (smallObjects != null) {
            smallObjects.close();
        }
    }
}
