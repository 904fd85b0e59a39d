package org.blockstack.functions.core.bns.wire;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bitcoinj.base.Sha256Hash;

/**
 * Spent outputs held in memory: those an extraction looked up, recorded with {@link #recording}
 * so that the block's operations can be parsed again later without the block source.
 */
public final class KnownSpentOutputs implements SpentOutputs {
    private final Map<Outpoint, SpentOutput> outputs;

    public KnownSpentOutputs(Map<Outpoint, SpentOutput> outputs) {
        this.outputs = Map.copyOf(outputs);
    }

    @Override
    public SpentOutput find(Sha256Hash txid, long vout) {
        SpentOutput output = outputs.get(new Outpoint(txid, vout));
        if (output == null) {
            throw new SpentOutputUnavailableException("output " + txid + ":" + vout + " was not recorded");
        }
        return output;
    }

    public Map<Outpoint, SpentOutput> outputs() {
        return outputs;
    }

    /** A lookup through {@code delegate} that remembers every output it found, in lookup order. */
    public static Recording recording(SpentOutputs delegate) {
        return new Recording(delegate);
    }

    /** See {@link #recording}. */
    public static final class Recording implements SpentOutputs {
        private final SpentOutputs delegate;
        private final Map<Outpoint, SpentOutput> found = new LinkedHashMap<>();

        private Recording(SpentOutputs delegate) {
            this.delegate = delegate;
        }

        @Override
        public SpentOutput find(Sha256Hash txid, long vout) {
            SpentOutput output = delegate.find(txid, vout);
            found.put(new Outpoint(txid, vout), output);
            return output;
        }

        public KnownSpentOutputs recorded() {
            return new KnownSpentOutputs(found);
        }
    }
}
