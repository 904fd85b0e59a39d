package org.blockstack.functions.sync;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainIndexingSink;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.ZoneFileArrivals;
import org.blockstack.functions.infra.aws.events.EventBridgeSink;
import org.blockstack.functions.infra.aws.events.EventSink;
import org.blockstack.functions.infra.aws.events.LogEventSink;
import org.blockstack.functions.infra.aws.s3.ZonefileStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the event sink: EventBridge when a bus is configured, else log lines; either way the
 * announcements of zone files already stored are indexed for subdomains on the way.
 */
@ApplicationScoped
public class SyncWiring {
    @ConfigProperty(name = Settings.EVENTS_BUS_NAME)
    Optional<String> busName;
    @ConfigProperty(name = Settings.EVENTBRIDGE_ENDPOINT)
    Optional<URI> eventBridgeEndpoint;

    @Produces
    @Singleton
    EventSink eventSink(AwsSettings aws, ZonefileStore zonefiles, ZoneFileArrivals subdomains) {
        return new SubdomainIndexingSink(publishing(aws), zonefiles::get, subdomains);
    }

    private EventSink publishing(AwsSettings aws) {
        if (busName.filter(name -> !name.isBlank()).isEmpty()) {
            return new LogEventSink();
        }
        AwsSettings withEndpoint = new AwsSettings(aws.region(), aws.dynamoDbEndpoint(), aws.s3Endpoint(),
                eventBridgeEndpoint, aws.staticKeys());
        return new EventBridgeSink(AwsClients.eventBridge(withEndpoint), busName.get());
    }
}
