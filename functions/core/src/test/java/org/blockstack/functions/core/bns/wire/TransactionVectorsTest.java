package org.blockstack.functions.core.bns.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.operations.BnsOperationParser;
import org.blockstack.functions.core.bns.operations.NamePreorder;
import org.blockstack.functions.core.bns.operations.NameRegistration;
import org.blockstack.functions.core.bns.operations.NameRevoke;
import org.blockstack.functions.core.bns.operations.NameUpdate;
import org.blockstack.functions.core.bns.operations.NamespacePreorder;
import org.junit.jupiter.api.Test;

/**
 * Real transactions (bns-protocol §11.4; hex from stacks-blockchain's {@code blocks.rs} and
 * {@code namespacepreorder.rs} fixtures): candidate detection, sender and output decoding.
 * The outputs the inputs spent are not in the fixtures; each input gets the script its
 * scriptSig proves (p2pkh of its key, or the p2sh the spec names for input 0).
 */
class TransactionVectorsTest {
    private static final String UPDATE = "010000000320a081bcd1a80d9c1945f863d29dc84278411ed74cb6dcba30541bf8d5770542020000008b483045022100be57031bf2c095945ba2876e97b3f86ee051643a29b908f22ed45ccf58620103022061e056e5f48c5a51c66604a1ca28e4bfaabab1478424c9bbb396cc6afe5c222e0141040fadbbcea0ff3b05f03195b41cd991d7a0af8bd38559943aec99cbdaf0b22cc806b9a4f07579934774cc0c155e781d45c989f94336765e88a66d91cfb9f060b0feffffff20a081bcd1a80d9c1945f863d29dc84278411ed74cb6dcba30541bf8d5770542010000008b483045022100fd9c04b330810694cb4bfef793b193f9cbfaa07325700f217b9cb03e5207005302202f07e7c9c6774c5619a043752444f6da6fd81b9d9d008ec965796d87271598de0141040fadbbcea0ff3b05f03195b41cd991d7a0af8bd38559943aec99cbdaf0b22cc806b9a4f07579934774cc0c155e781d45c989f94336765e88a66d91cfb9f060b0feffffff20a081bcd1a80d9c1945f863d29dc84278411ed74cb6dcba30541bf8d5770542040000008a47304402205e24943a40b8ef876cc218a7e8994f4be7afb7aa02403bb73510fac01b33ead3022033e5fb811c396b2fb50a825cd1d86e82eb83483901a1793d0eb15e3e9f1d1c5b814104c77f262dda02580d65c9069a8a34c56bd77325bba4110b693b90216f5a3edc0bebc8ce28d61aa86b414aa91ecb29823b11aeed06098fcd97fee4bc73d54b1e96feffffff030000000000000000296a2769642bfae543ff5672fb607fe15e16b1c3ef38737c631c7c5d911c6617993c21fba731363f1cfe6c6b0000000000001976a914395f3643cea07ec4eec73b4d9a973dcce56b9bf188acc5120100000000001976a9149f2660e75380675206b6f1e2b4f106ae33266be488ac00000000";
    private static final String REVOKE = "0100000002b4c2c2fede361654f0f6b65dd8ba385f3a4b05c76cd573f3689b09b7298b142201000000fd5c010047304402203537b5ded3716553b6f3fc7ccc7e55bc42b6caa1c069c9b2ce068d57f9024de7022026eb81e226b0de30448732835424eef52a3b9d67020c62b48df75974c5fe09870147304402201cc22e43302688d975df3bcad70065c8dad497b092a58e97c6c306b65176c70802200b9c3a62b22865e957331578d6e5d684cad87279fd8b852fcc2d34d3911e8643014cc9524104ff897d48c25c48c598aea0d6b1e835008e6679bddbc8d41d7d9f73e6a0dc2b8fe1402487ce2ba1e5365ee28fed024093499c11b8485fb6758a357c75730557674104f9478048ce8ff9cfc188a184c8c8c0a3e3dee68f96f6c3bc6f0f7e043ca8d241d5a03ab50157422ad43e9ee1a0a80b0dd17f0b0023f891dbd85daa3069554e2b41046fd8c7330fbe307a0fad0bf9472ca080f4941f4b6edea7ab090e3e26075e7277a0bd61f42eff54daf3e6141de46a98a5a8265c9e8d58bd1a86cf36d418788ab853aeffffffffb4c2c2fede361654f0f6b65dd8ba385f3a4b05c76cd573f3689b09b7298b142202000000fd5d0100473044022070cfd1e13d9844db995111ed5cc0578ca4d03504fdec1cf1636cd0054dffeeed022046c8d87291367402f4b54c2ef985a0171e400fe079da5234c912103cf2dd683b0148304502210099f092b12000dc78074934135443656091c606b40c7925bae30a6285946e36b9022062b5fa5e28986e0c27aad11f8fdb1409eb87a169972dc1ebbd91aa45810f9d9a014cc95241046097f22211c1f4832e54f0cc76c06b80a4e1fcf237ea487561c80bd5b28b6a483706a04d99038cb434eee82306902193e7b1a368dba33ad14b3f30e004c95e6e41048e264f76559020fdf50d3a7d9f57ccd548f3dfb962837f958e446add48429951d61e99a109cded2ba9812ee152ebba53a2a6c7b6dfb3c61fcba1b0852928374941044c9f30b4546c1f30087001fa6450e52c645bd49e91a18c9c16965b72f5153f0e4b04712218b42b2bc578017b471beaa7d8c0a9eb69174ad50714d7ef4117863d53aeffffffff030000000000000000176a1569647e7061747269636b7374616e6c6579322e6964f82a00000000000017a914eb1881fb0682c2eb37e478bf918525a2c61bc404876dbd13000000000017a914c26afc6cb80ca477c280780902b40cbef8cd804d8700000000";
    private static final String REGISTRATION = "01000000000101a7ef2b09722ad786c569c0812005a731ce19290bb0a2afc16cb91056c2e4c19e0100000017160014393ffec4f09b38895b8502377693f23c6ae00f19ffffffff0300000000000000000d6a0b69643a666f6f2e746573747c1500000000000017a9144b85301ba8e42bf98472b8ed4939d5f76b98fcea87144d9c290100000017a91431f8968eb1730c83fb58409a9a560a0a0835027f8702483045022100fc82815edf1c0ef0c601cf1e26494626d7b01597be5ab83df025ff1ee67730130220016c4c29d77aadb5ff57c0c9272a43950ca29b84d8adfaed95ac69db90b35d5b012102d341f728783eb93e6fb5921a1ebe9d149e941de31e403cd69afa2f0f1e698e8100000000";
    private static final String PREORDER = "01000000000101e411dc967b8503a27450c614a5cd984698762a6b4bf547293ffdf846ed4ebd22010000002322002067091a41e9871c5ae20b0c69a786f02df5d3c7aa632689b608069181b43a28a2ffffffff030000000000000000296a2769643f9fab7f294936ddb6524a48feff691ecbd0ca9e8f107d845c417a5438d1cb441e827c5126b01ba0290100000017a91487a0487869af70b6b1cc79bd374b75ba1be5cff98700a86100000000001976a914000000000000000000000000000000000000000088ac0400473044022064c5b5f61baad8bb8ecad98666b99e09f1777ef805df41a1c7926f8468b6b6df02205eac177c77f274acb670cd24d504f01b27de767e0241c818c91e479cb0ddcf18014730440220053ce777bc7bb842d8eef83769a027797567624ab9eed5722889ed3192f431b30220256e8aaef8de2a571198acde708fcbca02fb18780ac470c0d7f811734af729af0169522102d341f728783eb93e6fb5921a1ebe9d149e941de31e403cd69afa2f0f1e698e812102f21b29694df4c2188bee97103d10d017d1865fb40528f25589af9db6e0786b6521028791dc45c049107fb99e673265a38a096536aacdf78aa90710a32fff7750f9f953ae00000000";
    private static final String REVEAL_TO_SEGWIT = "0100000001fde2146ec3ecf037ad515c0c1e2ba8abee348bd2b3c6a576bf909d78b0b18cd2010000006a47304402203ec06f11bc5b7e79fad54b2d69a375ba78576a2a0293f531a082fcfe13a9e9e802201afcf0038d9ccb9c88113248faaf812321b65d7b09b4a6e2f04f463d2741101e012103d6fd1ba0effaf1e8d94ea7b7a3d0ef26fea00a14ce5ffcc1495fe588a2c6d0f3ffffffff0300000000000000001a6a186964260000cd73fa046543210000000000aa0001746573747c1500000000000016001482093b62a3699282d926981bed7665e8384caa552076fd29010000001976a91474178497e927ff3ff1428a241be454d393c3c91c88ac00000000";
    private static final String NAMESPACE_PREORDER = "010000000155916dbf7db76869241da77ce07c8728e12ed373860bb4aa7dc6804cd04927a9010000006b483045022100c668a7eee5856141e0f78c8be0ef2e2632644b22266df88eb8674af15795658f02200dab1cb00016d2567244aafaef2d416a93dfd916a0d285a0dede07de527ea11d012103d6fd1ba0effaf1e8d94ea7b7a3d0ef26fea00a14ce5ffcc1495fe588a2c6d0f3ffffffff030000000000000000316a2f69642adb67800bdfa5da781e177cc268f7cf030952629a2a9148d8b13939723d2aca16c75c6d68000000017d7840002487012a010000001976a91474178497e927ff3ff1428a241be454d393c3c91c88ac7c150000000000001976a914000000000000000000000000000000000000000088ac00000000";

