package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.infra.aws.events.BnsEvent;
import org.blockstack.functions.infra.aws.events.EventPublishException;
import org.blockstack.functions.infra.aws.events.EventSink;

/**
 * Sync's events, passed on, and each operation that announces a zone file indexed for subdomains
 * when the zone file is already stored (read-api §13.2): a file published before its announcement
 * was indexed, or an index rebuilt over stored files. Events come at least once, after their
 * block's changes are written; indexing is idempotent, so a block published again costs reads only.
 */
public final class SubdomainIndexingSink implements EventSink {
    private final EventSink delegate;
    private final Function<String, Optional<byte[]>> storedZonefiles;
    private final ZoneFileArrivals arrivals;

    /**
     * @param storedZonefiles the zone file with a hash, if stored
     */
    public SubdomainIndexingSink(EventSink delegate, Function<String, Optional<byte[]>> storedZonefiles,
            ZoneFileArrivals arrivals) {
        this.delegate = delegate;
        this.storedZonefiles = storedZonefiles;
        this.arrivals = arrivals;
    }

    @Override
    public void publish(List<BnsEvent> events) throws EventPublishException {
        delegate.publish(events);
        for (BnsEvent event : events) {
            announcement(event).ifPresent(announcement -> storedZonefiles.apply(announcement.zonefileHash())
                    .ifPresent(zonefile -> arrivals.arrived(announcement, zonefile)));
        }
    }

    /**
     * Passes the take-back on, then takes back the subdomain records that each announcing
     * operation of the taken-back block contributed (decision I10-13). Called after the names'
     * history is restored; store errors escape, so the take-back is retried with the block.
     */
    @Override
    public void takenBack(List<BnsEvent> events) throws EventPublishException {
        delegate.takenBack(events);
        for (BnsEvent event : events) {
            announcement(event).ifPresent(announcement -> arrivals.takenBack(announcement,
                    storedZonefiles.apply(announcement.zonefileHash())));
        }
    }

    /** The zone file announcement an event's operation makes, if it set a value hash (I10-3). */
    private static Optional<ZoneFileAnnouncement> announcement(BnsEvent event) {
        if (ZoneFileAnnouncement.ANNOUNCING_OPCODES.contains(event.operation())
                && event.detail().get("valueHash") instanceof String hash) {
            return Optional.of(new ZoneFileAnnouncement(event.name(), hash, event.height(), event.vtxindex(),
                    event.txid()));
        }
        return Optional.empty();
    }
}
