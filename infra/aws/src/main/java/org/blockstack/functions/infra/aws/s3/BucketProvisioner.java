package org.blockstack.functions.infra.aws.s3;

import org.jboss.logging.Logger;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** Creates a bucket when it does not exist. Local stack only: on AWS, Terraform owns buckets. */
public final class BucketProvisioner {
    private static final Logger LOG = Logger.getLogger(BucketProvisioner.class);

    private BucketProvisioner() {
    }

    public static void ensureBucket(S3Client s3, String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
                LOG.infof("created S3 bucket %s", bucket);
            } catch (BucketAlreadyOwnedByYouException raced) {
                // created concurrently: fine
            }
        }
    }
}
