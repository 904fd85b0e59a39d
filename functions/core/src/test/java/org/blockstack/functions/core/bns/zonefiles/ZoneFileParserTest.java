package org.blockstack.functions.core.bns.zonefiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Zone files read as {@code blockstack_zones.parse_zone_file} reads them (read-api §12). */
class ZoneFileParserTest {
    /** read-api §12.2, exactly. */
    static final String ALICE = "$ORIGIN alice.id\n$TTL 3600\n_http._tcp\tIN\tURI\t10\t1\t"
            + "\"https://gaia.blockstack.org/hub/157T81V75JuiXo9gtb9mPhBUostVkxPN8o/profile.json\"\n\n";

    @Test
    void theSpecsExampleParsesToTheGatewaysJson() throws InvalidZoneFileException {
        ZoneFile zonefile = ZoneFileParser.parse(ALICE);
        assertThat(zonefile.json()).isEqualTo(Map.of(
                "$origin", "alice.id",
                "$ttl", 3600L,
                "uri", List.of(Map.of("name", "_http._tcp", "priority", 10L, "weight", 1L,
                        "target", "https://gaia.blockstack.org/hub/157T81V75JuiXo9gtb9mPhBUostVkxPN8o/profile.json"))));
        assertThat(zonefile.uriRecords()).singleElement().extracting(ZoneFile.UriRecord::target)
                .isEqualTo("https://gaia.blockstack.org/hub/157T81V75JuiXo9gtb9mPhBUostVkxPN8o/profile.json");
        assertThat(zonefile.resolver()).isEmpty();
    }

    @Test
    void aDomainWithSubdomainsNamesItsResolverAndCarriesTxtRecords() throws InvalidZoneFileException {
        String text = "$ORIGIN alice.id\n$TTL 3600\n"
                + "_http._tcp\tIN\tURI\t10\t1\t\"https://gaia.blockstack.org/hub/157T/profile.json\"\n"
                + "_resolver\tIN\tURI\t10\t1\t\"https://registrar.example.org\"\n"
                + "bob\tTXT\t\"owner=157T81V75JuiXo9gtb9mPhBUostVkxPN8o\" \"seqn=0\" \"parts=1\" \"zf0=JE9SSUdJTiBib2IK\"\n";
        ZoneFile zonefile = ZoneFileParser.parse(text);
        assertThat(zonefile.resolver()).contains("https://registrar.example.org");
        assertThat(zonefile.records("txt")).singleElement().satisfies(txt -> {
            assertThat(txt.get("name")).isEqualTo("bob");
            assertThat(txt.get("txt")).isEqualTo(List.of("owner=157T81V75JuiXo9gtb9mPhBUostVkxPN8o", "seqn=0",
                    "parts=1", "zf0=JE9SSUdJTiBib2IK"));
        });
    }

    @Test
    void commentsParenthesesTtlsAndMissingOwnersAreRead() throws InvalidZoneFileException {
        String text = "; a comment line\n$ORIGIN example.id ; trailing comment\n$TTL 3600\n"
                + "@ 3600 IN SOA ns1.example.id. admin.example.id. (\n 2024010101 ; serial\n 3600 600 86400 300 )\n"
                + "URI 10 1 \"https://example.org/profile.json\"\n"
                + "www 300 IN A 192.0.2.1\n"
                + "single TXT \"one string\"\n";
        ZoneFile zonefile = ZoneFileParser.parse(text);
        assertThat(zonefile.origin()).contains("example.id");
        assertThat(zonefile.records("soa")).singleElement().satisfies(soa -> {
            assertThat(soa.get("serial")).isEqualTo(2024010101L);
            assertThat(soa.get("minimum")).isEqualTo(300L);
            assertThat(soa.get("ttl")).isEqualTo(3600L);
        });
        assertThat(zonefile.uriRecords()).singleElement().extracting(ZoneFile.UriRecord::name).isEqualTo("@");
        assertThat(zonefile.records("a")).singleElement().satisfies(a -> assertThat(a.get("ip")).isEqualTo("192.0.2.1"));
        assertThat(zonefile.records("txt")).singleElement().satisfies(txt -> assertThat(txt.get("txt"))
                .as("one string stays a string").isEqualTo("one string"));
    }

    @Test
    void whatIsNoZoneFileIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> ZoneFileParser.parse("{\"name\": \"Legacy Profile\", \"bio\": \"2015\"}"))
                .isInstanceOf(InvalidZoneFileException.class).hasMessageContaining("Legacy Profile");
        assertThatThrownBy(() -> ZoneFileParser.parse("$ORIGIN a.id\n_http._tcp URI ten 1 \"x\"\n"))
                .as("a priority that is no integer").isInstanceOf(InvalidZoneFileException.class);
        assertThatThrownBy(() -> ZoneFileParser.parse("$ORIGIN a.id\n_http._tcp in URI 10 1 \"x\"\n"))
                .as("the reference removes only an upper-case class").isInstanceOf(InvalidZoneFileException.class);
        assertThatThrownBy(() -> ZoneFileParser.parse("host PTR target\n")).as("PTR before $ORIGIN")
                .isInstanceOf(InvalidZoneFileException.class);
        assertThatThrownBy(() -> ZoneFileParser.parse("$ORIGIN a.id\nhost CAA 0 issue \"ca\"\n"))
                .as("CAA is a known type without a parser in the reference").isInstanceOf(InvalidZoneFileException.class);
    }

    @Test
    void anEmptyTextIsAnEmptyZoneFile() throws InvalidZoneFileException {
        assertThat(ZoneFileParser.parse("").json()).isEmpty();
        assertThat(ZoneFileParser.parse("\n\n").uriRecords()).isEmpty();
    }

    /** Whatever the text, the parser answers or refuses it: no other exception escapes. */
    @Property(tries = 3000)
    void anyTextIsParsedOrRefused(@ForAll("zoneFileLike") String text) {
        try {
            ZoneFileParser.parse(text);
        } catch (InvalidZoneFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** Texts made of zone file pieces (directives, types, quotes, escapes, comments, parentheses) and noise. */
    @Provide
    Arbitrary<String> zoneFileLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("$ORIGIN", "$TTL", "IN", "in", "URI", "TXT", "A", "PTR", "SOA", "MX", "SRV", "CAA",
                        "_http._tcp", "_resolver", "@", "alice.id", "3600", "10", "1", "-5", "+7", "\"https://x.org\"",
                        "\"a b\"", "\"", "\\", ";", "(", ")", "( 1", "2 )", "\\;", "\\\""),
                Arbitraries.of(" ", "\t", "\n", "\r\n", "  "),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
