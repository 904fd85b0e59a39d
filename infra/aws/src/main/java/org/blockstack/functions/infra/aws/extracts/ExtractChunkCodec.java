package org.blockstack.functions.infra.aws.extracts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Transaction;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.bns.wire.BnsCandidate;
import org.blockstack.functions.core.bns.wire.KnownSpentOutputs;
import org.blockstack.functions.core.bns.wire.Outpoint;
import org.blockstack.functions.core.bns.wire.SpentOutput;
import org.blockstack.functions.core.chain.BlockHeader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A chunk as JSON, readable with any tool ({@code aws s3 cp ... - | jq}): per block its header
 * fields, its candidate transactions (hex) and the outputs they spend. Written and read with
 * Jackson's tree model (no reflection, so native images need no registration). Reading checks
 * everything the key promises and rebuilds each candidate with the current scanner, so a stored
 * transaction that is not a candidate is refused rather than trusted.
 */
public final class ExtractChunkCodec {
    /** Bumped whenever the layout changes; other formats are treated as absent. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final BnsExtractor extractor;

    public ExtractChunkCodec(BnsExtractor extractor) {
        this.extractor = extractor;
    }

    public byte[] encode(ExtractChunk chunk) {
        ObjectNode root = JSON.createObjectNode()
                .put("format", FORMAT)
                .put("network", chunk.id().network())
                .put("magicBytes", chunk.id().magicBytes())
                .put("size", chunk.id().size())
                .put("firstHeight", chunk.id().firstHeight());
        ArrayNode blocks = root.putArray("blocks");
        for (ExtractedBlock block : chunk.blocks()) {
            BlockHeader header = block.header();
            ObjectNode node = blocks.addObject()
                    .put("height", header.height())
                    .put("hash", header.hash())
                    .put("parentHash", header.parentHash())
                    .put("timeSeconds", header.timeSeconds())
                    .put("transactionCount", header.transactionCount())
                    .put("sizeBytes", header.sizeBytes());
            if (!block.candidates().isEmpty()) {
                ArrayNode candidates = node.putArray("candidates");
                for (BnsCandidate candidate : block.candidates()) {
                    candidates.addObject()
                            .put("vtxindex", candidate.vtxindex())
                            .put("transaction", HEX.formatHex(candidate.transaction().serialize()));
                }
                ArrayNode spent = node.putArray("spentOutputs");
                block.spentOutputs().outputs().forEach((outpoint, output) -> spent.addObject()
                        .put("txid", outpoint.txid().toString())
                        .put("vout", outpoint.vout())
                        .put("script", HEX.formatHex(output.script()))
                        .put("value", output.value()));
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write chunk " + chunk.id() + " as JSON", e);
        }
    }

    /** @throws InvalidExtractException when the bytes are not the chunk {@code expected} names */
    public ExtractChunk decode(ExtractChunkId expected, byte[] bytes) throws InvalidExtractException {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.path("format").asInt() != FORMAT) {
                throw new InvalidExtractException("chunk " + expected + " has format " + (root == null ? null
                        : root.path("format")) + ", expected " + FORMAT);
            }
            ExtractChunkId stored = new ExtractChunkId(text(root, "network"), text(root, "magicBytes"),
                    root.path("size").asInt(), root.path("firstHeight").asInt());
            if (!stored.equals(expected)) {
                throw new InvalidExtractException("the object for chunk " + expected + " (" + expected.network()
                        + ", magic " + expected.magicBytes() + ") holds chunk " + stored + " (" + stored.network()
                        + ", magic " + stored.magicBytes() + ")");
            }
            List<ExtractedBlock> blocks = new ArrayList<>();
            for (JsonNode node : root.path("blocks")) {
                blocks.add(block(node));
            }
            return new ExtractChunk(stored, blocks);
        } catch (IOException | IllegalArgumentException | org.bitcoinj.core.ProtocolException
                | java.nio.BufferUnderflowException e) {
            throw new InvalidExtractException("chunk " + expected + " cannot be read: " + e.getMessage(), e);
        }
    }

    private ExtractedBlock block(JsonNode node) throws InvalidExtractException {
        BlockHeader header = new BlockHeader(node.path("height").asInt(), text(node, "hash"), text(node, "parentHash"),
                node.path("timeSeconds").asLong(), node.path("transactionCount").asInt(), node.path("sizeBytes").asInt());
        List<BnsCandidate> candidates = new ArrayList<>();
        for (JsonNode candidate : node.path("candidates")) {
            int vtxindex = candidate.path("vtxindex").asInt();
            Transaction transaction = Transaction.read(ByteBuffer.wrap(HEX.parseHex(text(candidate, "transaction"))));
            candidates.add(extractor.candidate(vtxindex, transaction).orElseThrow(() -> new IllegalArgumentException(
                    "block " + header.height() + ": transaction " + transaction.getTxId() + " is not a BNS candidate")));
        }
        Map<Outpoint, SpentOutput> spent = new LinkedHashMap<>();
        for (JsonNode output : node.path("spentOutputs")) {
            spent.put(new Outpoint(Sha256Hash.wrap(text(output, "txid")), output.path("vout").asLong()),
                    new SpentOutput(HEX.parseHex(text(output, "script")), output.path("value").asLong()));
        }
        return new ExtractedBlock(header, candidates, new KnownSpentOutputs(spent));
    }

    private static String text(JsonNode node, String field) throws InvalidExtractException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidExtractException("field " + field + " is missing or not text in " + abbreviate(node));
        }
        return value.asText();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
