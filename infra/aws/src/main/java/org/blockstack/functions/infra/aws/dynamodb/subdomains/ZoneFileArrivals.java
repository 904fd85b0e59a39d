package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import java.util.ArrayList;
import java.util.List;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.subdomains.SubdomainIndexer;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.bns.HistoryItem;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * Where a zone file that has become available (published, or found in the store when its
 * announcement is indexed) enters the subdomain index: every announcement of its hash in the
 * name history is indexed with it, whatever the order zone files become available in (read-api
 * §5.9, §13.2).
 */
public final class ZoneFileArrivals {
    private final DynamoDbIndex<HistoryItem> byValueHash;
    private final SubdomainIndexer indexer;

    public ZoneFileArrivals(DynamoDbEnhancedClient enhanced, TableNames names, SubdomainIndexer indexer) {
        this.byValueHash = enhanced.table(names.of(HistoryItem.TABLE), HistoryItem.SCHEMA)
                .index(HistoryItem.BY_VALUE_HASH);
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
