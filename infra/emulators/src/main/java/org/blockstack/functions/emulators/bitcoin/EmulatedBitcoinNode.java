package org.blockstack.functions.emulators.bitcoin;

import org.blockstack.functions.emulators.EmulatorException;

/**
 * One regtest chain served the three ways sync can read a node: Bitcoin Core REST, Bitcoin Core
 * JSON-RPC (user {@value #RPC_USER}, password {@value #RPC_PASSWORD}) and an Esplora API.
 */
public final class EmulatedBitcoinNode implements AutoCloseable {
    public static final String RPC_USER = "blockstack";
    public static final String RPC_PASSWORD = "local-rpc-password";

    private final RegtestChain chain;
    private final BitcoinRestServer rest;
    private final BitcoinRpcServer rpc;
    private final EsploraServer esplora;

    private EmulatedBitcoinNode(RegtestChain chain, BitcoinRestServer rest, BitcoinRpcServer rpc,
            EsploraServer esplora) {
        this.chain = chain;
        this.rest = rest;
        this.rpc = rpc;
        this.esplora = esplora;
    }

    public static EmulatedBitcoinNode start(RegtestChain chain) {
        BitcoinRestServer rest = BitcoinRestServer.start(chain);
        BitcoinRpcServer rpc = null;
        try {
            rpc = BitcoinRpcServer.start(chain, RPC_USER, RPC_PASSWORD);
            return new EmulatedBitcoinNode(chain, rest, rpc, EsploraServer.start(chain));
        } catch (EmulatorException e) {
            rest.close();
            if (rpc != null) {
                rpc.close();
            }
            throw e;
        }
    }

    public RegtestChain chain() {
        return chain;
    }

    public BitcoinRestServer rest() {
        return rest;
    }

    public BitcoinRpcServer rpc() {
        return rpc;
    }

    public EsploraServer esplora() {
        return esplora;
    }

    @Override
    public void close() {
        rest.close();
        rpc.close();
        esplora.close();
    }
}
