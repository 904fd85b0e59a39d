package org.blockstack.functions.local;

import java.io.IOException;

import org.blockstack.functions.emulators.LoopbackHttpServer;

import com.sun.net.httpserver.HttpExchange;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Anonymous reads of one bucket over plain HTTP, {@code GET /<key>}: what a public-read S3 bucket
 * gives the Gaia hub's files on AWS (decision I9-4), for stacks that run without the storage
 * function's read side (the functions' own tests). The demo chain's zone files then point here.
 */
final class PublicBucketServer extends LoopbackHttpServer {
    private final S3Client s3;
    private final String bucket;

    private PublicBucketServer(S3Client s3, String bucket) {
        super("public-bucket");
        this.s3 = s3;
        this.bucket = bucket;
    }

    static PublicBucketServer start(S3Client s3, String bucket) {
        PublicBucketServer server = new PublicBucketServer(s3, bucket);
        server.listen();
        return server;
    }

    @Override
    protected void handle(HttpExchange exchange, String path) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") || path.length() < 2) {
            text(exchange, 404, "no such object");
            return;
        }
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(path.substring(1)));
            String type = object.response().contentType();
            reply(exchange, 200, type == null ? "application/octet-stream" : type, object.asByteArray());
        } catch (NoSuchKeyException missing) {
            text(exchange, 404, "no such object: " + path.substring(1));
        }
    }

    @Override
    public void close() {
        super.close();
        s3.close();
    }
}
