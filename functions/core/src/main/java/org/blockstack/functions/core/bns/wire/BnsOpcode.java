package org.blockstack.functions.core.bns.wire;

import java.util.Optional;

/**
 * The operation codes: the third byte of a BNS {@code OP_RETURN} payload (bns-protocol §5.1).
 * TOKEN_TRANSFER ({@code $}) is not among them: the Stacks v1 token ledger is out of scope
 * (§12.3), so those transactions are not operations here.
 */
public enum BnsOpcode {
    NAME_PREORDER('?'),
    /** Registrations and, with four or more outputs, renewals. */
    NAME_REGISTRATION(':'),
    NAME_UPDATE('+'),
    NAME_TRANSFER('>'),
    NAME_REVOKE('~'),
    NAME_IMPORT(';'),
    NAMESPACE_PREORDER('*'),
    NAMESPACE_REVEAL('&'),
    NAMESPACE_READY('!'),
    ANNOUNCE('#');

    private final char code;

    BnsOpcode(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Optional<BnsOpcode> of(int codeByte) {
        for (BnsOpcode opcode : values()) {
            if (opcode.code == codeByte) {
                return Optional.of(opcode);
            }
        }
        return Optional.empty();
    }
}
