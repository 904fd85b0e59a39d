package org.blockstack.functions.core.bns.wire;

/**
 * A candidate transaction that is not a BNS operation: a payload of the wrong length or content,
 * or outputs or senders of the wrong shape. Parsing turns it into "no operation"; it never
 * escapes the block loop.
 */
public class MalformedOperationException extends Exception {
    public MalformedOperationException(String message) {
        super(message, null, false, false);
    }
}
