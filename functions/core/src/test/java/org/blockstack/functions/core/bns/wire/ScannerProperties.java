package org.blockstack.functions.core.bns.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import com.google.common.primitives.Bytes;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.operations.BnsOperationParser;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.core.chain.RandomBlocks;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The raw byte scanner finds exactly the candidates bitcoinj's full parse finds, on random blocks
 * mixing legacy and segwit transactions and every kind of OP_RETURN; malformed bytes fail the
 * block, and no payload, script or output layout makes parsing throw.
 */
class ScannerProperties {
    private static final RawBlockScanner SCANNER = new RawBlockScanner("id");
    private static final List<Integer> OPCODES = "?:+>~;*&!#$x".chars().boxed().toList();

    @Provide
    Arbitrary<byte[]> outputScripts() {
        Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMaxSize(70);
        Arbitrary<byte[]> bnsPayload = Combinators.combine(Arbitraries.of(OPCODES).map(c -> new byte[] {(byte) (int) c}), body)
                .as((opcode, rest) -> Bytes.concat(new byte[] {'i', 'd'}, opcode, rest));
        Arbitrary<byte[]> opReturn = Arbitraries.oneOf(bnsPayload, body).map(ScannerProperties::opReturn);
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofSize(20).map(h -> Bytes.concat(new byte[] {0x76, (byte) 0xa9, 0x14},
                        h, new byte[] {(byte) 0x88, (byte) 0xac})),
                Arbitraries.bytes().array(byte[].class).ofSize(20).map(h -> Bytes.concat(new byte[] {0, 0x14}, h)),
                opReturn, opReturn,
                Arbitraries.just(new byte[] {0x6a}),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(b -> Bytes.concat(new byte[] {0x6a}, b)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40));
    }

    private static byte[] opReturn(byte[] payload) {
        if (payload.length <= 75) {
            return Bytes.concat(new byte[] {0x6a, (byte) payload.length}, payload);
        }
        return Bytes.concat(new byte[] {0x6a, 0x4c, (byte) payload.length}, payload);
    }

    @Provide
    Arbitrary<Transaction> transactions() {
        return RandomBlocks.transactions(outputScripts());
    }

    @Provide
    Arbitrary<Block> blocks() {
        return RandomBlocks.blocks(outputScripts());
    }

    private record Found(int vtxindex, String txid, String payload) {
    }

    private static List<Found> found(List<BnsCandidate> candidates) {
        return candidates.stream().map(c -> new Found(c.vtxindex(), c.transaction().getTxId().toString(),
                HexFormat.of().formatHex(c.payload()))).toList();
    }

    @Property(tries = 200)
    void rawScanFindsWhatBitcoinjFinds(@ForAll("blocks") Block block) throws InvalidBlockException {
        assertThat(found(SCANNER.scan(block.serialize()))).isEqualTo(found(SCANNER.scan(block)));
    }

    @Property(tries = 100)
    void truncatedBlocksFailAsInvalidBlocks(@ForAll("blocks") Block block, @ForAll @IntRange(min = 1) int cut) {
        byte[] bytes = block.serialize();
        byte[] truncated = Arrays.copyOf(bytes, cut % bytes.length);
        assertThatThrownBy(() -> SCANNER.scan(truncated)).isInstanceOf(InvalidBlockException.class);
    }

    @Property(tries = 300)
    void randomBytesNeverEscapeAsAnythingButAnInvalidBlock(@ForAll byte[] bytes) {
        try {
            SCANNER.scan(Bytes.concat(new byte[80], bytes));
        } catch (InvalidBlockException e) {
            assertThat(e).hasMessageContaining("truncated or malformed");
        }
    }

    @Property(tries = 300)
    void anyScriptTokenizes(@ForAll byte[] script) {
        assertThat(ScriptTokens.parse(script)).isNotNull();
        ScriptTokens.opReturnPayload(script, 0, script.length);
    }

    @Property(tries = 300)
    void anyCandidateParsesToAnOperationOrNothing(@ForAll("transactions") Transaction transaction,
            @ForAll @IntRange(min = 1, max = 700_000) int height) {
        SpentOutputs p2pkhSenders = (txid, vout) -> new SpentOutput(HexFormat.of().parseHex(
                "76a914" + txid.toString().substring(0, 40) + "88ac"), 10_000);
        BnsOperationParser parser = new BnsOperationParser(NetworkParams.mainnet());
        for (BnsCandidate candidate : SCANNER.scan(new Block(1, Sha256Hash.ZERO_HASH, null, Instant.EPOCH, 0x207fffffL,
                0, List.of(Transaction.coinbase(new byte[] {1, 1}), transaction)))) {
            assertThat(parser.parse(candidate, height, p2pkhSenders)).isNotNull();
        }
    }
}
