package org.blockstack.functions.lookup.names;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.bns.NameLifetime;
import org.blockstack.functions.core.bns.NameLifetime.Deadlines;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.zonefiles.InvalidZoneFileException;
import org.blockstack.functions.core.bns.zonefiles.ZoneFile;
import org.blockstack.functions.core.bns.zonefiles.ZoneFileParser;
import org.blockstack.functions.core.did.NameDid;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.namespaces.NamespaceDirectory;
import org.blockstack.functions.lookup.zonefiles.ZonefileLibrary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One on-chain name as the read API shows it at the last processed block: its record, namespace,
 * expiry (bns-protocol §6.2, read-api §3.9), zone file and DID.
 */
@ApplicationScoped
public class NameLookup {
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    NamespaceDirectory namespaces;
    @Inject
    ZonefileLibrary zonefiles;
    @Inject
    NetworkSettings network;

    /** DIDs by the creation they name; bounded in time too, so a reorg's rewrite is seen within the hour. */
    private final Cache<String, Object> dids = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    /** A name found in the index, with what every answer about it needs. */
    public record Found(NameRecord record, Optional<NamespaceRecord> namespace, Deadlines deadlines,
            Optional<byte[]> zonefile) {

        public Optional<String> zonefileText() {
            return zonefile.map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        }

        /** The zone file parsed as the reference parses it; empty when absent or not a zone file. */
        public Optional<ZoneFile> parsedZonefile() {
            return zonefileText().flatMap(NameLookup::parse);
        }

        /**
         * The subdomain resolver the zone file names ({@code _resolver} URI record). A target that is not
         * printable ASCII without spaces is ignored: it becomes a {@code Location} header.
         */
        public Optional<String> resolver() {
            return parsedZonefile().flatMap(ZoneFile::resolver)
                    .filter(target -> !target.isEmpty() && target.chars().allMatch(c -> c > 0x20 && c < 0x7f));
        }
    }

    public Optional<Found> find(String fqn, Tip tip) {
        return store.call(() -> index.name(fqn)).map(record -> {
            Optional<NamespaceRecord> namespace = namespaces.get(record.namespaceId(), tip);
            Deadlines deadlines = NameLifetime.deadlines(record, namespace, network.bnsParams(), tip.height());
            Optional<byte[]> zonefile = Optional.ofNullable(record.valueHash()).flatMap(zonefiles::get);
            return new Found(record, namespace, deadlines, zonefile);
        });
    }

    /** Whether a listing shows the name at the tip: the rules' liveness (revoked names included). */
    public boolean isListed(NameRecord record, Tip tip) {
        return NameLifetime.isLive(record, namespaces.get(record.namespaceId(), tip), network.bnsParams(),
                tip.height());
    }

    /**
     * The name's DID: the address its last creation was for, and how many names that address
     * created up to and including it, less one (the reference's {@code namedb_get_name_DID_info}).
     * Core's object {@code {"error": …}} when the history holds no creation. It cannot change while
     * the name is not created again, so it is kept per creation (two index queries saved per answer).
     */
    public Object did(NameRecord record) {
        String creation = record.name() + "|" + record.firstRegistered() + "|" + record.preorderHash() + "|"
                + record.importerAddress();
        return dids.get(creation, key -> didNow(record.name()));
    }

    private Object didNow(String fqn) {
        Optional<HistoryEntry> creation = store.call(() -> index.lastCreation(fqn));
        if (creation.isEmpty()) {
            return Map.of("error", "Not supported for this name");
        }
        HistoryEntry row = creation.get();
        int created = store.call(() -> index.creationsUpTo(row.creatorAddress(), row.blockNumber(), row.vtxindex()));
        return NameDid.of(row.creatorAddress(), created - 1);
    }

    static Optional<ZoneFile> parse(String text) {
        try {
            return Optional.of(ZoneFileParser.parse(text));
        } catch (InvalidZoneFileException notAZoneFile) {
            return Optional.empty();
        }
    }
}
