package org.blockstack.functions.infra.aws.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.emulators.bitcoin.BitcoinRestServer;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.junit.jupiter.api.Test;

class BitcoinRestBlockSourceTest {
    @Test
    void readsTipHashesAndBlocks() throws Exception {
        RegtestChain chain = RegtestChain.fromGenesis();
        chain.appendEmpty(5);
        try (BitcoinRestServer server = BitcoinRestServer.start(chain)) {
            BlockSource source = new BitcoinRestBlockSource(server.baseUrl(), Duration.ofSeconds(2));
            assertThat(source.tipHeight()).isEqualTo(5);
            String hash = source.blockHash(3);
            assertThat(hash).isEqualTo(chain.blockAt(3).orElseThrow().getHashAsString());
            assertThat(ChainBlock.parse(3, hash, source.rawBlock(hash)).height()).isEqualTo(3);

            assertThatThrownBy(() -> source.blockHash(6))
                    .isInstanceOf(BlockSourceException.class)
                    .hasMessageContaining("Bitcoin Core REST at " + server.baseUrl())
                    .hasMessageContaining("HTTP 404")
                    .hasMessageContaining("Block height out of range");
        }
    }

    @Test
    void anUnreachableSourceIsNamedInTheError() throws Exception {
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }
        BlockSource source = new BitcoinRestBlockSource(URI.create("http://127.0.0.1:" + unusedPort),
                Duration.ofSeconds(1));
        assertThatThrownBy(source::tipHeight)
                .isInstanceOf(BlockSourceException.class)
                .hasMessageContaining("Bitcoin Core REST at http://127.0.0.1:" + unusedPort)
                .hasMessageContaining("unreachable");
    }
}
