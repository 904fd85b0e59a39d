package org.blockstack.functions.core.bns.subdomains;

import java.util.Comparator;

/**
 * Where a parent name's zone file entered the chain: the operation (registration, import, update
 * or renewal with a value) of {@code name} at {@code height}/{@code vtxindex} in transaction
 * {@code txid} that set {@code zonefileHash}. Its chain position orders subdomain records across
 * zone files, as the reference's zone file index does (read-api §13.2).
 */
public record ZoneFileAnnouncement(String name, String zonefileHash, int height, int vtxindex, String txid) {
    public static final Comparator<ZoneFileAnnouncement> CHAIN_ORDER = Comparator
            .comparingInt(ZoneFileAnnouncement::height).thenComparingInt(ZoneFileAnnouncement::vtxindex);

    public ZoneFileAnnouncement {
        if (name == null || zonefileHash == null || txid == null) {
            throw new IllegalArgumentException("an announcement needs its name, zone file hash and txid");
        }
        if (height < 0 || vtxindex < 0) {
            throw new IllegalArgumentException("height and vtxindex must not be negative, got " + height + "/"
                    + vtxindex);
        }
    }

    /** {@code <height>.<vtxindex>}, zero-padded, so text order is chain order (as the history table's). */
    public String position() {
        return String.format("%010d.%06d", height, vtxindex);
    }
}
