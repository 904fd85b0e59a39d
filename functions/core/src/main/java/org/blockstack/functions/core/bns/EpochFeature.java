package org.blockstack.functions.core.bns;

/** Rule switches that epochs turn on (reference {@code config.py}, {@code EPOCH_FEATURE_*}). */
public enum EpochFeature {
    /** p2sh register addresses and transfer senders (epoch 2). */
    MULTISIG,
    /** p2sh-wrapped segwit outputs (epoch 3; indistinguishable from p2sh at the script level). */
    SEGWIT,
    /** a value hash in NAME_REGISTRATION (epoch 3). */
    OP_REGISTER_UPDATE,
    /** NAME_RENEWAL to a new owner and with a value hash (epoch 3). */
    OP_RENEW_TRANSFER_UPDATE,
    /** version-2 namespaces: name fees go to the namespace creator for a while (epoch 3). */
    NAMESPACE_BURN_TO_CREATOR,
    /** version-3 namespaces: names priced in STX (epoch 4). */
    NAMESPACE_PAY_WITH_STACKS,
    /** NAMESPACE_PREORDER pays in STX (epoch 4). */
    STACKS_BUY_NAMESPACES,
    /** name operations may pay in STX (epoch 4). */
    NAMEOPS_COST_TOKENS,
    /** a name preorder is only usable for NAME_PREORDER_EXPIRE blocks (epoch 4). */
    FIX_PREORDER_EXPIRE,
    /** TOKEN_TRANSFER (epoch 4; the token ledger is out of scope, bns-protocol §12.3). */
    TOKEN_TRANSFER,
    /** integer name prices with an epoch divisor instead of float multipliers (epoch 4). */
    INT_DIVISION,
    /** TOKEN_TRANSFER may carry an all-zero consensus hash (epoch 5). */
    TOKEN_TRANSFER_CONSENSUS_HASH_OPTIONAL
}
