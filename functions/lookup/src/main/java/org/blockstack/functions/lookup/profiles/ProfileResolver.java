package org.blockstack.functions.lookup.profiles;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.bns.zonefiles.InvalidZoneFileException;
import org.blockstack.functions.core.bns.zonefiles.ZoneFile;
import org.blockstack.functions.core.bns.zonefiles.ZoneFileParser;
import org.blockstack.functions.core.profile.ProfileExpectation;
import org.blockstack.functions.core.profile.ProfileTokenFile;
import org.blockstack.functions.core.profile.ProfileTokenRules;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.MalformedTokenException;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.blockstack.functions.core.tokens.TokenVerdict;
import org.blockstack.functions.lookup.http.OffChainReads;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A name's profile as Core's gateway resolved it (read-api §12.4 with Core's rule §12.5): parse
 * the zone file, try each URI target in order, fetch its token file, and take the first token
 * whose issuer key belongs to the owner (its base58 address, compressed or uncompressed) and whose
 * signature verifies. Results, failures included, are cached by zone file hash and owner for
 * {@code PROFILES_CACHE_TTL} (failures for a tenth of it), so a popular name costs one fetch per
 * period, and a name whose zone file or owner changes is resolved again at once.
 */
@ApplicationScoped
public class ProfileResolver {
    private static final Logger LOG = Logger.getLogger(ProfileResolver.class);
    private static final int MAX_CACHED = 10_000;

    @Inject
    ProfileFetcher fetcher;

    private final Cache<String, Resolution> resolved;
    private final Cache<String, Resolution> failed;

    /** What resolution found: the profile and the key that signed it, or why there is none. */
    public sealed interface Resolution {
    }

    /**
     * @param claim     the token's {@code claim}: the profile
     * @param publicKey the issuer key in the form (compressed or not) whose address is the owner
     * @param zonefile  the zone file in its parsed JSON form
     */
    public record Profile(Object claim, String publicKey, Map<String, Object> zonefile) implements Resolution {
    }

    public record Failure(String reason) implements Resolution {
    }

    @Inject
    public ProfileResolver(@ConfigProperty(name = Settings.PROFILES_CACHE_TTL, defaultValue = "10m") Duration ttl) {
        this.resolved = Caffeine.newBuilder().maximumSize(MAX_CACHED).expireAfterWrite(ttl).build();
        this.failed = Caffeine.newBuilder().maximumSize(MAX_CACHED).expireAfterWrite(ttl.dividedBy(10)).build();
    }

    /**
     * @param name         for messages
     * @param zonefileHash the zone file's hash (the cache key, with the owner)
     * @param zonefile     its text
     * @param owner        the name's owner: the token's issuer must be this address's key
     */
    public Resolution resolve(String name, String zonefileHash, String zonefile, OwnerAddress owner) {
        OffChainReads.profileRead();
        String key = zonefileHash + "/" + owner.scriptPubKeyHex();
        Resolution cached = Optional.ofNullable(resolved.getIfPresent(key)).orElse(failed.getIfPresent(key));
        if (cached != null) {
            return cached;
        }
        Resolution resolution = resolveNow(name, zonefileHash, zonefile, owner);
        (resolution instanceof Profile ? resolved : failed).put(key, resolution);
        return resolution;
    }

    private Resolution resolveNow(String name, String zonefileHash, String text, OwnerAddress owner) {
        ZoneFile zonefile;
        try {
            zonefile = ZoneFileParser.parse(text);
        } catch (InvalidZoneFileException e) {
            return new Failure("Failed to parse zone file " + zonefileHash + " for " + name);
        }
        List<ZoneFile.UriRecord> uris = zonefile.uriRecords();
        if (uris.isEmpty()) {
            return new Failure("No URI records in zone file " + zonefileHash + " for " + name);
        }
        for (ZoneFile.UriRecord uri : uris) {
            Optional<Profile> profile = profileAt(uri.target(), owner, zonefile);
            if (profile.isPresent()) {
                return profile.get();
            }
        }
        return new Failure("No profile found for this name");
    }

    private Optional<Profile> profileAt(String url, OwnerAddress owner, ZoneFile zonefile) {
        String body;
        try {
            body = fetcher.fetch(url);
        } catch (ProfileFetcher.FetchException e) {
            LOG.debugf("profile of %s not fetched: %s", owner, e.getMessage());
            return Optional.empty();
        }
        CompactToken token;
        try {
            token = CompactToken.parse(ProfileTokenFile.tokenOf(body));
        } catch (MalformedTokenException e) {
            LOG.debugf("no token at %s: %s", url, e.getMessage());
            return Optional.empty();
        }
        TokenVerdict verdict = ProfileTokenRules.judge(token, new ProfileExpectation(null, owner.toBase58(false)));
        if (!verdict.valid()) {
            LOG.debugf("token at %s refused: %s", url, verdict.checks());
            return Optional.empty();
        }
        return Optional.of(new Profile(token.payload().get("claim"), ownerForm(verdict.issuer(), owner),
                zonefile.json()));
    }

    /** The issuer key in whichever SEC1 form hashes to the owner (Core's {@code resolve_profile}). */
    static String ownerForm(String issuerKey, OwnerAddress owner) {
        try {
            var point = Secp256k1Keys.decodeJsonTokensKey(issuerKey);
            for (boolean compressed : new boolean[] {false, true}) {
                byte[] encoded = Secp256k1Keys.encode(point, compressed);
                if (Arrays.equals(Hashes.hash160(encoded), owner.hash160())) {
                    return java.util.HexFormat.of().formatHex(encoded);
                }
            }
        } catch (IllegalArgumentException notAPoint) {
            // the signature rule already accepted it; keep it as written
        }
        return issuerKey;
    }
}
