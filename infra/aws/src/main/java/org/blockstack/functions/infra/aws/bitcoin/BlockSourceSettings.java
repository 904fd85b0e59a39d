package org.blockstack.functions.infra.aws.bitcoin;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Which block source to use and how to reach it. The kind defaults to whichever URL is set
 * (REST, then JSON-RPC, then Esplora), so setting one URL is enough.
 */
public record BlockSourceSettings(
        Optional<String> kind,
        Optional<URI> restUrl,
        Optional<URI> rpcUrl,
        BitcoinRpcBlockSource.Credentials rpcCredentials,
        Optional<URI> esploraUrl,
        Duration timeout,
        RetryingBlockSource.Policy retries) {

    /** The configured source, wrapped in retries. */
    public BlockSource create() {
        String chosen = kind.map(k -> k.trim().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty())
                .orElseGet(this::inferredKind);
        BlockSource source = switch (chosen) {
            case "rest" -> new BitcoinRestBlockSource(require(restUrl, "BITCOIN_REST_URL", chosen), timeout);
            case "rpc" -> new BitcoinRpcBlockSource(require(rpcUrl, "BITCOIN_RPC_URL", chosen), rpcCredentials, timeout);
            case "esplora" -> new EsploraBlockSource(require(esploraUrl, "ESPLORA_URL", chosen), timeout);
            default -> throw new IllegalStateException("BITCOIN_SOURCE is '" + chosen
                    + "': expected one of rest, rpc, esplora");
        };
        return new RetryingBlockSource(source, retries);
    }

    private String inferredKind() {
        if (restUrl.isPresent()) {
            return "rest";
        }
        if (rpcUrl.isPresent()) {
            return "rpc";
        }
        if (esploraUrl.isPresent()) {
            return "esplora";
        }
        throw new IllegalStateException("no block source is configured: set BITCOIN_REST_URL (Bitcoin Core REST), "
                + "BITCOIN_RPC_URL (Bitcoin Core JSON-RPC) or ESPLORA_URL");
    }

    private static URI require(Optional<URI> url, String variable, String kind) {
        return url.orElseThrow(() -> new IllegalStateException("BITCOIN_SOURCE is " + kind + " but " + variable
                + " is not set"));
    }

    /** For a cookie file path given as text (BITCOIN_RPC_COOKIE_FILE). */
    public static Optional<Path> path(Optional<String> text) {
        return text.filter(t -> !t.isBlank()).map(Path::of);
    }
}
