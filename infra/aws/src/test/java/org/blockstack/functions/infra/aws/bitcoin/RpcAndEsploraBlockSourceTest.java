package org.blockstack.functions.infra.aws.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.bitcoinj.core.Transaction;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.emulators.bitcoin.BitcoinRpcServer;
import org.blockstack.functions.emulators.bitcoin.EsploraServer;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-RPC and Esplora sources against emulated servers, including their failure modes. */
class RpcAndEsploraBlockSourceTest {
    private static final Duration TIMEOUT = Duration.ofMillis(700);
    private static final RetryingBlockSource.Policy FAST_RETRIES =
            new RetryingBlockSource.Policy(3, Duration.ofMillis(10), Duration.ofMillis(40));

    private static RegtestChain chain;
    private static BitcoinRpcServer rpc;
    private static EsploraServer esplora;

    @BeforeAll
    static void start() {
        chain = RegtestChain.fromGenesis();
        chain.appendEmpty(4);
        rpc = BitcoinRpcServer.start(chain, "alice", "s3cret");
        esplora = EsploraServer.start(chain);
    }

    @AfterAll
    static void stop() {
        rpc.close();
        esplora.close();
    }

    private static BlockSource rpcSource(BitcoinRpcBlockSource.Credentials credentials) {
        return new RetryingBlockSource(new BitcoinRpcBlockSource(rpc.baseUrl(), credentials, TIMEOUT), FAST_RETRIES);
    }

    private static BitcoinRpcBlockSource.Credentials alice() {
        return new BitcoinRpcBlockSource.Credentials(Optional.of("alice"), Optional.of("s3cret"), Optional.empty());
    }

    private static BlockSource esploraSource() {
        return new RetryingBlockSource(new EsploraBlockSource(esplora.baseUrl(), TIMEOUT), FAST_RETRIES);
    }

    @Test
    void bothSourcesReadTheSameChain() throws Exception {
        for (BlockSource source : new BlockSource[] {rpcSource(alice()), esploraSource()}) {
            assertThat(source.tipHeight()).isEqualTo(4);
            String hash = source.blockHash(2);
            assertThat(hash).isEqualTo(chain.blockAt(2).orElseThrow().getHashAsString());
            assertThat(ChainBlock.parse(2, hash, source.rawBlock(hash)).header().transactionCount()).isEqualTo(1);
            Transaction coinbase = chain.blockAt(2).orElseThrow().getTransactions().get(0);
            assertThat(source.rawTransaction(coinbase.getTxId().toString())).isEqualTo(coinbase.serialize());
        }
    }

    @Test
    void anAnswerThatIsAnErrorIsNotRetriedAndNamesTheSource() {
        assertThatThrownBy(() -> rpcSource(alice()).blockHash(99))
                .isInstanceOf(BlockSourceException.class)
                .hasMessageContaining("Bitcoin Core JSON-RPC at " + rpc.baseUrl())
                .hasMessageContaining("Block height out of range")
                .hasMessageNotContaining("attempts");
        assertThatThrownBy(() -> esploraSource().blockHash(99))
                .isInstanceOf(BlockSourceException.class)
                .hasMessageContaining("Esplora API at " + esplora.baseUrl())
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void transientFailuresAreRetried() throws Exception {
        esplora.failNext("/blocks/tip/height", EsploraServer.Fault.SERVER_ERROR);
        esplora.failNext("/blocks/tip/height", EsploraServer.Fault.SERVER_ERROR);
        assertThat(esploraSource().tipHeight()).isEqualTo(4);

        rpc.failNext("/", BitcoinRpcServer.Fault.SLOW);
        rpc.slowAnswerMillis(TIMEOUT.toMillis() * 3);
        assertThat(rpcSource(alice()).tipHeight()).isEqualTo(4);
    }

    @Test
    void aSourceThatStaysDownFailsAfterTheLastAttempt() {
        for (int i = 0; i < FAST_RETRIES.attempts(); i++) {
            esplora.failNext("/block-height/1", EsploraServer.Fault.SERVER_ERROR);
        }
        assertThatThrownBy(() -> esploraSource().blockHash(1))
                .isInstanceOfSatisfying(BlockSourceException.class, e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("after 3 attempts");
    }

    @Test
    void garbageIsRejectedWithWhatCameBack() {
        esplora.failNext("/block-height/1", EsploraServer.Fault.GARBAGE_BODY);
        assertThatThrownBy(() -> esploraSource().blockHash(1))
                .isInstanceOf(BlockSourceException.class)
                .hasMessageContaining("not 64 hex characters")
                .hasMessageContaining("<html>");
        rpc.failNext("/", BitcoinRpcServer.Fault.GARBAGE_BODY);
        assertThatThrownBy(() -> rpcSource(alice()).tipHeight())
                .isInstanceOf(BlockSourceException.class)
                .hasMessageContaining("not a JSON-RPC response");
    }

    @Test
    void rpcCredentialsComeFromUserAndPasswordOrTheCookieFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> rpcSource(new BitcoinRpcBlockSource.Credentials(Optional.of("alice"),
                Optional.of("wrong"), Optional.empty())).tipHeight())
                .isInstanceOf(BlockSourceException.class)
                .hasMessageContaining("refused the credentials (HTTP 401)");

        Path cookie = dir.resolve(".cookie");
        Files.writeString(cookie, "alice:s3cret");
        BlockSource viaCookie = rpcSource(new BitcoinRpcBlockSource.Credentials(Optional.empty(), Optional.empty(),
                Optional.of(cookie)));
        assertThat(viaCookie.tipHeight()).isEqualTo(4);
    }

    @Test
    void settingsPickTheSourceWhoseUrlIsSet() {
        BlockSourceSettings esploraOnly = new BlockSourceSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                BitcoinRpcBlockSource.Credentials.none(), Optional.of(esplora.baseUrl()), TIMEOUT, FAST_RETRIES);
        assertThat(esploraOnly.create().describe()).startsWith("Esplora API at");

        BlockSourceSettings nothing = new BlockSourceSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                BitcoinRpcBlockSource.Credentials.none(), Optional.empty(), TIMEOUT, FAST_RETRIES);
        assertThatThrownBy(nothing::create).hasMessageContaining("set BITCOIN_REST_URL");

        BlockSourceSettings rpcWithoutUrl = new BlockSourceSettings(Optional.of("rpc"), Optional.empty(),
                Optional.empty(), BitcoinRpcBlockSource.Credentials.none(), Optional.empty(), TIMEOUT, FAST_RETRIES);
        assertThatThrownBy(rpcWithoutUrl::create).hasMessageContaining("BITCOIN_RPC_URL is not set");
    }
}
