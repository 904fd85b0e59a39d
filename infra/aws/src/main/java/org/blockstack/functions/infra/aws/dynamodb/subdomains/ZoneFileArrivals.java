package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.subdomains.SubdomainIndexer;
import org.blockstack.functions.core.bns.subdomains.SubdomainZoneFiles;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.bns.HistoryItem;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * Where a zone file that has become available (published, or found in the store when its
 * announcement is indexed) enters the subdomain index: every announcement of its hash in the
 * name history is indexed with it, whatever the order zone files become available in (read-api
 * §5.9, §13.2).
 */
public final class ZoneFileArrivals {
    /** Rounds of {@link #settle} before it leaves the rest to sync: each one means the chain moved meanwhile. */
    private static final int SETTLE_ROUNDS = 4;

    private final DynamoDbTable<HistoryItem> history;
    private final DynamoDbIndex<HistoryItem> byValueHash;
    private final DynamoDbTable<SubdomainRecordItem> records;
    private final SubdomainIndexer indexer;

    public ZoneFileArrivals(DynamoDbEnhancedClient enhanced, TableNames names, SubdomainIndexer indexer) {
        this.history = enhanced.table(names.of(HistoryItem.TABLE), HistoryItem.SCHEMA);
        this.byValueHash = history.index(HistoryItem.BY_VALUE_HASH);
        this.records = enhanced.table(names.of(SubdomainRecordItem.TABLE), SubdomainRecordItem.SCHEMA);
        this.indexer = indexer;
    }

    /** Indexes the subdomain records of {@code zonefile} at every announcement of its hash; what each gave. */
    public List<SubdomainIndexer.Indexed> arrived(byte[] zonefile) {
        List<SubdomainIndexer.Indexed> indexed = new ArrayList<>();
        for (ZoneFileAnnouncement announcement : announcements(BnsHashes.valueHash(zonefile))) {
            indexed.add(indexer.index(announcement, zonefile));
        }
        return indexed;
    }

    /** Indexes {@code zonefile} at one announcement (sync, as it applies the announcing operation). */
    public SubdomainIndexer.Indexed arrived(ZoneFileAnnouncement announcement, byte[] zonefile) {
        return indexer.index(announcement, zonefile);
    }

    /**
     * Takes back what the zone file announced by {@code announcement} contributed, after a chain
     * reorganisation dropped the announcing operation (decision I10-13): its records are found
     * from the zone file, when stored, and from the records the transaction is known to have
     * carried at that position, so a record indexed without its file being stored is found too.
     */
    public void takenBack(ZoneFileAnnouncement announcement, Optional<byte[]> zonefile) {
        Set<String> fqns = new LinkedHashSet<>();
        zonefile.ifPresent(file -> SubdomainZoneFiles.decode(announcement, file).records()
                .forEach(record -> fqns.add(record.fqn())));
        for (SubdomainRecordItem item : SubdomainReadIndex.carriedBy(records, announcement.txid())) {
            if (item.getPosition().equals(announcement.position())) {
                fqns.add(item.getFqn());
            }
        }
        indexer.takeBack(announcement, fqns);
    }

    /**
     * Makes the index of a published zone file agree with the chain after the file is stored: an
     * announcement read before a reorganisation dropped it (or the announcing operation mined
     * again meanwhile) is taken back (or indexed again) until the names' history, read strongly
     * consistent, stays as it was at the last write. With sync's take-back, which reads the stored
     * file after the history is restored, no record of a dropped operation stays live (I10-13).
     */
    public void settle(List<SubdomainIndexer.Indexed> indexed, byte[] zonefile) {
        for (SubdomainIndexer.Indexed one : indexed) {
            ZoneFileAnnouncement carrier = one.carrier();
            boolean indexedAsOnChain = true;
            for (int round = 0; round < SETTLE_ROUNDS; round++) {
                boolean onChain = onChain(carrier);
                if (onChain == indexedAsOnChain) {
                    break;
                }
                if (onChain) {
                    indexer.index(carrier, zonefile);
                } else {
                    indexer.takeBack(carrier, zonefile);
                }
                indexedAsOnChain = onChain;
            }
        }
    }

    /** Whether the names' history (strongly consistent) still holds the announcing operation. */
    private boolean onChain(ZoneFileAnnouncement announcement) {
        HistoryItem row = history.getItem(GetItemEnhancedRequest.builder()
                .key(Key.builder().partitionValue(announcement.name()).sortValue(HistoryItem.position(announcement.height(), announcement.vtxindex())).build())
                .consistentRead(true).build());
        return row != null && announcement.txid().equals(row.getTxid());
    }

    /** The operations that set {@code zonefileHash} as a name's value (I10-3), in chain order. */
    public List<ZoneFileAnnouncement> announcements(String zonefileHash) {
        List<ZoneFileAnnouncement> announcements = new ArrayList<>();
        byValueHash.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(zonefileHash).build()))
                .build())
                .forEach(page -> page.items().forEach(row -> {
                    if (ZoneFileAnnouncement.ANNOUNCING_OPCODES.contains(row.getOpcode())) {
                        announcements.add(new ZoneFileAnnouncement(row.getSubject(), zonefileHash, row.getHeight(),
                                row.getVtxindex(), row.getTxid()));
                    }
                }));
        return announcements;
    }
}
