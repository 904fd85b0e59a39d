package org.blockstack.functions.core.chain;

/**
 * Walks the transactions of a serialized block without deserialising them: reads their varints,
 * segwit marker and witnesses and reports where each transaction and each output script lies.
 * Only lengths are read, so a 1 MB block costs about as much as touching its length fields.
 * Both the BNS scanner (which looks at {@code OP_RETURN} outputs) and block verification (which
 * hashes each transaction's id) walk blocks with it.
 */
public final class RawTransactions {
    /** Bytes of a block header; transactions start after it. */
    public static final int HEADER_BYTES = 80;

    /** What the walk reports, in block order. Positions are offsets into the block's bytes. */
    public interface Visitor {
        /** Called for each output of the transaction being walked, before {@link #transaction}. */
        default void output(int scriptStart, int scriptLength) {
        }

        /**
         * Called once a transaction has been walked.
         *
         * @param start        its first byte (the version)
         * @param end          one past its last byte (the lock time)
         * @param bodyStart    where its inputs start: after the version, or after the segwit marker and flag
         * @param witnessStart where its witnesses start, or where its lock time starts when it has none
         * @param segwit       whether it is serialized with a segwit marker and flag
         */
        void transaction(int index, int start, int end, int bodyStart, int witnessStart, boolean segwit);
    }

    private final byte[] bytes;
    private int position;

    private RawTransactions(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Walks every transaction of {@code block}, which must end exactly after its last one.
     *
     * @return the number of transactions
     * @throws InvalidBlockException when the bytes end inside a transaction, a length is impossible,
     *                               or bytes follow the last transaction; its message says which,
     *                               for the caller to put in context
     */
    public static int walk(byte[] block, Visitor visitor) throws InvalidBlockException {
        RawTransactions walk = new RawTransactions(block);
        try {
            return walk.all(visitor);
        } catch (IndexOutOfBoundsException e) {
            throw new InvalidBlockException("it ends inside a transaction (" + e.getMessage() + ")", e);
        } catch (MalformedException e) {
            throw new InvalidBlockException(e.getMessage(), e);
        }
    }

    /** A length field that cannot be right; turned into an {@link InvalidBlockException} by {@link #walk}. */
    private static final class MalformedException extends RuntimeException {
        MalformedException(String message) {
            super(message, null, false, false);
        }
    }

    private int all(Visitor visitor) {
        if (bytes.length < HEADER_BYTES) {
            throw new MalformedException("shorter than the " + HEADER_BYTES + "-byte header");
        }
        position = HEADER_BYTES;
        long count = varint();
        if (count > bytes.length - position) {
            throw new MalformedException("it claims " + count + " transactions in " + (bytes.length - position) + " bytes");
        }
        for (int index = 0; index < count; index++) {
            transaction(index, visitor);
        }
        if (position != bytes.length) {
            throw new MalformedException((bytes.length - position) + " bytes follow the last transaction");
        }
        return (int) count;
    }

    private void transaction(int index, Visitor visitor) {
        int start = position;
        skip(4); // version
        int bodyStart = position;
        long inputs = varint();
        boolean segwit = false;
        if (inputs == 0) {
            int flags = bytes[position++] & 0xff;
            if (flags != 0) {
                segwit = (flags & 1) != 0;
                bodyStart = position;
                inputs = varint();
            }
        }
        for (long i = 0; i < inputs; i++) {
            skip(36); // outpoint
            skip(varint()); // scriptSig
            skip(4); // sequence
        }
        long outputs = varint();
        for (long o = 0; o < outputs; o++) {
            skip(8); // value
            int length = length(varint());
            visitor.output(position, length);
            skip(length);
        }
        int witnessStart = position;
        if (segwit) {
            for (long i = 0; i < inputs; i++) {
                long items = varint();
                for (long item = 0; item < items; item++) {
                    skip(varint());
                }
            }
        }
        skip(4); // lock time
        visitor.transaction(index, start, position, bodyStart, witnessStart, segwit);
    }

    private long varint() {
        int first = bytes[position++] & 0xff;
        if (first < 0xfd) {
            return first;
        }
        int size = first == 0xfd ? 2 : first == 0xfe ? 4 : 8;
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[position + i] & 0xff);
        }
        position += size;
        return value;
    }

    private int length(long value) {
        if (value < 0 || value > bytes.length - position) {
            throw new MalformedException("length " + value + " at byte " + position + " runs past the block's "
                    + bytes.length + " bytes");
        }
        return (int) value;
    }

    private void skip(long count) {
        position += length(count);
    }
}
