package org.blockstack.functions.benchmarks.bns;

/**
 * The practical limit for finding BNS operations: walk a serialized block's transactions and
 * count the outputs whose script starts with OP_RETURN, nothing else. No bounds checks beyond
 * the JVM's; the benchmark corpus is well-formed. Deliberately shares no code with the scanner it
 * measures, so the yardstick does not move when the scanner changes.
 */
final class OpReturnCounter {
    private final byte[] block;
    private int position;

    private OpReturnCounter(byte[] block) {
        this.block = block;
    }

    static int count(byte[] block) {
        return new OpReturnCounter(block).count();
    }

    private int count() {
        position = 80;
        long transactions = varint();
        int opReturns = 0;
        for (long t = 0; t < transactions; t++) {
            position += 4;
            long inputs = varint();
            boolean witness = false;
            if (inputs == 0 && block[position] != 0) {
                witness = (block[position++] & 1) != 0;
                inputs = varint();
            }
            for (long i = 0; i < inputs; i++) {
                position += 36;
                int scriptSig = (int) varint();
                position += scriptSig + 4;
            }
            long outputs = varint();
            for (long o = 0; o < outputs; o++) {
                position += 8;
                int length = (int) varint();
                if (length > 0 && block[position] == 0x6a) {
                    opReturns++;
                }
                position += length;
            }
            if (witness) {
                for (long i = 0; i < inputs; i++) {
                    long items = varint();
                    for (long item = 0; item < items; item++) {
                        int length = (int) varint();
                        position += length;
                    }
                }
            }
            position += 4;
        }
        return opReturns;
    }

    private long varint() {
        int first = block[position++] & 0xff;
        if (first < 0xfd) {
            return first;
        }
        int size = first == 0xfd ? 2 : first == 0xfe ? 4 : 8;
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (block[position + i] & 0xff);
        }
        position += size;
        return value;
    }
}
