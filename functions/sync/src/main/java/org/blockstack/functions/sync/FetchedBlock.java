package org.blockstack.functions.sync;

import java.util.List;

import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.chain.ChainBlock;

/** A block read from the source with the BNS operations it carries, ready to apply. */
record FetchedBlock(ChainBlock block, List<BnsOperation> operations) {
}
