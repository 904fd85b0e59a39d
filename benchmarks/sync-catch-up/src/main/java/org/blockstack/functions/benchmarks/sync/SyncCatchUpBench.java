package org.blockstack.functions.benchmarks.sync;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.bitcoinj.core.Block;
import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.emulators.S3ProxyServer;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.bitcoin.BitcoinRestBlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceSpentOutputs;
import org.blockstack.functions.infra.aws.bitcoin.RetryingBlockSource;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.TableProvisioner;
import org.blockstack.functions.infra.aws.extracts.ExtractChunk;
import org.blockstack.functions.infra.aws.extracts.ExtractChunkCodec;
import org.blockstack.functions.infra.aws.extracts.ExtractChunkId;
import org.blockstack.functions.infra.aws.extracts.ExtractStore;
import org.blockstack.functions.local.LocalStack;
import org.blockstack.functions.sync.ChunkExtractor;
import org.blockstack.functions.sync.SourceExtraction;
import org.blockstack.functions.sync.SyncEngine;
import org.blockstack.functions.sync.SyncSummary;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The sync bench (issue 5): mainnet-sized blocks (about 1 MB, 2,000 transactions, two accepted
 * BNS operations each, so 0.1 %) on the demo chain, served by the emulated Bitcoin Core REST node,
 * and in one run, side by side:
 * <ol>
 *   <li>a raw read of the blocks (hash by height, then the block's bytes), 1 and 2 threads: the floor;</li>
 *   <li>the fetch stage before this issue: bitcoinj's full parse of each block, then extraction (1 thread);</li>
 *   <li>extraction as sync and the extract function do it (raw checks, scan, spent outputs), 1 and 2 threads;</li>
 *   <li>sync end to end into dynalite, reading the node (4 fetch threads, the default);</li>
 *   <li>sync end to end into dynalite, applying stored extracts (catch-up after the fan-out).</li>
 * </ol>
 * After one warm-up pass of each, the measurements run {@code --runs} rounds in rotation, so load
 * from other processes on a shared machine falls on all of them alike; medians are printed, with
 * the DynamoDB requests the end-to-end runs made per block.
 */
public final class SyncCatchUpBench {
    private static final int FILLER_PER_BLOCK = 2_000;
    private static final int CHUNK_BLOCKS = 100;

    private SyncCatchUpBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = intArg(args, "--runs", 5);
        long started = System.nanoTime();
        DemoChain demo = DemoChain.create();
        // the chain ends with a whole chunk, so every measured block can come from a stored extract
        int demoTip = demo.chain().tipHeight();
        int wanted = intArg(args, "--blocks", 100);
        int blocks = wanted + Math.floorMod(-(demoTip + wanted + 1), CHUNK_BLOCKS);
        demo.appendBusyBlocks(blocks, FILLER_PER_BLOCK, 42);
        RegtestChain chain = demo.chain();
        int first = chain.tipHeight() - blocks + 1;
        int last = chain.tipHeight();
        long bytes = 0;
        for (int height = first; height <= last; height++) {
            bytes += chain.blockAt(height).orElseThrow().serialize().length;
        }
        System.out.printf(Locale.ROOT, "chain: demo chain + %d blocks of %.2f MB on average (%d..%d), built in %.1f s%n",
                blocks, bytes / 1e6 / blocks, first, last, (System.nanoTime() - started) / 1e9);

        try (LocalStack stack = LocalStack.start(LocalStack.Options.inMemory().withChain(chain))) {
            Bench bench = new Bench(stack, DemoChain.params(), first, last, bytes, runs);
            bench.storeExtracts();
            Map<String, Pass> passes = new LinkedHashMap<>();
            passes.put("raw read (hash + block bytes), 1 thread", () -> bench.rawRead(1));
            passes.put("raw read (hash + block bytes), 2 threads", () -> bench.rawRead(2));
            passes.put("fetch before: bitcoinj full parse + extraction, 1 thread", bench::bitcoinjFetch);
            passes.put("extract (raw checks, scan, spent outputs), 1 thread", () -> bench.extract(1));
            passes.put("extract (raw checks, scan, spent outputs), 2 threads", () -> bench.extract(2));
            passes.put("sync end to end from the node into dynalite (4 fetch threads)", () -> bench.sync(false));
            passes.put("sync end to end from stored extracts into dynalite", () -> bench.sync(true));
            List<Row> rows = bench.measureInRotation(passes);
            print(rows, blocks, bytes);
        }
    }

    /** One measurement's median: seconds, and DynamoDB requests per block when it made any. */
    private record Row(String what, double seconds, double requestsPerBlock) {
    }

    /** What a measured pass returns: its DynamoDB requests (0 when it makes none). */
    @FunctionalInterface
    private interface Pass {
        long run() throws Exception;
    }

    private static final class Bench {
        private final NetworkParams params;
        private final int first;
        private final int last;
        private final long bytes;
        private final int runs;
        private final BlockSource source;
        private final AwsSettings aws;
        private final DynamoDbClient dynamoDb;
        private final DynamoDbEnhancedClient enhanced;
        private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
        private final ExtractStore store;
        private int tablesMade;
        /** DynamoDB requests of the last measured sync, by operation. */
        private Map<String, Long> lastBreakdown = Map.of();

        Bench(LocalStack stack, NetworkParams params, int first, int last, long bytes, int runs) {
            this.params = params;
            this.first = first;
            this.last = last;
            this.bytes = bytes;
            this.runs = runs;
            Map<String, String> config = stack.config();
            this.source = new RetryingBlockSource(new BitcoinRestBlockSource(URI.create(config.get(Settings.BITCOIN_REST_URL)),
                    Duration.ofSeconds(30)), RetryingBlockSource.Policy.defaults());
            this.aws = new AwsSettings(Settings.DEFAULT_REGION, Optional.of(URI.create(config.get(Settings.DYNAMODB_ENDPOINT))),
                    Optional.of(URI.create(config.get(Settings.S3_ENDPOINT))),
                    Optional.of(new AwsSettings.StaticKeys(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)));
            this.dynamoDb = countingDynamoDb();
            this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build();
            S3Client s3 = AwsClients.s3(aws);
            this.store = new ExtractStore(s3, config.get(Settings.SYNC_EXTRACT_BUCKET),
                    new ExtractChunkCodec(new BnsExtractor(params)));
        }

        /** The SDK's own client, as AwsClients builds it, plus a count of requests by operation. */
        private DynamoDbClient countingDynamoDb() {
            ExecutionInterceptor counter = new ExecutionInterceptor() {
                @Override
                public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                    requests.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                            name -> new AtomicLong()).incrementAndGet();
                }
            };
            return DynamoDbClient.builder()
                    .region(Region.of(aws.region()))
                    .endpointOverride(aws.dynamoDbEndpoint().orElseThrow())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
                    .httpClient(UrlConnectionHttpClient.builder().build())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(counter))
                    .build();
        }

        /**
         * One warm-up pass of each, then {@code runs} rounds in which every measurement runs once,
         * in turn, so that load from other processes falls on all of them alike; medians.
         */
        List<Row> measureInRotation(Map<String, Pass> passes) throws Exception {
            for (Pass pass : passes.values()) {
                pass.run();
            }
            Map<String, List<Double>> seconds = new LinkedHashMap<>();
            Map<String, List<Long>> counts = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                for (Map.Entry<String, Pass> pass : passes.entrySet()) {
                    long started = System.nanoTime();
                    long requests = pass.getValue().run();
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    seconds.computeIfAbsent(pass.getKey(), k -> new ArrayList<>()).add(elapsed);
                    counts.computeIfAbsent(pass.getKey(), k -> new ArrayList<>()).add(requests);
                    System.out.printf(Locale.ROOT, "  round %d: %-66s %7.2f s%s%n", run + 1, pass.getKey(), elapsed,
                            lastBreakdown.isEmpty() ? "" : "  DynamoDB requests: " + lastBreakdown);
                    lastBreakdown = Map.of();
                }
            }
            List<Row> rows = new ArrayList<>();
            for (String what : passes.keySet()) {
                rows.add(new Row(what, median(seconds.get(what)), median(counts.get(what)) / (last - first + 1)));
            }
            return rows;
        }

        private static double median(List<? extends Number> values) {
            List<Double> sorted = new ArrayList<>();
            values.forEach(value -> sorted.add(value.doubleValue()));
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }

        long rawRead(int threads) throws Exception {
            return parallel(threads, height -> {
                source.rawBlock(source.blockHash(height));
                return null;
            });
        }

        long bitcoinjFetch() throws Exception {
            BnsExtractor extractor = new BnsExtractor(params);
            for (int height = first; height <= last; height++) {
                String hash = source.blockHash(height);
                Block block = Block.read(ByteBuffer.wrap(source.rawBlock(hash)));
                if (!block.getHashAsString().equals(hash)) {
                    throw new IllegalStateException("block " + height + " hashes to " + block.getHashAsString());
                }
                extractor.extract(block, height, new BlockSourceSpentOutputs(source));
            }
            return 0;
        }

        long extract(int threads) throws Exception {
            try (ChunkExtractor extractor = new ChunkExtractor(new SourceExtraction(source, new BnsExtractor(params)),
                    threads)) {
                List<ExtractedBlock> extracted = extractor.extract(first, last);
                if (extracted.stream().mapToInt(block -> block.candidates().size()).sum() < 2 * (last - first)) {
                    throw new IllegalStateException("extraction found fewer BNS candidates than the chain holds");
                }
            }
            return 0;
        }

        /** Every chunk that holds a measured block, stored as the extract function stores them. */
        void storeExtracts() throws Exception {
            try (ChunkExtractor extractor = new ChunkExtractor(new SourceExtraction(source, new BnsExtractor(params)), 2)) {
                ExtractChunkId id = chunk(1);
                while (id.firstHeight() <= last) {
                    if (id.lastHeight() <= source.tipHeight()) {
                        store.write(new ExtractChunk(id, extractor.extract(id.firstHeight(), id.lastHeight())));
                    }
                    id = id.next();
                }
            }
        }

        private ExtractChunkId chunk(int height) {
            return new SyncEngine.Extracts(store, CHUNK_BLOCKS).chunkOf(params, height);
        }

        /** Syncs the demo part untimed, then the measured blocks; returns the latter's DynamoDB requests. */
        long sync(boolean fromExtracts) {
            TableNames tables = new TableNames("bench" + (++tablesMade) + "-");
            TableProvisioner.ensureTables(dynamoDb, tables);
            SyncEngine.Stores stores = new SyncEngine.Stores(new SyncStateRepository(enhanced, tables), enhanced, dynamoDb,
                    tables);
            Optional<SyncEngine.Extracts> extracts = fromExtracts
                    ? Optional.of(new SyncEngine.Extracts(store, CHUNK_BLOCKS)) : Optional.empty();
            expectOk(engine(stores, extracts, first - 1).run(SyncEngine.CatchUp.NONE), first - 1);
            long before = requestCount();
            Map<String, Long> byOperation = snapshot();
            SyncSummary measured = engine(stores, extracts, last - first + 1).run(SyncEngine.CatchUp.NONE);
            lastBreakdown = new TreeMap<>();
            snapshot().forEach((operation, count) -> lastBreakdown.merge(operation,
                    count - byOperation.getOrDefault(operation, 0L), Long::sum));
            expectOk(measured, last);
            int expected = fromExtracts ? last - first + 1 : 0;
            if (measured.extractedBlocks() < expected || (!fromExtracts && measured.extractedBlocks() > 0)) {
                throw new IllegalStateException("expected " + expected + " blocks from extracts: " + measured);
            }
            return requestCount() - before;
        }

        private SyncEngine engine(SyncEngine.Stores stores, Optional<SyncEngine.Extracts> extracts, int maxBlocks) {
            return new SyncEngine(stores, params, source, extracts, events -> { },
                    new SyncEngine.Options(1, maxBlocks, Duration.ofHours(1), 4, 288), ChangeLog.WriteHook.NONE);
        }

        private static void expectOk(SyncSummary summary, int lastHeight) {
            if (!summary.status().equals(SyncSummary.OK) || summary.lastHeight() != lastHeight) {
                throw new IllegalStateException("sync did not reach " + lastHeight + ": " + summary);
            }
        }

        private Map<String, Long> snapshot() {
            Map<String, Long> counts = new TreeMap<>();
            requests.forEach((operation, count) -> counts.put(operation, count.get()));
            return counts;
        }

        private long requestCount() {
            return requests.values().stream().mapToLong(AtomicLong::get).sum();
        }

        @FunctionalInterface
        private interface PerHeight {
            Void at(int height) throws Exception;
        }

        private long parallel(int threads, PerHeight work) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Void>> pending = new ArrayList<>();
                for (int height = first; height <= last; height++) {
                    int h = height;
                    pending.add(pool.submit(() -> work.at(h)));
                }
                for (Future<Void> done : pending) {
                    done.get();
                }
                return 0;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void print(List<Row> rows, int blocks, long bytes) {
        double floor = rows.get(0).seconds();
        System.out.println();
        System.out.printf(Locale.ROOT, "| %s | blocks/s | MB/s | × raw read (1 thread) | DynamoDB requests/block |%n",
                "measurement (" + blocks + " blocks, " + String.format(Locale.ROOT, "%.1f", bytes / 1e6) + " MB)");
        System.out.println("|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.2f | %s |%n", row.what(), blocks / row.seconds(),
                    bytes / 1e6 / row.seconds(), floor / row.seconds(),
                    row.requestsPerBlock() > 0 ? String.format(Locale.ROOT, "%.2f", row.requestsPerBlock()) : "—");
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
