package org.blockstack.functions.core.bns.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec's base-40 and hash vectors (bns-protocol §11.1–§11.3). */
class NameVectorsTest {

    @ParameterizedTest(name = "b40({0}) = {1} = {2}")
    @CsvSource({
            "abcd, 658093, 0a0aad",
            "10, 40, 28",
            "muneeb.id, 149190078205533, 87b0059d8e5d",
            "judecn.id, 129488313853533, 75c4d8f3265d",
            "patrickstanley.id, 1085276131695979821196477533, 0381b828fc90005bc6ed845d",
            "foo.test, 2558460759549, 0253b0250dfd",
            "id, 733, 02dd",
            "test, 1879549, 1cadfd",
            "abc, 16452, 4044",
            "0abc, 16452, 4044",
            "0, 0, 00"})
    void base40(String text, String integer, String bytes) {
        assertThat(Base40.toInteger(text)).hasToString(integer);
        assertThat(HexFormat.of().formatHex(Base40.toBytes(text))).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "preorder hash of {0}")
    @CsvSource({
            // §11.2, the mainnet preorder of patrickstanley.id
            "patrickstanley.id, 76a91408d0dd44c1f0a3a4f0957ae95901929d7d66d55788ac, 17CbHgTgBG3kLedXNneEKBkCTgW2fyrnUD, 26bf7874706ac761afdd403ed6b3b9578fb01a34",
            "patrickstanley.id, 76a91408d0dd44c1f0a3a4f0957ae95901929d7d66d55788ac, 1occgbip7tFDXX9MvzQhcnTUUjcVX2dYK, 979a25ca9bfed2d899a459b4c65c3d83d5e6c23e",
            "muneeb.id, 76a914395f3643cea07ec4eec73b4d9a973dcce56b9bf188ac, 1FWWR679EQ1h3v8RjegcvCDsvWqTVZKxe2, 43a07b0c741c30ccd7db2c5a49fcebcf54a3766a",
            "id, 76a914395f3643cea07ec4eec73b4d9a973dcce56b9bf188ac, 1FWWR679EQ1h3v8RjegcvCDsvWqTVZKxe2, 6b953b59bb3968c638014f19b7f42f6ed9ac15a0",
            "foo.test, 76a914395f3643cea07ec4eec73b4d9a973dcce56b9bf188ac, mv2Ti9C83RSwq2c3TDezk7SCnWSATW5Kmn, 1e739eef36b9791c44a594436fd4e0b0f5fab0ec"})
    void preorderHashes(String id, String script, String address, String hash) {
        assertThat(BnsHashes.preorderHash(id, script, address)).isEqualTo(hash);
    }

    @ParameterizedTest(name = "name_hash128({0})")
    @CsvSource({
            "muneeb.id, deb7fe99776122b77925cbf0a24ab6f8",
            "patrickstanley.id, 683a3e1ee5f0296833c56e481cf41b77"})
    void nameHash128(String name, String hash) {
        assertThat(BnsHashes.nameHash128(name)).isEqualTo(hash);
    }

    @ParameterizedTest(name = "name-consensus hash of {0} with {1}")
    @CsvSource({
            "jude.id, 8d8762c37d82360b84cf4d87f32f7754, d1062edb9ec9c85ad1aca6d37f2f5793",
            "patrickstanley.id, 18b8d69f0182b89ccb1aa536f83be18a, 93d8b6008b260febd26fb03bc502c533"})
    void nameConsensusHash(String name, String consensusHash, String hash) {
        assertThat(BnsHashes.nameConsensusHash(name, consensusHash)).isEqualTo(hash);
    }

    @ParameterizedTest(name = "valid name {0}: {1}")
    @CsvSource({
            "abcd.id, true", "a.b, true", "a_b-1.c0, true", "abcdabcdabcdabcdabcdabcdabcdabcda.bcd, true",
            "abcdabcdabcdabcdabcdabcdabcdabcdab.bcd, false", "abcdabcdabcdabcdabcdabcdabcdabcdabc.d, true",
            "abcd, false", "abcd., false", ".abcd, false", "Abcd.abcd, false", "abcd.abc.d, false",
            "abcd.abc+d, false", "a+b.c, false", "a.abcdabcdabcdabcdabcd, false", "a.abcdabcdabcdabcdabc, true"})
    void nameSyntax(String name, boolean valid) {
        assertThat(NameSyntax.isValidName(name)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "valid subdomain {0}: {1}")
    @CsvSource({
            "bob.alice.id, true", "b+o_b-1.alice.id, true", "bob.alice.abcdabcdabcdabcdabcd, false",
            "bob.alice, false", "alice.id, false", ".alice.id, false", "bob..id, false", "Bob.alice.id, false",
            "a.b.c.d, false", "bob.al+ice.id, false",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.alice.id, true"})
    void subdomainSyntax(String name, boolean valid) {
        assertThat(NameSyntax.isValidSubdomain(name)).isEqualTo(valid);
        if (valid) {
            assertThat(NameSyntax.parentOf(name)).isEqualTo(name.substring(name.indexOf('.') + 1));
        }
    }
}
