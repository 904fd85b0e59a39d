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
    /**
     * Comma-separated hub URLs whose Gaia tokens the authorizer admits (the token's hubUrl must name
     * one); unset: the authorizer admits no Gaia tokens, as a Gaia token made for another hub would
     * otherwise be replayable here forever.
     */
    public static final String VERIFY_AUTHORIZER_GAIA_HUB_URLS = "verify.authorizer-gaia-hub-urls";
    /** Bucket holding Gaia hub files. */
    public static final String GAIA_BUCKET = "gaia.bucket";
    /** Public URL prefix under which Gaia files are read; must end with '/'. */
    public static final String GAIA_READ_URL_PREFIX = "gaia.read-url-prefix";
    /** Name in the Gaia challenge text. */
    public static final String GAIA_SERVER_NAME = "gaia.server-name";
    /** Largest accepted Gaia upload, in megabytes. */
    public static final String GAIA_MAX_UPLOAD_MB = "gaia.max-upload-mb";
    /** Entries per page of a Gaia listing (1 to 1000, S3's page limit). */
    public static final String GAIA_PAGE_SIZE = "gaia.page-size";
    /** Cache-Control stored with every Gaia file and served with it. */
    public static final String GAIA_CACHE_CONTROL = "gaia.cache-control";
    /** Comma-separated hub URLs a Gaia token's hubUrl must name; unset means hubUrl is not checked. */
    public static final String GAIA_VALID_HUB_URLS = "gaia.valid-hub-urls";
    /** Comma-separated signing addresses allowed to write (a private hub); unset means anyone. */
    public static final String GAIA_WHITELIST = "gaia.whitelist";
    /** Bitcoin network: mainnet, testnet or regtest. */
    public static final String BNS_NETWORK = "bns.network";
    /**
     * First block to index (default: the network's first BNS block). One of the BNS protocol
     * parameters: every {@code bns.*} / {@code BNS_*} setting of {@code NetworkParams.OVERRIDES}
     * (epoch ends, expiries, prices …) is read by {@link NetworkSettings#bnsParams()}.
     */
    public static final String BNS_FIRST_BLOCK = "bns.first-block";
    /** Which block source sync reads: rest, rpc or esplora (default: whichever URL is set). */
    public static final String BITCOIN_SOURCE = "bitcoin.source";
    /** Base URL of a Bitcoin Core REST interface. */
    public static final String BITCOIN_REST_URL = "bitcoin.rest-url";
    /** URL of a Bitcoin Core JSON-RPC interface, and its credentials (user and password, or the cookie file). */
    public static final String BITCOIN_RPC_URL = "bitcoin.rpc-url";
    public static final String BITCOIN_RPC_USER = "bitcoin.rpc-user";
    public static final String BITCOIN_RPC_PASSWORD = "bitcoin.rpc-password";
    public static final String BITCOIN_RPC_COOKIE_FILE = "bitcoin.rpc-cookie-file";
    /** Base URL of an Esplora-compatible API, including its prefix (e.g. https://blockstream.info/api/). */
    public static final String ESPLORA_URL = "esplora.url";
    /** Timeout of one request to the block source. */
    public static final String BITCOIN_TIMEOUT = "bitcoin.timeout";
    /** How many times a transient block-source failure is tried in all. */
    public static final String BITCOIN_ATTEMPTS = "bitcoin.attempts";
    /** Confirmations a block needs before sync indexes it. */
    public static final String SYNC_CONFIRMATIONS = "sync.confirmations";
    /** Most blocks one sync invocation applies. */
    public static final String SYNC_MAX_BLOCKS = "sync.max-blocks";
    /** How long one sync invocation may apply blocks before it stops (keep it below the Lambda timeout). */
    public static final String SYNC_TIME_BUDGET = "sync.time-budget";
    /** Threads that fetch and parse upcoming blocks while earlier ones are applied. */
    public static final String SYNC_FETCH_THREADS = "sync.fetch-threads";
    /** How many recent blocks keep the undo data a reorg needs. */
    public static final String SYNC_UNDO_WINDOW = "sync.undo-window";
    /** S3 bucket of catch-up extracts (written by the extract function, read by sync); unset: none. */
    public static final String SYNC_EXTRACT_BUCKET = "sync.extract-bucket";
    /** Blocks per extract chunk (one S3 object); extraction and sync must agree. */
    public static final String SYNC_EXTRACT_CHUNK_BLOCKS = "sync.extract-chunk-blocks";
    /** Lambda function (name or ARN) sync hands catch-up extraction to; unset: no fan-out. */
    public static final String SYNC_EXTRACT_FUNCTION = "sync.extract-function";
    /** Sync fans extraction out only when at least this many confirmed blocks are left to index. */
    public static final String SYNC_FANOUT_MIN_BLOCKS = "sync.fanout-min-blocks";
    /** How far ahead of the index extraction is requested. */
    public static final String SYNC_FANOUT_AHEAD_BLOCKS = "sync.fanout-ahead-blocks";
    /** Chunks one extract invocation is given. */
    public static final String SYNC_FANOUT_CHUNKS_PER_INVOCATION = "sync.fanout-chunks-per-invocation";
    /** Lambda API endpoint override (emulators, LocalStack); unset on AWS. */
    public static final String LAMBDA_ENDPOINT = "lambda.endpoint";
    /** EventBridge bus for BNS events; unset: events are log lines. */
    public static final String EVENTS_BUS_NAME = "events.bus-name";
    /** EventBridge endpoint override (LocalStack); unset on AWS. */
    public static final String EVENTBRIDGE_ENDPOINT = "eventbridge.endpoint";
    /** Bucket holding published zone files by hash. */
    public static final String ZONEFILE_BUCKET = "zonefile.bucket";
    /** How long the lookup function reuses a rendered answer and its reading of the last block (0: never). */
    public static final String LOOKUP_CACHE_TTL = "lookup.cache-ttl";
    /** Timeout of one profile (token file) fetch by {@code /v1/users}. */
    public static final String PROFILES_FETCH_TIMEOUT = "profiles.fetch-timeout";
    /** Largest token file {@code /v1/users} reads, in bytes. */
    public static final String PROFILES_MAX_BYTES = "profiles.max-bytes";
    /** How long a resolved profile is reused. */
    public static final String PROFILES_CACHE_TTL = "profiles.cache-ttl";
    /** Whether profile URLs may point at loopback, private or link-local addresses (local stack only). */
    public static final String PROFILES_ALLOW_PRIVATE_ADDRESSES = "profiles.allow-private-addresses";

    /**
     * Whether a function runs its warm-ups (SDK clients, a first store request) on a background
     * thread as it starts; default: on Lambda's on-demand and provisioned-concurrency starts only.
     */
    public static final String COLD_START_PRIMING = "cold-start.priming";

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_GAIA_BUCKET = "bns-gaia";
    /** The local stack's bucket of catch-up extracts (on AWS, Terraform names it). */
    public static final String DEFAULT_SYNC_EXTRACT_BUCKET = "bns-sync-extracts";
    public static final String DEFAULT_GAIA_SERVER_NAME = "gaia-0";
    public static final String DEFAULT_GAIA_MAX_UPLOAD_MB = "20";
    public static final String DEFAULT_GAIA_PAGE_SIZE = "100";
    public static final String DEFAULT_GAIA_CACHE_CONTROL = "no-cache";
    public static final String DEFAULT_NETWORK = "mainnet";
    public static final String DEFAULT_ZONEFILE_BUCKET = "bns-zonefiles";

    private Settings() {
    }

    /** MicroProfile's environment-variable form of a property name: upper case, other characters as {@code _}. */
    public static String envName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
