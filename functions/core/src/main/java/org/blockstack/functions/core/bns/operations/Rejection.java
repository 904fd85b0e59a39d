package org.blockstack.functions.core.bns.operations;

import java.util.Optional;

/** A rule an operation broke, with the specifics in words. */
public record Rejection(RejectReason reason, String detail) {
    public static Optional<Rejection> reject(RejectReason reason, String detail) {
        return Optional.of(new Rejection(reason, detail));
    }

    /** The check passed. */
    public static Optional<Rejection> none() {
        return Optional.empty();
    }
}
