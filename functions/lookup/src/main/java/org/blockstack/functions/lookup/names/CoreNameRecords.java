package org.blockstack.functions.lookup.names;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.records.RecordJson;
import org.blockstack.functions.lookup.subdomains.Subdomains;

/**
 * One name in Core's dialect: the {@code /v1/names/{name}} answer (read-api §5.1.1–§5.1.3) and the
 * raw blockchain record of {@code /v1/blockchains/bitcoin/names/{name}} (§9.5).
 */
@ApplicationScoped
public class CoreNameRecords {
    @Inject
    NameLookup names;
    @Inject
    Subdomains subdomains;

    public Answer nameInfo(String name, Tip tip) {
        if (NameSyntax.isValidSubdomain(name)) {
            return subdomainInfo(name, tip);
        }
        if (!NameSyntax.isValidName(name)) {
            return Answer.error(400, CoreNamesResource.INVALID_NAME);
        }
        Optional<NameLookup.Found> lookup = names.find(name, tip);
        if (lookup.isEmpty()) {
            return Answer.json(404, Map.of("status", "available"));
        }
        NameLookup.Found found = lookup.get();
        if (found.deadlines().isExpiredAt(tip.height())) {
            return Answer.error(404, "Name expired");
        }
        NameRecord record = found.record();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", record.address());
        json.put("blockchain", "bitcoin");
        json.put("did", names.did(record));
        json.put("expire_block", found.deadlines().expireBlock());
        json.put("grace_period", found.deadlines().inGracePeriodAt(tip.height()));
        json.put("last_txid", record.txid());
        json.put("renewal_deadline", found.deadlines().renewalDeadline());
        json.put("resolver", found.resolver().orElse(null));
        json.put("status", record.revoked() ? "revoked" : "registered");
        json.put("zonefile", found.zonefileText().orElse(null));
        json.put("zonefile_hash", record.valueHash());
        return Answer.ok(json);
    }

    /**
     * A subdomain: its record when the subdomain index knows it; otherwise Core's redirect to the
     * parent name's resolver, or "available" saying why there is none.
     */
    private Answer subdomainInfo(String name, Tip tip) {
        Optional<Subdomains.Subdomain> known = subdomains.find(name);
        if (known.isPresent()) {
            Subdomains.Subdomain subdomain = known.get();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("address", subdomain.address());
            json.put("blockchain", "bitcoin");
            json.put("did", subdomain.did());
            json.put("last_txid", subdomain.txid());
            json.put("status", "registered_subdomain");
            json.put("zonefile", subdomain.zonefileText());
            json.put("zonefile_hash", subdomain.zonefileHash());
            return Answer.ok(json);
        }
        Optional<NameLookup.Found> parent = names.find(NameSyntax.parentOf(name), tip)
                .filter(found -> !found.deadlines().isExpiredAt(tip.height()));
        if (parent.isEmpty()) {
            return Answer.json(404, Map.of("status", "available", "more", "failed to look up parent domain"));
        }
        Optional<String> resolver = parent.get().resolver();
        if (resolver.isEmpty()) {
            return Answer.json(404, Map.of("status", "available", "more", "failed to find parent domain's resolver"));
        }
        return Answer.redirect(301, resolver.get() + "/v1/names/" + name, Map.of("status", "redirect"));
    }

    /**
     * The whole current record (§9.5): every stored field, plus expiry, resolver, DID, and the zone
     * file in base64 when this service has it. Expired names are 404 as in {@code /v1/names}.
     */
    public Answer blockchainRecord(String name, Tip tip) {
        if (!NameSyntax.isValidName(name) && !NameSyntax.isValidSubdomain(name)) {
            return Answer.error(400, CoreNamesResource.INVALID_NAME);
        }
        if (NameSyntax.isValidSubdomain(name)) {
            // the latest accepted record as history shows it (§9.5: "subdomain record as in §5.2"), with the DID
            return subdomains.find(name).map(subdomain -> {
                Map<String, Object> json = new LinkedHashMap<>(subdomains.history(name).get(0));
                json.put("did", subdomain.did());
                return Answer.ok(json);
            }).orElse(Answer.error(404, "Not found."));
        }
        Optional<NameLookup.Found> lookup = names.find(name, tip);
        if (lookup.isEmpty()) {
            return Answer.error(404, "Not found.");
        }
        NameLookup.Found found = lookup.get();
        if (found.deadlines().isExpiredAt(tip.height())) {
            return Answer.error(404, "Name expired");
        }
        Map<String, Object> json = RecordJson.name(found.record());
        json.remove("name_hash128");
        json.put("opcode", opcode(found.record()));
        json.put("expire_block", found.deadlines().expireBlock());
        json.put("renewal_deadline", found.deadlines().renewalDeadline());
        json.put("expired", found.deadlines().expireBlock() > 0 && found.deadlines().expireBlock() <= tip.height());
        json.put("grace_period", found.deadlines().inGracePeriodAt(tip.height()));
        json.put("resolver", found.resolver().orElse(null));
        json.put("did", names.did(found.record()));
        found.zonefile().ifPresent(bytes -> json.put("zonefile", Base64.getEncoder().encodeToString(bytes)));
        return Answer.ok(json);
    }

    /** The operation that last changed the record, by its {@code op} (Core's {@code op_get_opcode_name}). */
    static String opcode(NameRecord record) {
        return switch (record.op()) {
            case ":" -> "NAME_REGISTRATION";
            case "::" -> "NAME_RENEWAL";
            case "+" -> "NAME_UPDATE";
            case ">>", ">~" -> "NAME_TRANSFER";
            case "~" -> "NAME_REVOKE";
            case ";" -> "NAME_IMPORT";
            default -> record.op();
        };
    }
}
