package org.blockstack.functions.infra.aws.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.emulators.aws.EventBridgeEmulator;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The EventBridge sink through the SDK against an emulated PutEvents endpoint. */
class EventBridgeSinkTest {
    private EventBridgeEmulator emulator;
    private EventBridgeClient client;

    @BeforeEach
    void start() {
        emulator = EventBridgeEmulator.start();
        client = AwsClients.eventBridge(new AwsSettings("us-east-1", Optional.empty(), Optional.empty(),
                Optional.of(emulator.baseUrl()), Optional.of(new AwsSettings.StaticKeys("local", "local"))));
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private static List<BnsEvent> events(int count) {
        List<BnsEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new BnsEvent("NAME_REGISTRATION", "name" + i + ".id", "id", 700, i, "ab".repeat(32),
                    Map.of("address", "1Owner")));
        }
        return events;
    }

    @Test
    void publishesEveryEventInBatchesOfTen() throws Exception {
        new EventBridgeSink(client, "bns-events").publish(events(23));
        assertThat(emulator.entries()).hasSize(23).allSatisfy(entry -> {
            assertThat(entry.eventBusName()).isEqualTo("bns-events");
            assertThat(entry.source()).isEqualTo("blockstack-functions.bns");
            assertThat(entry.detailType()).isEqualTo("NAME_REGISTRATION");
        });
        assertThat(emulator.entries().get(22).detail())
                .isEqualTo("{\"operation\":\"NAME_REGISTRATION\",\"name\":\"name22.id\",\"namespaceId\":\"id\","
                        + "\"height\":700,\"vtxindex\":22,\"txid\":\"" + "ab".repeat(32) + "\",\"address\":\"1Owner\"}");
    }

    @Test
    void entriesThatFailOnceAreSentAgain() throws Exception {
        emulator.failNextEntries(3);
        new EventBridgeSink(client, "bns-events").publish(events(5));
        assertThat(emulator.entries()).extracting(EventBridgeEmulator.Entry::detail)
                .hasSize(5)
                .anySatisfy(detail -> assertThat(detail).contains("\"name0.id\""));
    }

    @Test
    void entriesThatFailTwiceFailThePublication() {
        emulator.failNextEntries(20);
        assertThatThrownBy(() -> new EventBridgeSink(client, "bns-events").publish(events(4)))
                .isInstanceOf(EventPublishException.class)
                .hasMessageContaining("refused 4 of 4 events twice");
    }
}
