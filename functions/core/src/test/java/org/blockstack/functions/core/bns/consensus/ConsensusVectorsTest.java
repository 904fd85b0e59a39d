package org.blockstack.functions.core.bns.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Consensus hash vectors: the empty chain (bns-protocol §11.6) and patrickstanley.id's records (§11.5). */
class ConsensusVectorsTest {

    @Test
    void emptyBlocksChainTheDocumentedHashes() {
        List<String> expected = List.of("2a9148d8b13939723d2aca16c75c6d68", "1c54465d3486f07be2c7a81af0ef44ad",
                "0efa29f955c6ae3bb5037039d89dba5e", "9daa6e59877b9e0ca4772a3df475abd2",
                "996ff3a1e5d612d4e4cf73dea04ccee6", "7ffaa0c606e1ebc5240b21934f8cffaa",
                "837782072d30d8cd90041eb1157d0f3b", "04c955e6e2c806ead334df392e433b63",
                "c4972ee2f1a85b9810337d828f6ebc90");
        int first = 373_601;
        List<String> chain = new ArrayList<>();
        for (int height = first; height < first + expected.size(); height++) {
            List<String> prior = new ArrayList<>();
            for (int h : ConsensusHash.priorHeights(height, first)) {
                prior.add(chain.get(h - first));
            }
            chain.add(ConsensusHash.of(ConsensusHash.opsHash(List.of()), prior));
        }
        assertThat(chain).isEqualTo(expected);
        assertThat(ConsensusHash.EMPTY_OPS_LEAF)
                .isEqualTo("5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456");
        assertThat(ConsensusHash.priorHeights(first + 7, first)).containsExactly(first + 6, first + 4, first);
    }

    @Test
    void merkleRootOfTheSecondEmptyBlock() {
        assertThat(ConsensusHash.merkleRootHex(List.of("2a9148d8b13939723d2aca16c75c6d68",
                "5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456")))
                .isEqualTo("4a08dc6a65770ffeff7e42f26b086240f3d80652cfb492a5871a2870284cbc52");
    }

    private static final String SENDER = "76a9144401f3be5311585ea519c1cb471a8dc7b02fd6ee88ac";
    private static final String OWNER_ADDRESS = "17CbHgTgBG3kLedXNneEKBkCTgW2fyrnUD";
    private static final String PUBKEY = "039a8948d339ecbff44cf426cb85d90fce876f1658d385cdc47f007f279be626ea";

    private static NameRecord.Builder patrickstanley() {
        return NameRecord.builder().name("patrickstanley.id").namespaceId("id").sender(SENDER).senderPubkey(PUBKEY)
                .address(OWNER_ADDRESS).blockNumber(445838).preorderBlockNumber(445838).firstRegistered(445851)
                .lastRenewed(445851).opFee(25000).lastCreationOp("?");
    }

    @Test
    void preorderRecord() {
        PreorderRecord preorder = new PreorderRecord("?", "26bf7874706ac761afdd403ed6b3b9578fb01a34",
                "7b696b6f4060b792d41912068944d73b", "76a91408d0dd44c1f0a3a4f0957ae95901929d7d66d55788ac", PUBKEY,
                "1occgbip7tFDXX9MvzQhcnTUUjcVX2dYK", 445838,
                "6730ae09574d5935ffabe3dd63a9341ea54fafae62fde36c27738e9ee9c4e889", 40, 25000,
                "1111111111111111111114oLvT2", 0, "BTC");
        String text = ConsensusRecords.serialize(BnsOpcode.NAME_PREORDER, preorder);
        assertThat(text).isEqualTo("?:40:26bf7874706ac761afdd403ed6b3b9578fb01a34,32:7b696b6f4060b792d41912068944d73b,"
                + "50:76a91408d0dd44c1f0a3a4f0957ae95901929d7d66d55788ac,66:" + PUBKEY
                + ",33:1occgbip7tFDXX9MvzQhcnTUUjcVX2dYK,6:445838,1:?,"
                + "64:6730ae09574d5935ffabe3dd63a9341ea54fafae62fde36c27738e9ee9c4e889,2:40,5:25000");
        assertThat(sha256d(text)).isEqualTo("f54b9eeac27ac116d52e1d4ac959ad3a814c1cf7382db7fa6d89fc0a4ef0c149");
        // a block holding only this preorder: the single leaf is the ops hash
        assertThat(ConsensusHash.opsHash(List.of(text))).isEqualTo(sha256d(text));
    }

