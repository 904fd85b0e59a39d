package org.blockstack.functions.core.gaia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class GaiaScopesTest {
    private static GaiaScopes scopes(Object... kindDomainPairs) throws GaiaAuthException {
        List<Map<String, Object>> entries = new java.util.ArrayList<>();
        for (int i = 0; i < kindDomainPairs.length; i += 2) {
            entries.add(Map.of("scope", kindDomainPairs[i], "domain", kindDomainPairs[i + 1]));
        }
        return GaiaScopes.parse(entries);
    }

    @Test
    void categoriesRestrictOnlyTheirOwnOperations() throws Exception {
        GaiaScopes writesOnly = scopes("putFilePrefix", "docs/");
        assertThatCode(() -> writesOnly.checkWrite("1A", "docs/a.txt")).doesNotThrowAnyException();
        assertThatCode(() -> writesOnly.checkDelete("1A", "elsewhere.txt")).doesNotThrowAnyException();
        assertThatThrownBy(() -> writesOnly.checkWrite("1A", "notes.txt"))
                .hasMessage("Address 1A not authorized to write to notes.txt by scopes");

        GaiaScopes deletesOnly = scopes("deleteFile", "docs/a.txt");
        assertThatCode(() -> deletesOnly.checkWrite("1A", "anything")).doesNotThrowAnyException();
        assertThatThrownBy(() -> deletesOnly.checkDelete("1A", "docs/b.txt"))
                .hasMessage("Address 1A not authorized to delete from docs/b.txt by scopes");
    }

    @Test
    void archivalScopesGuardWritesAndDeletesAndComeFirst() throws Exception {
        GaiaScopes archival = scopes("putFileArchivalPrefix", "arch/", "putFile", "other.txt");
        assertThat(archival.archival()).isTrue();
        assertThatThrownBy(() -> archival.checkWrite("1A", "other.txt"))
                .hasMessage("Address 1A not authorized to modify other.txt by scopes");
        assertThatThrownBy(() -> archival.checkDelete("1A", "x.txt"))
                .hasMessage("Address 1A not authorized to modify x.txt by scopes");
        assertThatThrownBy(() -> archival.checkWrite("1A", "arch/f.txt"))
                .hasMessage("Address 1A not authorized to write to arch/f.txt by scopes");
        assertThat(GaiaScopes.NONE.archival()).isFalse();
    }

    @Test
    void malformedScopesMakeTheHeaderUnreadable() {
        assertThatThrownBy(() -> scopes("putEverything", "")).isInstanceOfSatisfying(GaiaAuthException.class,
                e -> assertThat(e.getMessage()).isEqualTo(GaiaAuthException.UNPARSEABLE));
        assertThatThrownBy(() -> GaiaScopes.parse(Collections.nCopies(9, Map.of("scope", "putFile", "domain", "a"))))
                .isInstanceOf(GaiaAuthException.class);
        assertThatThrownBy(() -> GaiaScopes.parse(Map.of("scope", "putFile"))).isInstanceOf(GaiaAuthException.class);
    }

    @Test
    void domainsAreCoercedToStringsAsTheReferenceDoes() throws Exception {
        GaiaScopes scopes = GaiaScopes.parse(List.of(Map.of("scope", "putFile", "domain", 7), Map.of("scope", "putFile")));
        assertThat(scopes.domains(GaiaScopes.Kind.putFile)).containsExactly("7", "undefined");
    }

    // a two-letter alphabet, so that prefixes often occur inside paths too
    @Property(tries = 200)
    boolean aPrefixScopeAllowsExactlyThePathsStartingWithIt(
            @ForAll @StringLength(max = 3) @CharRange(from = 'a', to = 'b') String prefix,
            @ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'b') String path) throws Exception {
        GaiaScopes scopes = scopes("putFilePrefix", prefix);
        boolean allowed;
        try {
            scopes.checkWrite("1A", path);
            allowed = true;
        } catch (GaiaAuthException e) {
            allowed = false;
        }
        return allowed == path.startsWith(prefix);
    }
}
