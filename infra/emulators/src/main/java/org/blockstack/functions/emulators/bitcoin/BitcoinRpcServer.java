package org.blockstack.functions.emulators.bitcoin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blockstack.functions.emulators.LoopbackHttpServer;

import com.sun.net.httpserver.HttpExchange;

/**
 * The JSON-RPC methods sync uses, answered like Bitcoin Core over a {@link RegtestChain}:
 * {@code getblockcount}, {@code getblockhash}, {@code getblock <hash> 0},
 * {@code getrawtransaction <txid>}. HTTP basic authentication with a fixed user and password;
 * errors as Core's JSON-RPC 1.0 answers them (HTTP 500 with an error object, 401 without a body).
 */
public final class BitcoinRpcServer extends LoopbackHttpServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RPC_INVALID_PARAMETER = -8;
    private static final int RPC_INVALID_ADDRESS_OR_KEY = -5;
    private static final int RPC_METHOD_NOT_FOUND = -32601;

    private final RegtestChain chain;
    private final String expectedAuthorization;

    private BitcoinRpcServer(RegtestChain chain, String user, String password) {
        super("bitcoin-rpc");
        this.chain = chain;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static BitcoinRpcServer start(RegtestChain chain, String user, String password) {
        BitcoinRpcServer server = new BitcoinRpcServer(chain, user, password);
        server.listen();
        return server;
    }

    @Override
    protected void handle(HttpExchange exchange, String path) throws IOException {
        if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "text/plain", new byte[0]);
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            answer(exchange, 500, null, error(-32700, "Parse error"), null);
            return;
        }
        JsonNode id = request.get("id");
        String method = request.path("method").asText();
        JsonNode params = request.path("params");
        switch (method) {
            case "getblockcount" -> answer(exchange, 200, JSON.getNodeFactory().numberNode(chain.tipHeight()), null, id);
            case "getblockhash" -> {
                Optional<Block> block = chain.blockAt(params.path(0).asInt(-1));
                if (block.isEmpty()) {
                    answer(exchange, 500, null, error(RPC_INVALID_PARAMETER, "Block height out of range"), id);
                } else {
                    answer(exchange, 200, JSON.getNodeFactory().textNode(block.get().getHashAsString()), null, id);
                }
            }
            case "getblock" -> {
                Optional<Block> block = ChainLookups.parseHash(params.path(0).asText()).flatMap(chain::block);
                if (block.isEmpty()) {
                    answer(exchange, 500, null, error(RPC_INVALID_ADDRESS_OR_KEY, "Block not found"), id);
                } else {
                    answer(exchange, 200, hex(block.get().serialize()), null, id);
                }
            }
            case "getrawtransaction" -> {
                Optional<Transaction> transaction = ChainLookups.parseHash(params.path(0).asText())
                        .flatMap(chain::transaction);
                if (transaction.isEmpty()) {
                    answer(exchange, 500, null, error(RPC_INVALID_ADDRESS_OR_KEY,
                            "No such mempool or blockchain transaction. Use gettransaction for wallet transactions."), id);
                } else {
                    answer(exchange, 200, hex(transaction.get().serialize()), null, id);
                }
            }
            default -> answer(exchange, 404, null, error(RPC_METHOD_NOT_FOUND, "Method not found"), id);
        }
    }

    private void answer(HttpExchange exchange, int status, JsonNode result, JsonNode error, JsonNode id)
            throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.set("result", result);
        body.set("error", error);
        body.set("id", id);
        reply(exchange, status, "application/json", JSON.writeValueAsBytes(body));
    }

    private static JsonNode hex(byte[] bytes) {
        return JSON.getNodeFactory().textNode(HexFormat.of().formatHex(bytes));
    }

    private static JsonNode error(int code, String message) {
        return JSON.createObjectNode().put("code", code).put("message", message);
    }
}
