package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.util.HexFormat;
import java.util.Optional;

import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * ANNOUNCE ({@code #}, bns-protocol §5.11): a message hash from the owner of one of the configured
 * announcer names. Local and stateless: it changes nothing and is not in the consensus hash.
 *
 * <p>Body: the 20-byte hash of the announcement text.
 */
public record Announce(TransactionContext tx, String messageHash) implements BnsOperation {

    public static Announce parse(byte[] body, TransactionContext tx) throws MalformedOperationException {
        if (body.length != 20) {
            throw new MalformedOperationException("announce body has " + body.length + " bytes, expected 20");
        }
        return new Announce(tx, HexFormat.of().formatHex(body));
    }

    public static byte[] body(String messageHash) {
        return HexFormat.of().parseHex(messageHash);
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.ANNOUNCE;
    }

    @Override
    public String opName() {
        return "ANNOUNCE";
    }

    @Override
    public String subject() {
        return messageHash;
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        for (String announcer : context.params().announcers()) {
            // the reference looks the name up live at H, revoked or not, and compares its owner script
            if (context.liveName(announcer).filter(r -> r.sender().equals(tx.sender().script())).isPresent()) {
                return none();
            }
        }
        return reject(RejectReason.NOT_ANNOUNCER, tx.sender().address() + " owns none of the announcer names "
                + context.params().announcers());
    }

    @Override
    public StateValue apply(OperationContext context) {
        return null;
    }
}
