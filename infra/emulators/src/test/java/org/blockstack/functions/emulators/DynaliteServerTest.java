package org.blockstack.functions.emulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynaliteServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void answersTheDynamoDbJsonProtocolAndStopsWithItsOwner() throws Exception {
        DynaliteServer server = DynaliteServer.startInMemory();
        try {
            HttpResponse<String> response = listTables(server.endpoint());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"TableNames\":[]");
        } finally {
            server.close();
        }
        assertThat(server.isRunning()).isFalse();
    }

    @Test
    void persistentInstanceWritesUnderItsDataFolder(@TempDir Path dir) throws Exception {
        try (DynaliteServer server = DynaliteServer.startPersistent(dir.resolve("dynamodb"))) {
            assertThat(listTables(server.endpoint()).statusCode()).isEqualTo(200);
        }
        assertThat(dir.resolve("dynamodb/CURRENT")).exists();
    }

    private static HttpResponse<String> listTables(URI endpoint) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("X-Amz-Date", "20250101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=a/20250101/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