    private static final String KEY_0FADBB_P2PKH = "76a914395f3643cea07ec4eec73b4d9a973dcce56b9bf188ac";
    private static final String KEY_03D6FD_P2PKH = "76a91474178497e927ff3ff1428a241be454d393c3c91c88ac";
    private static final String ANY_P2SH = "a914c26afc6cb80ca477c280780902b40cbef8cd804d87";

    private static Transaction transaction(String hex) {
        return Transaction.read(ByteBuffer.wrap(HexFormat.of().parseHex(hex)));
    }

    /** Spent outputs by input position: the scripts the fixture's inputs prove. */
    private static SpentOutputs spending(Transaction transaction, String... scripts) {
        return (txid, vout) -> {
            for (int i = 0; i < transaction.getInputs().size(); i++) {
                var outpoint = transaction.getInput(i).getOutpoint();
                if (outpoint.hash().equals(txid) && outpoint.index() == vout) {
                    return new SpentOutput(HexFormat.of().parseHex(scripts[i]), 100_000);
                }
            }
            throw new SpentOutputUnavailableException("unexpected lookup " + txid + ":" + vout);
        };
    }

    private static Optional<BnsOperation> parse(NetworkParams params, int height, String hex, String... senders) {
        Transaction transaction = transaction(hex);
        List<BnsCandidate> candidates = new RawBlockScanner(params.magicBytes()).scan(block(transaction));
        assertThat(candidates).hasSize(1);
        return new BnsOperationParser(params).parse(candidates.get(0), height, spending(transaction, senders));
    }

