package org.blockstack.functions.sync;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.events.EventBridgeSink;
import org.blockstack.functions.infra.aws.events.EventSink;
import org.blockstack.functions.infra.aws.events.LogEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the event sink: EventBridge when a bus is configured, else log lines. */
@ApplicationScoped
public class SyncWiring {
    @ConfigProperty(name = Settings.EVENTS_BUS_NAME)
    Optional<String> busName;
    @ConfigProperty(name = Settings.EVENTBRIDGE_ENDPOINT)
    Optional<URI> eventBridgeEndpoint;

    @Produces
    @Singleton
    EventSink eventSink(AwsSettings aws) {
        if (busName.filter(name -> !name.isBlank()).isEmpty()) {
            return new LogEventSink();
        }
        AwsSettings withEndpoint = new AwsSettings(aws.region(), aws.dynamoDbEndpoint(), aws.s3Endpoint(),
                eventBridgeEndpoint, aws.staticKeys());
        return new EventBridgeSink(AwsClients.eventBridge(withEndpoint), busName.get());
    }
}
