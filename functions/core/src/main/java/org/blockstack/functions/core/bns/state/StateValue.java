package org.blockstack.functions.core.bns.state;

/** Anything the BNS state stores under a {@link StateKey}. Immutable. */
public sealed interface StateValue permits NameRecord, NamespaceRecord, PreorderRecord, ImportKeyring, HistoryEntry {
    /** The key this value is stored under. */
    StateKey key();
}
