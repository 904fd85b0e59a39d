package org.blockstack.functions.emulators.bitcoin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.blockstack.functions.emulators.EmulatorException;
import org.jboss.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The read-only part of Bitcoin Core's REST interface that sync uses, served on loopback over a
 * {@link RegtestChain}: {@code /rest/chaininfo.json}, {@code /rest/blockhashbyheight/<h>.<hex|json|bin>},
 * {@code /rest/block/<hash>.<bin|hex>} and {@code /rest/tx/<txid>.<bin|hex>} (any transaction, as
 * Core serves them with {@code -txindex}), with Core's formats and plain-text errors.
 */
public final class BitcoinRestServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BitcoinRestServer.class);
    private static final Pattern HASH_BY_HEIGHT = Pattern.compile("/rest/blockhashbyheight/([^/.]+)\\.(hex|json|bin)");
    private static final Pattern BLOCK = Pattern.compile("/rest/block/([^/.]+)\\.(bin|hex)");
    private static final Pattern TRANSACTION = Pattern.compile("/rest/tx/([^/.]+)\\.(bin|hex)");

    private final HttpServer server;
    private final ExecutorService executor;
    private final RegtestChain chain;
    private final URI baseUrl;

    private BitcoinRestServer(HttpServer server, ExecutorService executor, RegtestChain chain) {
        this.server = server;
        this.executor = executor;
        this.chain = chain;
        this.baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public static BitcoinRestServer start(RegtestChain chain) {
        // The JDK server writes headers and body as separate small segments; with Nagle on, each
        // response waits ~40 ms for the client's delayed ACK. Read once, before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "bitcoin-rest");
                thread.setDaemon(true);
                return thread;
            });
            BitcoinRestServer rest = new BitcoinRestServer(server, executor, chain);
            server.createContext("/rest/", rest::handle);
            server.setExecutor(executor);
            server.start();
            LOG.infof("Bitcoin Core REST (regtest, %d blocks) listening on %s", chain.tipHeight() + 1, rest.baseUrl);
            return rest;
        } catch (IOException e) {
            throw new EmulatorException("cannot start the Bitcoin REST server: " + e.getMessage(), e);
        }
    }

    /** The base URL to configure as {@code BITCOIN_REST_URL}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public RegtestChain chain() {
        return chain;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                text(exchange, 405, "Method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/rest/chaininfo.json")) {
                chainInfo(exchange);
                return;
            }
            Matcher byHeight = HASH_BY_HEIGHT.matcher(path);
            if (byHeight.matches()) {
                blockHashByHeight(exchange, byHeight.group(1), byHeight.group(2));
                return;
            }
            Matcher block = BLOCK.matcher(path);
            if (block.matches()) {
                block(exchange, block.group(1), block.group(2));
                return;
            }
            Matcher transaction = TRANSACTION.matcher(path);
            if (transaction.matches()) {
                transaction(exchange, transaction.group(1), transaction.group(2));
                return;
            }
            text(exchange, 404, "Not found");
        }
    }

    private void chainInfo(HttpExchange exchange) throws IOException {
        Block tip;
        int height;
        synchronized (chain) {
            tip = chain.tip();
            height = chain.tipHeight();
        }
        String json = "{\"chain\":\"regtest\",\"blocks\":" + height + ",\"headers\":" + height
                + ",\"bestblockhash\":\"" + tip.getHashAsString() + "\",\"mediantime\":" + tip.getTimeSeconds()
                + ",\"initialblockdownload\":false}";
        send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private void blockHashByHeight(HttpExchange exchange, String heightText, String format) throws IOException {
        int height;
        try {
            height = Integer.parseInt(heightText);
            if (height < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            text(exchange, 400, "Invalid height: " + heightText);
            return;
        }
        Optional<Block> block = chain.blockAt(height);
        if (block.isEmpty()) {
            text(exchange, 404, "Block height out of range");
            return;
        }
        Sha256Hash hash = block.get().getHash();
        switch (format) {
            case "hex" -> send(exchange, 200, "text/plain", (hash + "\n").getBytes(StandardCharsets.US_ASCII));
            case "json" -> send(exchange, 200, "application/json",
                    ("{\"blockhash\":\"" + hash + "\"}").getBytes(StandardCharsets.US_ASCII));
            default -> send(exchange, 200, "application/octet-stream", hash.serialize());
        }
    }

    private void block(HttpExchange exchange, String hashText, String format) throws IOException {
        byHash(exchange, hashText, format, hash -> chain.block(hash).map(Block::serialize));
    }

    private void transaction(HttpExchange exchange, String txidText, String format) throws IOException {
        byHash(exchange, txidText, format, txid -> chain.transaction(txid).map(Transaction::serialize));
    }

    /** A block or transaction by hash: 400 for a malformed hash, 404 for an unknown one, as Core answers. */
    private static void byHash(HttpExchange exchange, String hashText, String format,
            Function<Sha256Hash, Optional<byte[]>> lookup) throws IOException {
        Sha256Hash hash;
        try {
            hash = Sha256Hash.wrap(hashText);
        } catch (IllegalArgumentException e) {
            text(exchange, 400, "Invalid hash: " + hashText);
            return;
        }
        Optional<byte[]> raw = lookup.apply(hash);
        if (raw.isEmpty()) {
            text(exchange, 404, hashText + " not found");
            return;
        }
        serialized(exchange, raw.get(), format);
    }

    /** Core's {@code .bin} (raw bytes) or {@code .hex} (hex and a newline) form. */
    private static void serialized(HttpExchange exchange, byte[] raw, String format) throws IOException {
        if (format.equals("hex")) {
            send(exchange, 200, "text/plain", (HexFormat.of().formatHex(raw) + "\n").getBytes(StandardCharsets.US_ASCII));
        } else {
            send(exchange, 200, "application/octet-stream", raw);
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain", (message + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
