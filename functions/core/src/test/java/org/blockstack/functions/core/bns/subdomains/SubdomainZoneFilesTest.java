package org.blockstack.functions.core.bns.subdomains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.ALICE;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.BOB;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.at;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.txt;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.zoneFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubdomainZoneFilesTest {
    /** read-api §12.2: a domain with a resolver and one subdomain record. */
    private static final String SPEC_ZONE_FILE = "$ORIGIN alice.id\n$TTL 3600\n"
            + "_http._tcp\tIN\tURI\t10\t1\t\"https://gaia.blockstack.org/hub/157T81V75JuiXo9gtb9mPhBUostVkxPN8o/profile.json\"\n"
            + "_resolver\tIN\tURI\t10\t1\t\"https://registrar.example.org\"\n"
            + "bob\tTXT\t\"owner=157T81V75JuiXo9gtb9mPhBUostVkxPN8o\" \"seqn=0\" \"parts=1\" \"zf0=JE9SSUdJTiBib2IKJFRUTCAzNjAwCl9odHRwLl90Y3AJSU4JVVJJCTEwCTEJImh0dHBzOi8vZ2FpYS5ibG9ja3N0YWNrLm9yZy9odWIvMTU3VDgxVjc1SnVpWG85Z3RiOW1QaEJVb3N0Vmt4UE44by9wcm9maWxlLmpzb24iCg==\"\n";

    @Test
    void theSpecsExampleCarriesBobWithItsZoneFileAndTheResolver() {
        var decoded = SubdomainZoneFiles.decode(at("alice.id", 600_100, 7), SPEC_ZONE_FILE.getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.problem()).isEmpty();
        assertThat(decoded.records()).singleElement().satisfies(record -> {
            assertThat(record.fqn()).isEqualTo("bob.alice.id");
            assertThat(record.owner()).isEqualTo("157T81V75JuiXo9gtb9mPhBUostVkxPN8o");
            assertThat(record.sequence()).isZero();
            assertThat(record.signature()).isNull();
            assertThat(record.resolver()).isEqualTo("https://registrar.example.org");
            assertThat(record.independent()).isFalse();
            // read-api §16's vector for this subdomain zone file
            assertThat(record.zonefileHash()).isEqualTo("c4dbf1cd9457c3ee243a8488d0ddb82245bbc819");
        });
    }

    @Test
    void aRecordSplitAcrossSeveralStringsIsJoined() {
        byte[] big = ("$ORIGIN big\n$TTL 3600\n" + "_http._tcp\tIN\tURI\t10\t1\t\"https://example.org/"
                + "x".repeat(600) + "\"\n").getBytes(StandardCharsets.US_ASCII);
        String line = SubdomainTxtRecords.txt("big.alice.id", "alice.id", ALICE.address(), 0, big, null);
        assertThat(line).contains("\"parts=4\"", "\"zf3=");

        var decoded = SubdomainZoneFiles.decode(at("alice.id", 1, 1), zoneFile("alice.id", List.of(line)));

        assertThat(decoded.records()).singleElement()
                .satisfies(record -> assertThat(record.zonefile()).isEqualTo(big));
    }

    @Test
    void oneFileKeepsTheLowestSequencePerSubdomainAndTheFileOrder() {
        byte[] file = zoneFile("alice.id", List.of(
                txt("carol.alice.id", "alice.id", ALICE, 0, null),
                txt("bob.alice.id", "alice.id", ALICE, 1, ALICE),
                txt("bob.alice.id", "alice.id", BOB, 0, null),
                txt("bob.alice.id", "alice.id", BOB, 0, null).replace("owner=", "owner=x"),
                "_resolver TXT \"owner=a\" \"seqn=0\" \"parts=0\"",
                "dave TXT \"owner=" + ALICE.address() + "\" \"seqn=0\" \"seqn=1\" \"parts=0\"",
                "eve TXT \"owner=" + ALICE.address() + "\" \"seqn=zero\" \"parts=0\"",
                "frank TXT \"just text\" \"more text\"",
                "_missing TXT \"3,5\""));

        var decoded = SubdomainZoneFiles.decode(at("alice.id", 1, 1), file);

        assertThat(decoded.records()).extracting(SubdomainRecord::fqn, SubdomainRecord::sequence, SubdomainRecord::owner)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("carol.alice.id", 0L, ALICE.address()),
                        org.assertj.core.groups.Tuple.tuple("bob.alice.id", 0L, BOB.address()));
        // offsets count every parsed record, the dropped duplicates included
        assertThat(decoded.records()).extracting(SubdomainRecord::offset).containsExactly(0, 2);
        assertThat(decoded.records().get(0).missing()).containsExactly(3, 5);
    }

    @Test
    void fullyQualifiedLabelsAreIndependentUnlessTheyNameTheCarrier() {
        byte[] file = zoneFile("carol.id", List.of(
                txt("bob.alice.id", "carol.id", ALICE, 1, ALICE),
                txt("dan.carol.id", "carol.id", ALICE, 0, null).replaceFirst("^dan ", "dan.carol.id "),
                txt("big.carol.id", "carol.id", ALICE, 0, null).replaceFirst("^big ", "BIG ")));

        var records = SubdomainZoneFiles.decode(at("carol.id", 1, 1), file).records();

        assertThat(records).extracting(SubdomainRecord::fqn, SubdomainRecord::independent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bob.alice.id", true),
                org.assertj.core.groups.Tuple.tuple("dan.carol.id", false),
                org.assertj.core.groups.Tuple.tuple("big.carol.id", false));
    }

    @Test
    void aFileThatIsNotTheAnnouncingNamesUserZoneFileCarriesNothing() {
        String record = txt("bob.alice.id", "alice.id", ALICE, 0, null);

        assertThat(SubdomainZoneFiles.decode(at("alice.id", 1, 1), zoneFile("mallory.id", List.of(record))).problem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("$ORIGIN is mallory.id"));
        assertThat(SubdomainZoneFiles.decode(at("alice.id", 1, 1),
                ("$ORIGIN alice.id\n" + record + "\n").getBytes(StandardCharsets.US_ASCII)).problem()).isPresent();
        assertThat(SubdomainZoneFiles.decode(at("alice.id", 1, 1),
                "{\"name\": \"legacy profile\"}".getBytes(StandardCharsets.US_ASCII)).records()).isEmpty();
    }

    @Test
    void aMissingPartOrAStringWithoutEqualsSpoilsTheWholeFileAsInTheReference() {
        String good = txt("carol.alice.id", "alice.id", ALICE, 0, null);
        String missingPart = txt("bob.alice.id", "alice.id", ALICE, 0, null).replace("\"parts=1\"", "\"parts=2\"");
        String noEquals = "dan TXT \"owner=" + ALICE.address() + "\" \"seqn=0\" \"parts=0\" \"garbage\"";

        assertThat(SubdomainZoneFiles.decode(at("alice.id", 1, 1), zoneFile("alice.id", List.of(good, missingPart)))
                .records()).isEmpty();
        assertThat(SubdomainZoneFiles.decode(at("alice.id", 1, 1), zoneFile("alice.id", List.of(good, noEquals)))
                .records()).isEmpty();
        assertThat(SubdomainZoneFiles.decode(at("alice.id", 1, 1), zoneFile("alice.id", List.of(good))).records())
                .hasSize(1);
    }
}
