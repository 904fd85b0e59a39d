package org.blockstack.functions.sync;

import java.util.List;

import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.chain.BlockHeader;

/**
 * A block ready to apply: its header and the BNS operations it carries, read from the source or
 * from a stored extract ({@code fromExtract}).
 */
record FetchedBlock(BlockHeader header, List<BnsOperation> operations, boolean fromExtract) {
}