    private static Block block(Transaction transaction) {
        return new Block(1, Sha256Hash.ZERO_HASH, null,
                java.time.Instant.ofEpochSecond(1_500_000_000L), 0x207fffffL, 0,
                List.of(Transaction.coinbase(new byte[] {1, 1}), transaction));
    }

    @Test
    void nameUpdateFromThreeSinglesigInputs() {
        NameUpdate update = (NameUpdate) parse(NetworkParams.mainnet(), 500_000, UPDATE, KEY_0FADBB_P2PKH,
                KEY_0FADBB_P2PKH, "76a9149f2660e75380675206b6f1e2b4f106ae33266be488ac").orElseThrow();
        assertThat(update.tx().txid()).isEqualTo("185c112401590b11acdfea6bb26d2a8e37cb31f24a0c89dbb8cc14b3d6271fb1");
        assertThat(update.tx().vtxindex()).isEqualTo(1);
        assertThat(update.nameConsensusHash()).isEqualTo("fae543ff5672fb607fe15e16b1c3ef38");
        assertThat(update.valueHash()).isEqualTo("737c631c7c5d911c6617993c21fba731363f1cfe");
        assertThat(update.tx().sender().script()).isEqualTo(KEY_0FADBB_P2PKH);
        assertThat(update.tx().sender().address()).isEqualTo("16EMaNw3pkn3v6f2BgnSSs53zAKH4Q8YJg");
        assertThat(update.tx().sender().publicKey()).isEqualTo("040fadbbcea0ff3b05f03195b41cd991d7a0af8bd38559943aec99"
                + "cbdaf0b22cc806b9a4f07579934774cc0c155e781d45c989f94336765e88a66d91cfb9f060b0");
    }

    @Test
    void nameRevokeFromMultisigInputs() {
        NameRevoke revoke = (NameRevoke) parse(NetworkParams.mainnet(), 500_000, REVOKE,
                "a914eb1881fb0682c2eb37e478bf918525a2c61bc40487", ANY_P2SH).orElseThrow();
        assertThat(revoke.name()).isEqualTo("patrickstanley2.id");
        assertThat(revoke.tx().txid()).isEqualTo("eb2e84a45cf411e528185a98cd5fb45ed349843a83d39fd4dff2de47adad8c8f");
        assertThat(revoke.tx().sender().address()).isEqualTo("3P865T8QSnSMn8aa4NTqTtZLjCGzy8nDrS");
        assertThat(revoke.tx().sender().publicKey()).isNull();
        assertThat(revoke.tx().outputs()).hasSize(3);
        assertThat(revoke.tx().outputs().get(1).value()).isEqualTo(11000);
    }

