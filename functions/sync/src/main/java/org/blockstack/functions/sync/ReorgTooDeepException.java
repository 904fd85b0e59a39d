package org.blockstack.functions.sync;

/** The source's chain forked further back than the stored undo data reaches; nothing was changed. */
public class ReorgTooDeepException extends Exception {
    public ReorgTooDeepException(String message) {
        super(message);
    }
}
