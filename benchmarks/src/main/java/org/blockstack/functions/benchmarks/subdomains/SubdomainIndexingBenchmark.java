package org.blockstack.functions.benchmarks.subdomains;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.bns.subdomains.InMemorySubdomainStore;
import org.blockstack.functions.core.bns.subdomains.SubdomainIndexer;
import org.blockstack.functions.core.bns.subdomains.SubdomainRecord;
import org.blockstack.functions.core.bns.subdomains.SubdomainSignatures;
import org.blockstack.functions.core.bns.subdomains.SubdomainTxtRecords;
import org.blockstack.functions.core.bns.subdomains.SubdomainZoneFiles;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Subdomain records processed per second on one thread, from registrar zone files of
 * {@value #BATCH} records each (what a registrar packed into one 40 KB zone file): indexing
 * registrations (parse, store, judge: no signature to check) and signed updates (the same, plus
 * one signature verification per record), beside their two parts measured alone: parsing the
 * zone file, and checking the signatures. One benchmark operation is one record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SubdomainIndexingBenchmark {
    static final int BATCH = 100;
    private static final String REGISTRAR = "registrar.id";

    private ZoneFileAnnouncement registrations;
    private ZoneFileAnnouncement updates;
    private byte[] registrationFile;
    private byte[] updateFile;
    private List<SubdomainRecord> updateRecords;
    private List<String> owners;
    private SubdomainIndexer registrationsIndexer;
    private SubdomainIndexer updatesIndexer;

    @Setup
    public void setUp() {
        List<String> keys = new ArrayList<>();
        owners = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String key = HexFormat.of().formatHex(Hashes.sha256(("bench owner " + i).getBytes(StandardCharsets.UTF_8)));
            keys.add(key);
            owners.add(BitcoinAddresses.ofPublicKey(HexFormat.of().parseHex(new Es256kSigner(key).publicKeyHex())));
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String fqn = "user" + i + "." + REGISTRAR;
            created.add(SubdomainTxtRecords.txt(fqn, REGISTRAR, owners.get(i), 0, profileZoneFile(i, owners.get(i)),
                    null));
            updated.add(SubdomainTxtRecords.txt(fqn, REGISTRAR, owners.get(i), 1, profileZoneFile(i, owners.get(i)),
                    keys.get(i)));
        }
        registrationFile = registrarZoneFile(created);
        updateFile = registrarZoneFile(updated);
        registrations = new ZoneFileAnnouncement(REGISTRAR, "00".repeat(20), 500_000, 10, "aa".repeat(32));
        updates = new ZoneFileAnnouncement(REGISTRAR, "11".repeat(20), 500_001, 10, "bb".repeat(32));
        updateRecords = SubdomainZoneFiles.decode(updates, updateFile).records();
        if (updateRecords.size() != BATCH || registrationFile.length > 40_960 || updateFile.length > 40_960) {
            throw new IllegalStateException("the corpus is not " + BATCH + " records in 40 KB zone files");
        }
        registrationsIndexer = new SubdomainIndexer(new InMemorySubdomainStore());
        registrationsIndexer.index(registrations, registrationFile);
        InMemorySubdomainStore updatedStore = new InMemorySubdomainStore();
        updatesIndexer = new SubdomainIndexer(updatedStore);
        updatesIndexer.index(registrations, registrationFile);
        updatesIndexer.index(updates, updateFile);
        if (updatedStore.currentRecords().size() != BATCH
                || updatedStore.currentRecords().values().stream().anyMatch(record -> record.sequence() != 1)) {
            throw new IllegalStateException("the updates are not all accepted");
        }
    }

    private static byte[] profileZoneFile(int i, String owner) {
        return ("$ORIGIN user" + i + "\n$TTL 3600\n_http._tcp\tIN\tURI\t10\t1\t\"https://gaia.blockstack.org/hub/"
                + owner + "/profile.json\"\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] registrarZoneFile(List<String> records) {
        StringBuilder text = new StringBuilder("$ORIGIN " + REGISTRAR + "\n$TTL 3600\n"
                + "_resolver\tIN\tURI\t10\t1\t\"https://registrar.example.org\"\n");
        records.forEach(record -> text.append(record).append('\n'));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A registrar's batch of registrations indexed: parsed, stored (already there after the first
     * call, which changes nothing), each subdomain judged from its one record.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object indexRegistrations() {
        return registrationsIndexer.index(registrations, registrationFile);
    }

    /** A batch of signed updates indexed: each subdomain's two records judged, one signature checked. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object indexUpdates() {
        return updatesIndexer.index(updates, updateFile);
    }

    /** Reference for {@link #indexUpdates}: the updates' zone file parsed into records, nothing else. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object parseOnly() {
        return SubdomainZoneFiles.decode(updates, updateFile);
    }

    /** Reference for {@link #indexRegistrations}: the registrations' zone file parsed, nothing else. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object parseRegistrationsOnly() {
        return SubdomainZoneFiles.decode(registrations, registrationFile);
    }

    /** Reference: the updates' signatures checked, nothing else. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int signatureCheckOnly() {
        int valid = 0;
        for (int i = 0; i < BATCH; i++) {
            valid += SubdomainSignatures.verify(updateRecords.get(i), owners.get(i)) ? 1 : 0;
        }
        return valid;
    }
}