    @Test
    void registrationFromAWrappedSegwitInputIsARegistrationNotARenewal() {
        NetworkParams regtest = NetworkParams.regtest();
        NameRegistration registration = (NameRegistration) parse(regtest, 10, REGISTRATION,
                "a91431f8968eb1730c83fb58409a9a560a0a0835027f87").orElseThrow();
        assertThat(registration.tx().txid()).isEqualTo("b908952b30ccfdfa59985dc1ffdd2a22ef054d20fa253510d2af7797dddee459");
        assertThat(registration.name()).isEqualTo("foo.test");
        assertThat(registration.valueHash()).isNull();
        assertThat(registration.recipient()).isEqualTo("a9144b85301ba8e42bf98472b8ed4939d5f76b98fcea87");
        assertThat(registration.tx().sender().script()).isEqualTo("a91431f8968eb1730c83fb58409a9a560a0a0835027f87");
        assertThat(registration.tx().sender().publicKey()).isNull();
    }

    @Test
    void preorderFromAWrappedMultisigInput() {
        NetworkParams regtest = NetworkParams.regtest();
        NamePreorder preorder = (NamePreorder) parse(regtest, 10, PREORDER,
                "a91487a0487869af70b6b1cc79bd374b75ba1be5cff987").orElseThrow();
        assertThat(preorder.tx().txid()).isEqualTo("16751ca54407b922e3072830cf4be58c5562a6dc350f6703192b673c4cc86182");
        assertThat(preorder.preorderHash()).isEqualTo("9fab7f294936ddb6524a48feff691ecbd0ca9e8f");
        assertThat(preorder.consensusHash()).isEqualTo("107d845c417a5438d1cb441e827c5126");
        assertThat(preorder.fee()).isEqualTo(6_400_000);
        assertThat(preorder.feeAddress()).isEqualTo(regtest.burnAddress()).isEqualTo("mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8");
        assertThat(preorder.tokenFee()).isNull();
    }

    @Test
    void revealToANativeSegwitAddressIsNotAnOperation() {
        assertThat(parse(NetworkParams.regtest(), 10, REVEAL_TO_SEGWIT, KEY_03D6FD_P2PKH)).isEmpty();
    }

    @Test
    void namespacePreorderWithATokenFee() {
        NamespacePreorder preorder = (NamespacePreorder) parse(NetworkParams.regtest(), 694, NAMESPACE_PREORDER,
                KEY_03D6FD_P2PKH).orElseThrow();
        assertThat(preorder.tx().txid()).isEqualTo("5bd20de53d184fa2aa5fca730dab15102a250310805eda3026592c1eb4a698a1");
        assertThat(preorder.preorderHash()).isEqualTo("db67800bdfa5da781e177cc268f7cf030952629a");
        assertThat(preorder.consensusHash()).isEqualTo("2a9148d8b13939723d2aca16c75c6d68");
        assertThat(preorder.tokenFee()).isEqualTo(6_400_000_000L);
        assertThat(preorder.fee()).isEqualTo(5500);
        assertThat(preorder.tx().sender().address()).isEqualTo("mr6nrMvvh44sR5MiX929mMXP5hqgaTr6fx");
        assertThat(preorder.tx().sender().publicKey())
                .isEqualTo("03d6fd1ba0effaf1e8d94ea7b7a3d0ef26fea00a14ce5ffcc1495fe588a2c6d0f3");
    }

    @Test
    void theSamePreorderBeforeEpoch4IsNotAnOperation() {
        NetworkParams epochOne = NetworkParams.regtest().withOverrides(java.util.Map.of("BNS_EPOCH_1_END_BLOCK", "1000",
                "BNS_EPOCH_2_END_BLOCK", "1001", "BNS_EPOCH_3_END_BLOCK", "1002", "BNS_EPOCH_4_END_BLOCK", "1003",
                "BNS_EPOCH_5_END_BLOCK", "1004"));
        assertThat(parse(epochOne, 694, NAMESPACE_PREORDER, KEY_03D6FD_P2PKH)).isEmpty();
    }

    @Test
    void aSenderThatIsNotP2pkhOrP2shDisqualifiesTheTransaction() {
        assertThat(parse(NetworkParams.mainnet(), 500_000, UPDATE, KEY_0FADBB_P2PKH, KEY_0FADBB_P2PKH,
                "0014395f3643cea07ec4eec73b4d9a973dcce56b9bf1")).isEmpty();
    }
}
