package org.blockstack.functions.infra.aws.bitcoin;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bitcoin Core's JSON-RPC interface: {@code getblockcount}, {@code getblockhash},
 * {@code getblock <hash> 0} and {@code getrawtransaction <txid>} (with {@code -txindex=1}).
 * Authenticates with a user and password, or with the node's cookie file, which is read again
 * for every request so a node restart (new cookie) needs no redeploy.
 */
public final class BitcoinRpcBlockSource implements BlockSource {
    /** Bitcoin Core's RPC_IN_WARMUP: the node is starting and will answer soon. */
    private static final int RPC_IN_WARMUP = -28;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How to authenticate: either both of user and password, or a cookie file. */
    public record Credentials(Optional<String> user, Optional<String> password, Optional<Path> cookieFile) {
        public static Credentials none() {
            return new Credentials(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final URI url;
    private final Credentials credentials;
    private final SourceHttp http;

    public BitcoinRpcBlockSource(URI url, Credentials credentials, Duration timeout) {
        this.url = url;
        this.credentials = credentials;
        this.http = new SourceHttp("Bitcoin Core JSON-RPC at " + url, timeout);
    }

    @Override
    public int tipHeight() throws BlockSourceException {
        JsonNode result = call("getblockcount", List.of());
        if (!result.isInt()) {
            throw new BlockSourceException(describe() + " answered getblockcount with " + result + ", not a number");
        }
        return result.asInt();
    }

    @Override
    public String blockHash(int height) throws BlockSourceException {
        JsonNode result = call("getblockhash", List.of(height));
        if (!result.isTextual() || !Hex.isHash(result.asText())) {
            throw new BlockSourceException(describe() + " answered getblockhash " + height + " with "
                    + SourceHttp.abbreviate(result.toString()) + ", not a block hash");
        }
        return result.asText();
    }

    @Override
    public byte[] rawBlock(String hash) throws BlockSourceException {
        return hexResult("getblock", List.of(Hex.requireHash(hash, "block hash"), 0));
    }

    @Override
    public byte[] rawTransaction(String txid) throws BlockSourceException {
        return hexResult("getrawtransaction", List.of(Hex.requireHash(txid, "txid"), false));
    }

    @Override
    public String describe() {
        return http.sourceName();
    }

    private byte[] hexResult(String method, List<Object> params) throws BlockSourceException {
        JsonNode result = call(method, params);
        try {
            if (!result.isTextual()) {
                throw new IllegalArgumentException("not a string");
            }
            return HexFormat.of().parseHex(result.asText());
        } catch (IllegalArgumentException e) {
            throw new BlockSourceException(describe() + " answered " + method + " with "
                    + SourceHttp.abbreviate(result.toString()) + ", not hex");
        }
    }

    private JsonNode call(String method, List<Object> params) throws BlockSourceException {
        ObjectNode request = JSON.createObjectNode()
                .put("jsonrpc", "1.0")
                .put("id", "blockstack-functions")
                .put("method", method);
        request.set("params", JSON.valueToTree(params));
        String what = "RPC " + method + " " + params;
        SourceHttp.Answer answer = http.post(url, request.toString(), Map.of(
                "Content-Type", "application/json",
                "Authorization", authorization()), what);
        if (answer.status() == 401 || answer.status() == 403) {
            throw new BlockSourceException(describe() + " refused the credentials (HTTP " + answer.status()
                    + "): check BITCOIN_RPC_USER and BITCOIN_RPC_PASSWORD, or BITCOIN_RPC_COOKIE_FILE");
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject() || !body.has("result")) {
            http.requireOk(answer, what);
            throw new BlockSourceException(describe() + " answered " + what + " with something that is not a "
                    + "JSON-RPC response: " + SourceHttp.abbreviate(answer.text()));
        }
        JsonNode error = body.get("error");
        if (error != null && !error.isNull()) {
            String message = describe() + " answered " + what + " with error " + error.path("code").asInt() + ": "
                    + error.path("message").asText();
            if (error.path("code").asInt() == RPC_IN_WARMUP) {
                throw BlockSourceException.transientFailure(message, null);
            }
            throw new BlockSourceException(message);
        }
        return body.get("result");
    }

    private String authorization() throws BlockSourceException {
        String userAndPassword;
        if (credentials.cookieFile().isPresent()) {
            Path cookie = credentials.cookieFile().get();
            try {
                userAndPassword = Files.readString(cookie, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new BlockSourceException("cannot read the RPC cookie file " + cookie + " for " + describe()
                        + ": " + e.getMessage(), e);
            }
        } else {
            userAndPassword = credentials.user().orElse("") + ":" + credentials.password().orElse("");
        }
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
