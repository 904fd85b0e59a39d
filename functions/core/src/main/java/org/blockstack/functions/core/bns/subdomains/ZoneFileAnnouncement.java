package org.blockstack.functions.core.bns.subdomains;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;

/**
 * Where a parent name's zone file entered the chain: the operation (registration, import, update
 * or renewal with a value) of {@code name} at {@code height}/{@code vtxindex} in transaction
 * {@code txid} that set {@code zonefileHash}. Its chain position orders subdomain records across
 * zone files, as the reference's zone file index does (read-api §13.2).
 */
public record ZoneFileAnnouncement(String name, String zonefileHash, int height, int vtxindex, String txid) {
    public static final Comparator<ZoneFileAnnouncement> CHAIN_ORDER = Comparator
            .comparingInt(ZoneFileAnnouncement::height).thenComparingInt(ZoneFileAnnouncement::vtxindex);

    /**
     * The operations that announce a zone file when they set a value hash (the reference's zone
     * file inventory). A transfer that keeps the data carries the hash on but announces nothing.
     */
    public static final Set<String> ANNOUNCING_OPCODES = Set.of("NAME_REGISTRATION", "NAME_IMPORT", "NAME_UPDATE",
            "NAME_RENEWAL");

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

    /** The announcement a name's history row makes, if its operation set a zone file hash. */
    public static Optional<ZoneFileAnnouncement> of(HistoryEntry row) {
        if (!ANNOUNCING_OPCODES.contains(row.opcode()) || !(row.record() instanceof NameRecord name)
                || name.valueHash() == null) {
            return Optional.empty();
        }
        return Optional.of(new ZoneFileAnnouncement(row.subject(), name.valueHash(), row.blockNumber(), row.vtxindex(),
                row.txid()));
    }
}
