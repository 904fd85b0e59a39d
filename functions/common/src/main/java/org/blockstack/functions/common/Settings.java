package org.blockstack.functions.common;

/**
 * Configuration property names shared by the functions and the local stack. Each maps to an
 * environment variable by Quarkus' rule (upper case, dots and dashes become underscores), e.g.
 * {@code dynamodb.endpoint} is {@code DYNAMODB_ENDPOINT}. Every one is listed in the README.
 */
public final class Settings {
    /** AWS region of the tables and bucket. */
    public static final String AWS_REGION = "aws.region";
    /** DynamoDB endpoint override (emulators, LocalStack); unset on AWS. */
    public static final String DYNAMODB_ENDPOINT = "dynamodb.endpoint";
    /** S3 endpoint override (emulators, LocalStack); unset on AWS. Path-style URLs are used when set. */
    public static final String S3_ENDPOINT = "s3.endpoint";
    /** Static access key for emulators; when unset, the SDK's default credentials chain is used. */
    public static final String EMULATOR_ACCESS_KEY_ID = "emulator.access-key-id";
    public static final String EMULATOR_SECRET_ACCESS_KEY = "emulator.secret-access-key";
    /** Prefix of every DynamoDB table name. */
    public static final String TABLE_PREFIX = "table.prefix";
    /** Clock skew the token verifier forgives in exp and iat (a duration, e.g. 30s; default none). */
    public static final String VERIFY_CLOCK_SKEW = "verify.clock-skew";
    /** Bucket holding Gaia hub files. */
    public static final String GAIA_BUCKET = "gaia.bucket";
    /** Public URL prefix under which Gaia files are read; must end with '/'. */
    public static final String GAIA_READ_URL_PREFIX = "gaia.read-url-prefix";
    /** Name in the Gaia challenge text. */
    public static final String GAIA_SERVER_NAME = "gaia.server-name";
    /** Largest accepted Gaia upload, in megabytes. */
    public static final String GAIA_MAX_UPLOAD_MB = "gaia.max-upload-mb";
    /** Bitcoin network: mainnet, testnet or regtest. */
    public static final String BNS_NETWORK = "bns.network";
    /** First block to index (default: the network's first BNS block). */
    public static final String BNS_FIRST_BLOCK = "bns.first-block";
    /** Base URL of a Bitcoin Core REST interface. */
    public static final String BITCOIN_REST_URL = "bitcoin.rest-url";
    /** Confirmations a block needs before sync indexes it. */
    public static final String SYNC_CONFIRMATIONS = "sync.confirmations";
    /** Most blocks one sync invocation applies. */
    public static final String SYNC_MAX_BLOCKS = "sync.max-blocks";

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_GAIA_BUCKET = "bns-gaia";
    public static final String DEFAULT_GAIA_SERVER_NAME = "gaia-0";
    public static final String DEFAULT_NETWORK = "mainnet";

    private Settings() {
    }
}
