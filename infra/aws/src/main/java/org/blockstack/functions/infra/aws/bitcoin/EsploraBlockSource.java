package org.blockstack.functions.infra.aws.bitcoin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An Esplora-compatible HTTP API (Blockstream's, mempool.space's, or a self-hosted electrs):
 * {@code /blocks/tip/height}, {@code /block-height/<h>}, {@code /block/<hash>/raw},
 * {@code /tx/<txid>/raw}. The base URL includes the API prefix, e.g. {@code https://blockstream.info/api/}.
 */
public final class EsploraBlockSource implements BlockSource {
    private final URI baseUrl;
    private final SourceHttp http;

    public EsploraBlockSource(URI baseUrl, Duration timeout) {
        this.baseUrl = SourceHttp.withTrailingSlash(baseUrl);
        this.http = new SourceHttp("Esplora API at " + this.baseUrl, timeout);
    }

    @Override
    public int tipHeight() throws BlockSourceException {
        String body = text("blocks/tip/height");
        try {
            return Integer.parseInt(body);
        } catch (NumberFormatException e) {
            throw new BlockSourceException(describe() + " answered a tip height that is not a number: "
                    + SourceHttp.abbreviate(body));
        }
    }

    @Override
    public String blockHash(int height) throws BlockSourceException {
        String body = text("block-height/" + height);
        if (!Hex.isHash(body)) {
            throw new BlockSourceException(describe() + " answered a block hash for height " + height
                    + " that is not 64 hex characters: " + SourceHttp.abbreviate(body));
        }
        return body;
    }

    @Override
    public byte[] rawBlock(String hash) throws BlockSourceException {
        return http.get(baseUrl.resolve("block/" + Hex.requireHash(hash, "block hash") + "/raw"));
    }

    @Override
    public byte[] rawTransaction(String txid) throws BlockSourceException {
        return http.get(baseUrl.resolve("tx/" + Hex.requireHash(txid, "txid") + "/raw"));
    }

    @Override
    public String describe() {
        return http.sourceName();
    }

    private String text(String path) throws BlockSourceException {
        return new String(http.get(baseUrl.resolve(path)), StandardCharsets.UTF_8).trim();
    }
}
