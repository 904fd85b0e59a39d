package org.blockstack.functions.infra.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.blockstack.functions.emulators.S3ProxyServer;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 client configuration and bucket provisioning through the AWS SDK against S3Proxy. */
class S3AdapterTest {
    private static S3ProxyServer s3proxy;
    private static S3Client s3;

    @BeforeAll
    static void start() {
        s3proxy = S3ProxyServer.startTransient();
        s3 = AwsClients.s3(new AwsSettings("us-east-1", Optional.empty(), Optional.of(s3proxy.endpoint()),
                Optional.of(new AwsSettings.StaticKeys(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY))));
    }

    @AfterAll
    static void stop() {
        s3.close();
        s3proxy.close();
    }

    @Test
    void bucketProvisioningIsIdempotentAndObjectsRoundTrip() {
        BucketProvisioner.ensureBucket(s3, "gaia-test");
        BucketProvisioner.ensureBucket(s3, "gaia-test");
        s3.putObject(b -> b.bucket("gaia-test").key("1abc/hello.txt").contentType("text/plain"),
                RequestBody.fromString("hello"));
        assertThat(s3.getObjectAsBytes(b -> b.bucket("gaia-test").key("1abc/hello.txt")).asUtf8String())
                .isEqualTo("hello");
    }

    @Test
    void conditionalCreateIsRefusedWhenTheObjectExists() {
        BucketProvisioner.ensureBucket(s3, "gaia-conditional");
        s3.putObject(b -> b.bucket("gaia-conditional").key("k"), RequestBody.fromString("first"));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("gaia-conditional").key("k").ifNoneMatch("*"),
                RequestBody.fromString("second")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
        assertThat(s3.getObjectAsBytes(b -> b.bucket("gaia-conditional").key("k")).asUtf8String()).isEqualTo("first");
    }
}