    @Test
    void registrationRecord() {
        NameRecord record = patrickstanley().op(":").vtxindex(54)
                .txid("55b8b42fc3e3d23cbc0f07d38edae6a451dfc512b770fd7903725f9e465b2925").build();
        String text = ConsensusRecords.serialize(BnsOpcode.NAME_REGISTRATION, record);
        assertThat(text).isEqualTo("::17:patrickstanley.id,0:,50:" + SENDER + ",66:" + PUBKEY + ",34:" + OWNER_ADDRESS
                + ",6:445838,6:445838,6:445851,6:445851,5:False,1::,"
                + "64:55b8b42fc3e3d23cbc0f07d38edae6a451dfc512b770fd7903725f9e465b2925,2:54,5:25000,0:,0:,50:" + SENDER
                + ",34:" + OWNER_ADDRESS);
        assertThat(sha256d(text)).isEqualTo("693791c85df7835f93d782172c4568f77a1002ae4b10fa9b6ce410f4c662524f");
    }

    @Test
    void updateRecord() {
        NameRecord record = patrickstanley().op("+").vtxindex(95)
                .txid("dc478659fc684a1a6e1e09901971e82de11f4dfe2b32a656700bf9a3b6030719")
                .valueHash("02af0ef21161ad06b0923106f40b994b9e4c1614")
                .consensusHash("18b8d69f0182b89ccb1aa536f83be18a").build();
        String text = ConsensusRecords.serialize(BnsOpcode.NAME_UPDATE, record);
        assertThat(text).endsWith(",32:93d8b6008b260febd26fb03bc502c533,32:18b8d69f0182b89ccb1aa536f83be18a");
        assertThat(sha256d(text)).isEqualTo("54bf4b732025c0ad927e0b02e75593d619e4f8f7b5997aedd3ee544698fc634f");
    }

    @Test
    void transferRecordHashesTheUpdatesConsensusHash() {
        NameRecord record = patrickstanley().op(">>").vtxindex(16)
                .txid("7a0a3bb7d39b89c3638abc369c85b5c028d0a55d7804ba1953ff19b0125f3c24")
                .valueHash("02af0ef21161ad06b0923106f40b994b9e4c1614")
                .sender("76a914aabffa6dd90d731d3a349f009323bb312483c15088ac").senderPubkey(null)
                .address("1GZqrVbamkaE6YNveJFWK6cDrCy6bXyS6b")
                .consensusHash("18b8d69f0182b89ccb1aa536f83be18a").build();
        String text = ConsensusRecords.serialize(BnsOpcode.NAME_TRANSFER, record);
        assertThat(text).endsWith(",32:683a3e1ee5f0296833c56e481cf41b77,32:18b8d69f0182b89ccb1aa536f83be18a,4:True");
        assertThat(sha256d(text)).isEqualTo("33000b72a0b518020b31d661902f9cf3b7db419325ce28e4e6a3d6acd6e79767");
    }

    @Test
    void importedNamesHashTheirFeeAsAFloat() {
        NameRecord imported = patrickstanley().op(";").lastCreationOp(";").opFee(100000.0).build();
        assertThat(ConsensusRecords.serialize(BnsOpcode.NAME_IMPORT, imported)).contains(",8:100000.0,");
        NameRecord renewed = imported.toBuilder().op("::").opFee(25000).build();
        assertThat(ConsensusRecords.serialize(BnsOpcode.NAME_REGISTRATION, renewed)).contains(",7:25000.0,");
    }

    @ParameterizedTest(name = "str({0}) = {1}")
    @CsvSource({"100000.0, 100000.0", "25000.0, 25000.0", "0.0, 0.0", "1e16, 1e+16", "625.0000000000001, 625.0",
            "0.1, 0.1", "0.3333333333333333, 0.333333333333", "123456789012.0, 123456789012.0",
            "1234567890123.0, 1.23456789012e+12", "0.0001, 0.0001", "0.00001, 1e-05", "2.5, 2.5",
            "1.0000000000005, 1.0"})
    void pythonFloatText(double value, String text) {
        assertThat(PythonText.ofFloat(value)).isEqualTo(text);
    }

    private static String sha256d(String text) {
        return HexFormat.of().formatHex(Hashes.doubleSha256(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
