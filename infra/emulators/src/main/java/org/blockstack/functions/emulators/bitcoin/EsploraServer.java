package org.blockstack.functions.emulators.bitcoin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;

import org.blockstack.functions.emulators.LoopbackHttpServer;

import com.sun.net.httpserver.HttpExchange;

/**
 * The part of the Esplora HTTP API that sync reads, over a {@link RegtestChain}:
 * {@code /blocks/tip/height}, {@code /block-height/<h>}, {@code /block/<hash>/raw},
 * {@code /tx/<txid>/raw}, with Esplora's plain-text 400/404 errors.
 */
public final class EsploraServer extends LoopbackHttpServer {
    private static final Pattern BLOCK_HEIGHT = Pattern.compile("/block-height/([^/]+)");
    private static final Pattern RAW_BLOCK = Pattern.compile("/block/([^/]+)/raw");
    private static final Pattern RAW_TX = Pattern.compile("/tx/([^/]+)/raw");

    private final RegtestChain chain;

    private EsploraServer(RegtestChain chain) {
        super("esplora");
        this.chain = chain;
    }

    public static EsploraServer start(RegtestChain chain) {
        EsploraServer server = new EsploraServer(chain);
        server.listen();
        return server;
    }

    @Override
    protected void handle(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/blocks/tip/height")) {
            reply(exchange, 200, "text/plain", String.valueOf(chain.tipHeight()).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        Matcher matcher = BLOCK_HEIGHT.matcher(path);
        if (matcher.matches()) {
            Optional<Block> block = parseHeight(matcher.group(1)).flatMap(chain::blockAt);
            if (block.isEmpty()) {
                text(exchange, 404, "Block not found");
            } else {
                reply(exchange, 200, "text/plain", block.get().getHashAsString().getBytes(StandardCharsets.US_ASCII));
            }
            return;
        }
        matcher = RAW_BLOCK.matcher(path);
        if (matcher.matches()) {
            Optional<Sha256Hash> hash = ChainLookups.parseHash(matcher.group(1));
            if (hash.isEmpty()) {
                text(exchange, 400, "Invalid hex string");
                return;
            }
            Optional<Block> block = chain.block(hash.get());
            if (block.isEmpty()) {
                text(exchange, 404, "Block not found");
            } else {
                reply(exchange, 200, "application/octet-stream", block.get().serialize());
            }
            return;
        }
        matcher = RAW_TX.matcher(path);
        if (matcher.matches()) {
            Optional<Sha256Hash> txid = ChainLookups.parseHash(matcher.group(1));
            if (txid.isEmpty()) {
                text(exchange, 400, "Invalid hex string");
                return;
            }
            Optional<Transaction> transaction = chain.transaction(txid.get());
            if (transaction.isEmpty()) {
                text(exchange, 404, "Transaction not found");
            } else {
                reply(exchange, 200, "application/octet-stream", transaction.get().serialize());
            }
            return;
        }
        text(exchange, 404, "Not Found");
    }

    private static Optional<Integer> parseHeight(String text) {
        try {
            int height = Integer.parseInt(text);
            return height >= 0 ? Optional.of(height) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
