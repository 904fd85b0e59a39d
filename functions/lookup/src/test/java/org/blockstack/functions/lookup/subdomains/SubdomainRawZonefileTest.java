package org.blockstack.functions.lookup.subdomains;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import jakarta.inject.Inject;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainItem;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/**
 * A subdomain's zone file is whatever bytes its record carried (a base64 field of the parent's
 * zone file): a raw read returns exactly those, also when they are not UTF-8.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SubdomainRawZonefileTest {
    private static final String FQN = "bytes.rawtest.id";

    @Inject
    DynamoDbEnhancedClient dynamoDb;
    @Inject
    TableNames tables;

    @Test
    void rawReadReturnsTheRecordsBytesUnchanged() {
        byte[] zonefile = {'$', 'O', 'R', 'I', 'G', 'I', 'N', ' ', 'b', '\n', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '\n'};
        SubdomainItem item = new SubdomainItem();
        item.setFqn(FQN);
        item.setParent("rawtest.id");
        item.setOwner("1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
        item.setCreator("1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
        item.setSequence(0L);
        item.setTxid("ab".repeat(32));
        item.setZonefile(Base64.getEncoder().encodeToString(zonefile));
        item.setZonefileHash(BnsHashes.valueHash(zonefile));
        item.setHeight(1);
        item.setVtxindex(1);
        item.setDomain("rawtest.id");
        dynamoDb.table(tables.of(SubdomainItem.TABLE), SubdomainItem.SCHEMA).putItem(item);

        byte[] served = given().get("/v1/names/" + FQN + "/zonefile?raw=1").then()
                .statusCode(200).extract().asByteArray();

        assertThat(served).containsExactly(zonefile);
    }
}
