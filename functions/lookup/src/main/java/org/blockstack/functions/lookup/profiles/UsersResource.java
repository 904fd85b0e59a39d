package org.blockstack.functions.lookup.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.CacheFor;
import org.blockstack.functions.lookup.http.CachePolicy;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.names.NameLookup;
import org.blockstack.functions.lookup.subdomains.Subdomains;
import org.blockstack.functions.lookup.zonefiles.ZonefileText;

/**
 * {@code /v1/users/{name}} and {@code /v2/users/{name}} in the Core gateway's shape (read-api §11.1):
 * the answer is keyed by the name exactly as requested; a name without a dot is looked up in
 * {@code .id}; lookups are lower-cased; names whose lifetime has ended are refused (the gateway
 * also refuses their grace period).
 */
public abstract class UsersResource {
    static final String MULTIPLE = "Multiple username queries are no longer supported.";
    static final String EXPIRED_WARNING = "This name has expired! It is still in the renewal grace period, "
            + "but must be renewed or it will eventually expire and be available for others to register.";

    @Inject
    AnswerCache answers;
    @Inject
    NameLookup names;
    @Inject
    ProfileResolver profiles;
    @Inject
    Subdomains subdomains;

    @LookupApi
    @Path("/v1/users")
    public static class V1 extends UsersResource {
    }

    @LookupApi
    @Path("/v2/users")
    public static class V2 extends UsersResource {
    }

    @GET
    @Path("{name}")
    @CacheFor(CachePolicy.PROFILE)
    public Response user(@PathParam("name") String requested) {
        if (requested.contains(",")) {
            return Answer.error(401, MULTIPLE).toResponse();
        }
        return answers.get("users/" + requested, tip -> answer(requested, tip)).toResponse();
    }

    private Answer answer(String requested, Tip tip) {
        String name = (requested.contains(".") ? requested : requested + ".id").toLowerCase(Locale.ROOT);
        if (!NameSyntax.isValidName(name) && !NameSyntax.isValidSubdomain(name)) {
            return wrapped(requested, 400, error("Invalid name"));
        }
        if (!NameSyntax.isValidName(name)) {
            return subdomainProfile(requested, name);
        }
        Optional<NameLookup.Found> lookup = names.find(name, tip);
        if (lookup.isEmpty()) {
            return wrapped(requested, 404, error("Failed to get name record: Not found."));
        }
        NameLookup.Found found = lookup.get();
        long expireBlock = found.deadlines().expireBlock();
        if (expireBlock > 0 && tip.height() > expireBlock) {
            return wrapped(requested, 404, error("Failed to get name record: Name expired"));
        }
        String zonefileHash = found.record().valueHash();
        if (zonefileHash == null) {
            return wrapped(requested, 404, error("No zone file hash in name record for " + name));
        }
        if (found.zonefile().isEmpty()) {
            return wrapped(requested, 404, error("Failed to get zone file for " + name));
        }
        Optional<OwnerAddress> owner = OwnerAddress.fromBase58(found.record().address());
        if (owner.isEmpty()) {
            return wrapped(requested, 404, error("No profile found for this name"));
        }
        ProfileResolver.Resolution resolution = profiles.resolve(name, zonefileHash,
                ZonefileText.of(found.zonefile().get()), owner.get());
        if (resolution instanceof ProfileResolver.Failure failure) {
            return wrapped(requested, 404, error(failure.reason()));
        }
        ProfileResolver.Profile profile = (ProfileResolver.Profile) resolution;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("owner_address", found.record().address());
        data.put("profile", profile.claim());
        data.put("public_key", profile.publicKey());
        data.put("verifications", name.endsWith(".id") ? List.of()
                : List.of("No verifications for non-id namespaces."));
        data.put("zone_file", profile.zonefile());
        if (expireBlock > 0 && expireBlock == tip.height()) {
            data.put("expired", EXPIRED_WARNING);
        }
        return wrapped(requested, 200, data);
    }

    /** A subdomain's profile: its own zone file, verified against its current owner (read-api §11.1, §13.4). */
    private Answer subdomainProfile(String requested, String name) {
        Optional<Subdomains.Subdomain> found = subdomains.find(name);
        if (found.isEmpty()) {
            return wrapped(requested, 404, error("Failed to get name record: Failed to load subdomain"));
        }
        Subdomains.Subdomain subdomain = found.get();
        Optional<OwnerAddress> owner = OwnerAddress.fromBase58(subdomain.address());
        if (owner.isEmpty()) {
            return wrapped(requested, 404, error("No profile found for this name"));
        }
        ProfileResolver.Resolution resolution = profiles.resolve(name, subdomain.zonefileHash(), subdomain.zonefileText(),
                owner.get());
        if (resolution instanceof ProfileResolver.Failure failure) {
            return wrapped(requested, 404, error(failure.reason()));
        }
        ProfileResolver.Profile profile = (ProfileResolver.Profile) resolution;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("owner_address", subdomain.address());
        data.put("profile", profile.claim());
        data.put("public_key", profile.publicKey());
        data.put("verifications", List.of());
        data.put("zone_file", profile.zonefile());
        return wrapped(requested, 200, data);
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    private static Answer wrapped(String key, int status, Object value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, value);
        return Answer.json(status, json);
    }
}
