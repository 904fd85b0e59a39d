package org.blockstack.functions.emulators.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.blockstack.functions.core.chain.ChainBlock;
import org.junit.jupiter.api.Test;

class BitcoinRestServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesChainInfoHashesAndBlocksInBitcoinCoreFormats() throws Exception {
        RegtestChain chain = RegtestChain.fromGenesis();
        chain.appendEmpty(3);
        try (BitcoinRestServer server = BitcoinRestServer.start(chain)) {
            String info = get(server.baseUrl(), "/rest/chaininfo.json").body();
            assertThat(info).contains("\"blocks\":3").contains("\"bestblockhash\":\"" + chain.tip().getHashAsString());

            String hashHex = get(server.baseUrl(), "/rest/blockhashbyheight/2.hex").body();
            assertThat(hashHex).isEqualTo(chain.blockAt(2).orElseThrow().getHashAsString() + "\n");

            HttpResponse<byte[]> raw = getBytes(server.baseUrl(), "/rest/block/" + hashHex.trim() + ".bin");
            ChainBlock block = ChainBlock.parse(2, hashHex.trim(), raw.body());
            assertThat(block.header().parentHash()).isEqualTo(chain.blockAt(1).orElseThrow().getHashAsString());

            assertThat(get(server.baseUrl(), "/rest/blockhashbyheight/4.hex").statusCode()).isEqualTo(404);
            assertThat(get(server.baseUrl(), "/rest/blockhashbyheight/x.hex").statusCode()).isEqualTo(400);
            assertThat(get(server.baseUrl(), "/rest/block/zz.bin").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void servesAnyTransactionByTxidLikeATxindexNode() throws Exception {
        RegtestChain chain = RegtestChain.fromGenesis();
        chain.appendEmpty(2);
        org.bitcoinj.core.Transaction coinbase = chain.blockAt(2).orElseThrow().getTransactions().get(0);
        String txid = coinbase.getTxId().toString();
        try (BitcoinRestServer server = BitcoinRestServer.start(chain)) {
            HttpResponse<byte[]> raw = getBytes(server.baseUrl(), "/rest/tx/" + txid + ".bin");
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(raw.body()).isEqualTo(coinbase.serialize());
            assertThat(get(server.baseUrl(), "/rest/tx/" + txid + ".hex").body())
                    .isEqualTo(java.util.HexFormat.of().formatHex(coinbase.serialize()) + "\n");
            HttpResponse<String> missing = get(server.baseUrl(), "/rest/tx/" + "00".repeat(32) + ".bin");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("not found");
            assertThat(get(server.baseUrl(), "/rest/tx/xyz.bin").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void chainsAreDeterministicAndKeepStaleBlocksAfterARewind() {
        RegtestChain first = DemoChain.build();
        RegtestChain second = DemoChain.build();
        assertThat(first.tip().getHash()).isEqualTo(second.tip().getHash());

        var stale = first.tip();
        first.rewindTo(first.tipHeight() - 1);
        first.append(List.of(), "other-branch");
        assertThat(first.tip().getHash()).isNotEqualTo(stale.getHash());
        assertThat(first.block(stale.getHash())).contains(stale);
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
