package org.blockstack.functions.core.gaia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class GaiaPathTest {
    private static final String ADDRESS = "1g45EtskEgeLurxrTHUgSHZG8pXxizESd";

    @Test
    void pathsAreDecodedAsAWholeAndLoseOneTrailingSlash() throws Exception {
        assertThat(GaiaPath.fromUrl(ADDRESS, "a%20b%2Fc.txt")).isEqualTo("a b/c.txt");
        assertThat(GaiaPath.fromUrl(ADDRESS, "dir/")).isEqualTo("dir");
        assertThat(GaiaPath.fromUrl(ADDRESS, "dir//")).isEqualTo("dir/");
        assertThat(GaiaPath.fromUrl(ADDRESS, "a+b%C3%BC.txt")).isEqualTo("a+bü.txt");
        assertThat(GaiaPath.fromUrl(ADDRESS, "/lead//empty")).isEqualTo("/lead//empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "a..b.txt", "../x", "a/../../b", "..%2Fx", "%2e%2e/x", "x%00y", "tab%09", "/",
        "%", "%zz", "%C3"})
    void refusedPathsAre403InvalidPath(String encoded) {
        assertThatThrownBy(() -> GaiaPath.fromUrl(ADDRESS, encoded)).isInstanceOfSatisfying(GaiaRequestException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorName()).hasValue("BadPathError");
                    assertThat(e.getMessage()).isEqualTo("Invalid Path");
                });
    }

    @Test
    void keysMayNotExceedS3sLimit() throws Exception {
        String longest = "x".repeat(GaiaPath.MAX_KEY_BYTES - ADDRESS.length() - 1);
        assertThat(GaiaPath.fromUrl(ADDRESS, longest)).hasSize(longest.length());
        assertThatThrownBy(() -> GaiaPath.fromUrl(ADDRESS, longest + "x")).isInstanceOf(GaiaRequestException.class);
    }

    @Test
    void historyNamesKeepTheFolderAndTheName() {
        assertThat(GaiaPath.historyPath("arch/f.txt", 1795664200180L, "7KJTfa2jmr"))
                .isEqualTo("arch/.history.1795664200180.7KJTfa2jmr.f.txt");
        assertThat(GaiaPath.historyPath("f.txt", 1L, "abcdefghij")).isEqualTo(".history.1.abcdefghij.f.txt");
        assertThat(GaiaPath.isHistoryFile("arch/.history.1.x.f.txt")).isTrue();
        assertThat(GaiaPath.isHistoryFile(".history.1.x.f.txt")).isTrue();
        assertThat(GaiaPath.isHistoryFile("arch/f.history.txt")).isFalse();
    }

    @Property(tries = 300)
    boolean encodedNamesDecodeBackUnlessRefused(@ForAll String name) {
        // jqwik strings may hold lone surrogates, which no URL can carry
        Assume.that(!name.isEmpty() && !name.endsWith("/") && name.length() < 200
                && name.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        boolean acceptable = !name.contains("..") && name.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        try {
            String decoded = GaiaPath.fromUrl(ADDRESS, encoded);
            return acceptable && decoded.equals(name);
        } catch (GaiaRequestException refused) {
            return !acceptable;
        }
    }
}
