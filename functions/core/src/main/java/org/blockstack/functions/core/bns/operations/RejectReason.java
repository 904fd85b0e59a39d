package org.blockstack.functions.core.bns.operations;

/** Why a well-formed operation was not accepted: which state rule it broke (bns-protocol §6, §7). */
public enum RejectReason {
    /** The block is at or past the v1 chain's end, where nothing is accepted (§2.5). */
    V1_CHAIN_ENDED,
    /** The preorder hash is already preordered (or preordered earlier in the block). */
    PREORDER_EXISTS,
    /** The consensus hash is not one of the last 24 blocks'. */
    CONSENSUS_HASH_INVALID,
    /** The owner would hold more than 25 names, or already holds more than 25 (update). */
    QUOTA_EXCEEDED,
    /** The fee output pays the wrong address (not the burn address, or not the namespace creator). */
    WRONG_FEE_ADDRESS,
    /** A token payment in a token other than STACKS. */
    TOKEN_TYPE_UNSUPPORTED,
    /** Paid in STX where only BTC is accepted. */
    STACKS_NOT_ALLOWED,
    /** Paid less than the price, or not in the units the namespace takes. */
    FEE_TOO_LOW,
    /** The name is revoked. */
    NAME_REVOKED,
    /** The namespace does not exist or is not ready. */
    NAMESPACE_NOT_READY,
    /** The namespace is not revealed (or its reveal lapsed, or it is ready already). */
    NAMESPACE_NOT_REVEALED,
    /** The namespace is already revealed or ready. */
    NAMESPACE_EXISTS,
    /** A namespace version the epoch does not support yet. */
    VERSION_NOT_ALLOWED,
    /** A p2sh register address or transfer sender before multisig was enabled (epoch 1). */
    MULTISIG_NOT_ALLOWED,
    /** No matching, unconsumed preorder by this sender. */
    PREORDER_NOT_FOUND,
    /** The preorder is too old to use. */
    PREORDER_EXPIRED,
    /** The name is registered (or imported) and not expired. */
    NAME_TAKEN,
    /** The name was preordered before its namespace became ready. */
    PREORDERED_BEFORE_READY,
    /** Two or more operations creating the same name or namespace in one block: all of them fail (§7.5). */
    COLLISION,
    /** No live name by that name or hash. */
    NAME_NOT_FOUND,
    /** The update's name-consensus hash matches none of the sender's names with a recent consensus hash. */
    NAME_CONSENSUS_HASH_UNRESOLVED,
    /** The sender does not own the name. */
    NOT_OWNER,
    /** The name has expired. */
    NAME_EXPIRED,
    /** The name is in its renewal grace period: only renewals are accepted. */
    NAME_IN_GRACE_PERIOD,
    /** A transfer to the sender itself. */
    SENDER_IS_RECIPIENT,
    /** Before epoch 3 a renewal must keep the owner. */
    RENEWAL_RECIPIENT_MISMATCH,
    /** NAME_IMPORT needs a p2pkh sender whose public key is in the transaction. */
    NO_SENDER_PUBKEY,
    /** The sender is not allowed to import into the namespace. */
    NOT_IMPORTER,
    /** NAMESPACE_READY not sent by the reveal address. */
    NOT_REVEALER,
    /** ANNOUNCE from someone who owns none of the announcer names. */
    NOT_ANNOUNCER
}
