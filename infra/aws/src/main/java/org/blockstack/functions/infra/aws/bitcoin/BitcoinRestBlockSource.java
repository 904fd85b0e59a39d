package org.blockstack.functions.infra.aws.bitcoin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bitcoin Core's REST interface ({@code -rest=1}): {@code /rest/chaininfo.json},
 * {@code /rest/blockhashbyheight/<h>.hex}, {@code /rest/block/<hash>.bin} and, with
 * {@code -txindex=1}, {@code /rest/tx/<txid>.bin}.
 */
public final class BitcoinRestBlockSource implements BlockSource {
    private static final Pattern BLOCKS_FIELD = Pattern.compile("\"blocks\"\\s*:\\s*(\\d+)");

    private final URI baseUrl;
    private final SourceHttp http;

    public BitcoinRestBlockSource(URI baseUrl, Duration timeout) {
        this.baseUrl = SourceHttp.withTrailingSlash(baseUrl);
        this.http = new SourceHttp("Bitcoin Core REST at " + this.baseUrl, timeout);
    }

    @Override
    public int tipHeight() throws BlockSourceException {
        String body = new String(http.get(baseUrl.resolve("rest/chaininfo.json")), StandardCharsets.UTF_8);
        Matcher matcher = BLOCKS_FIELD.matcher(body);
        if (!matcher.find()) {
            throw new BlockSourceException(describe() + " answered chaininfo without a \"blocks\" height: "
                    + SourceHttp.abbreviate(body));
        }
        return Integer.parseInt(matcher.group(1));
    }

    @Override
    public String blockHash(int height) throws BlockSourceException {
        String body = new String(http.get(baseUrl.resolve("rest/blockhashbyheight/" + height + ".hex")),
                StandardCharsets.US_ASCII).trim();
        if (!Hex.isHash(body)) {
            throw new BlockSourceException(describe() + " answered a block hash for height " + height
                    + " that is not 64 hex characters: " + SourceHttp.abbreviate(body));
        }
        return body;
    }

    @Override
    public byte[] rawBlock(String hash) throws BlockSourceException {
        return http.get(baseUrl.resolve("rest/block/" + Hex.requireHash(hash, "block hash") + ".bin"));
    }

    @Override
    public byte[] rawTransaction(String txid) throws BlockSourceException {
        return http.get(baseUrl.resolve("rest/tx/" + Hex.requireHash(txid, "txid") + ".bin"));
    }

    @Override
    public String describe() {
        return http.sourceName();
    }
}
