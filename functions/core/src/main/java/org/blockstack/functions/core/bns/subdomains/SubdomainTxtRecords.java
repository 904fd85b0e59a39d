package org.blockstack.functions.core.bns.subdomains;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes subdomain records as zone file TXT lines, the way a registrar batches them into its
 * name's zone file (read-api §13.1): {@code <label> TXT "owner=…" "seqn=…" "parts=…" "zf0=…" … "sig=…"}.
 * Used to build the demo chain's zone files and test data.
 */
public final class SubdomainTxtRecords {
    private SubdomainTxtRecords() {
    }

    /**
     * One TXT line for subdomain {@code fqn} carried by {@code carryingName}'s zone file, signed
     * with {@code signingKeyHex} (a single-sig private key) or unsigned when it is null.
     */
    public static String txt(String fqn, String carryingName, String owner, long sequence, byte[] zonefile,
            String signingKeyHex) {
        SubdomainRecord unsigned = new SubdomainRecord(fqn, owner, sequence,
                Base64.getEncoder().encodeToString(zonefile), null,
                new ZoneFileAnnouncement(carryingName, "", 0, 0, ""), 0, null, List.of());
        List<String> strings = new ArrayList<>(SubdomainSignatures.unsignedStrings(unsigned, false));
        if (signingKeyHex != null) {
            strings.add("sig=" + SubdomainSignatures.sign(unsigned, signingKeyHex).replace("=", "\\="));
        }
        String label = unsigned.independent() ? fqn : fqn.substring(0, fqn.indexOf('.'));
        StringBuilder line = new StringBuilder(label).append(" TXT");
        for (String string : strings) {
            line.append(" \"").append(string).append('"');
        }
        return line.toString();
    }
}
