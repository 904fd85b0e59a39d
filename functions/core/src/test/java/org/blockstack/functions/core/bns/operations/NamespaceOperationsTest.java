package org.blockstack.functions.core.bns.operations;

import org.blockstack.functions.core.bns.wire.BnsOpcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.blockstack.functions.core.bns.TestChain.accept;
import static org.blockstack.functions.core.bns.TestChain.rejected;

import java.util.Collections;
import java.util.List;

import org.bitcoinj.core.Transaction;
import org.bitcoinj.crypto.ChildNumber;
import org.bitcoinj.crypto.DeterministicKey;
import org.bitcoinj.crypto.HDKeyDerivation;
import org.blockstack.functions.core.bns.BlockResult;
import org.blockstack.functions.core.bns.BnsTransactionBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.NamespaceRules;
import org.blockstack.functions.core.bns.TestChain;
import org.blockstack.functions.core.bns.TestChain.Actor;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.junit.jupiter.api.Test;

/** NAMESPACE_PREORDER, NAMESPACE_REVEAL, NAMESPACE_READY and NAME_IMPORT: acceptance and every rejection. */
class NamespaceOperationsTest {
    private final TestChain chain = TestChain.regtest();
    private final BnsTransactionBuilder builder = chain.builder;
    private final Actor creator = chain.actor("creator");
    private final Actor revealer = chain.actor("revealer");
    private static final String ZONEFILE_HASH = "0123456789abcdef0123456789abcdef01234567";

    private BlockResult preorder(Actor who, String id, String consensusHash) {
        return chain.mine(who.spend(f -> builder.namespacePreorder(f, id, revealer.address(), consensusHash,
                BnsTransactionBuilder.DUST, chain.namespaceTokens())));
    }

    private BlockResult reveal(Actor who, String id, NamespaceRules rules) {
        return chain.mine(who.spend(f -> builder.namespaceReveal(f, id, revealer.address(), rules)));
    }

    @Test
    void preorderRevealImportReady() {
        chain.mine();
        BlockResult preorder = accept(preorder(creator, "test", chain.consensusHash()));
        PreorderRecord row = (PreorderRecord) preorder.accepted().get(0).record();
        assertThat(row.op()).isEqualTo("*");
        assertThat(row.tokenUnits()).isEqualTo("STACKS");
        assertThat(row.tokenFee()).isEqualTo(640_000_000_000L);
        assertThat(chain.state.preorder(row.preorderHash())).contains(row);

        BlockResult revealed = accept(reveal(creator, "test", TestChain.CHEAP));
        NamespaceRecord namespace = chain.state.namespace("test").orElseThrow();
        assertThat(namespace.op()).isEqualTo("&");
        assertThat(namespace.revealBlock()).isEqualTo(revealed.height());
        assertThat(namespace.blockNumber()).isEqualTo(preorder.height());
        assertThat(namespace.recipientAddress()).isEqualTo(revealer.address());
        assertThat(namespace.address()).isEqualTo(creator.address());
        assertThat(chain.state.preorder(row.preorderHash())).isEmpty();
        assertThat(chain.state.history("test")).extracting(h -> h.opcode())
                .containsExactly("NAMESPACE_PREORDER", "NAMESPACE_REVEAL");

        Actor owner = chain.actor("owner");
        BlockResult imported = accept(chain.mine(revealer.spend(f -> builder.nameImport(f, "alice.test",
                owner.address(), ZONEFILE_HASH))));
        NameRecord alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.sender()).isEqualTo(owner.script());
        assertThat(alice.valueHash()).isEqualTo(ZONEFILE_HASH);
        assertThat(alice.importer()).isEqualTo(revealer.script());
        assertThat(alice.opFee()).isEqualTo(20.0);
        assertThat(alice.firstRegistered()).isEqualTo(imported.height());
        assertThat(imported.accepted().get(0).consensusRecord()).contains(",4:20.0,");
        assertThat(chain.state.importKeyring("test").orElseThrow().addresses())
                .hasSize(chain.params.importKeyringSize() + 1).contains(revealer.address());

        BlockResult ready = accept(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))));
        NamespaceRecord readied = chain.state.namespace("test").orElseThrow();
        assertThat(readied.op()).isEqualTo("!");
        assertThat(readied.readyBlock()).isEqualTo(ready.height());
        assertThat(readied.sender()).isEqualTo(revealer.script());
        assertThat(readied.address()).isEqualTo(creator.address());
    }

    @Test
    void preorderRejections() {
        chain.mine();
        accept(preorder(creator, "test", chain.consensusHash()));
        rejected(preorder(creator, "test", chain.consensusHash()), RejectReason.PREORDER_EXISTS);
        rejected(preorder(chain.actor("other"), "test", "00000000000000000000000000000000"),
                RejectReason.CONSENSUS_HASH_INVALID);
        Actor other = chain.actor("other 2");
        BlockResult wrongFee = chain.mine(other.spend(f -> builder.build(f,
                BnsOpcode.NAMESPACE_PREORDER,
                NamespacePreorder.body(BnsHashes.preorderHash("abc", other.script(), revealer.address()),
                        chain.consensusHash(), 640_000_000_000L),
                List.of(BnsTransactionBuilder.change(), BnsTransactionBuilder.pay(other.address(), 5500)))));
        rejected(wrongFee, RejectReason.WRONG_FEE_ADDRESS);
    }

    @Test
    void samePreorderTwiceInOneBlockKeepsTheFirst() {
        chain.mine();
        String ch = chain.consensusHash();
        BlockResult block = chain.mine(
                creator.spend(f -> builder.namespacePreorder(f, "test", revealer.address(), ch, 5500, 640_000_000_000L)),
                creator.spend(f -> builder.namespacePreorder(f, "test", revealer.address(), ch, 5500, 640_000_000_000L)));
        assertThat(block.accepted()).hasSize(1);
        assertThat(block.rejected()).extracting(r -> r.reason()).containsExactly(RejectReason.PREORDER_EXISTS);
        assertThat(block.accepted().get(0).vtxindex()).isLessThan(block.rejected().get(0).vtxindex());
    }

    @Test
    void revealRejections() {
        chain.mine();
        rejected(reveal(creator, "test", TestChain.CHEAP), RejectReason.PREORDER_NOT_FOUND);
        accept(preorder(creator, "test", chain.consensusHash()));
        rejected(reveal(chain.actor("not the preorderer"), "test", TestChain.CHEAP), RejectReason.PREORDER_NOT_FOUND);
        accept(reveal(creator, "test", TestChain.CHEAP));
        accept(preorder(creator, "test", chain.consensusHash()));
        rejected(reveal(creator, "test", TestChain.CHEAP), RejectReason.NAMESPACE_EXISTS);
    }

    @Test
    void stxPaymentMustCoverTheNamespacePrice() {
        chain.mine();
        accept(chain.mine(creator.spend(f -> builder.namespacePreorder(f, "test", revealer.address(),
                chain.consensusHash(), 5500, 6_399_999_999L))));
        BlockResult low = reveal(creator, "test", TestChain.CHEAP);
        assertThat(rejected(low, RejectReason.FEE_TOO_LOW).detail()).contains("6400000000");
        accept(chain.mine(creator.spend(f -> builder.namespacePreorder(f, "tests", revealer.address(),
                chain.consensusHash(), 5500, 6_400_000_000L))));
        accept(reveal(creator, "tests", TestChain.CHEAP));
    }

    @Test
    void btcPaymentMustCoverTheNamespacePriceBeforeEpoch4() {
        TestChain early = TestChain.epoch1();
        Actor who = early.actor("creator");
        accept(early.mine(who.spend(f -> early.builder.namespacePreorder(f, "test", who.address(),
                early.consensusHash(), 399_999_999L, null))));
        rejected(early.mine(who.spend(f -> early.builder.namespaceReveal(f, "test", who.address(), TestChain.CHEAP))),
                RejectReason.FEE_TOO_LOW);
        accept(early.mine(who.spend(f -> early.builder.namespacePreorder(f, "tset", who.address(),
                early.consensusHash(), 400_000_000L, null))));
        accept(early.mine(who.spend(f -> early.builder.namespaceReveal(f, "tset", who.address(), TestChain.CHEAP))));
        // version 2 (pay to creator) needs epoch 3
        accept(early.mine(who.spend(f -> early.builder.namespacePreorder(f, "vtwo", who.address(),
                early.consensusHash(), 400_000_000L, null))));
        rejected(early.mine(who.spend(f -> early.builder.namespaceReveal(f, "vtwo", who.address(),
                new NamespaceRules(1000, 1, 2, Collections.nCopies(16, 1), 1, 1, 2)))), RejectReason.VERSION_NOT_ALLOWED);
    }

    @Test
    void twoValidRevealsOfOneNamespaceInABlockBothFail() {
        chain.mine();
        Actor second = chain.actor("second creator");
        accept(chain.mine(
                creator.spend(f -> builder.namespacePreorder(f, "test", revealer.address(), chain.consensusHash(), 5500,
                        640_000_000_000L)),
                second.spend(f -> builder.namespacePreorder(f, "test", revealer.address(), chain.consensusHash(), 5500,
                        640_000_000_000L))));
        BlockResult both = chain.mine(
                creator.spend(f -> builder.namespaceReveal(f, "test", revealer.address(), TestChain.CHEAP)),
                second.spend(f -> builder.namespaceReveal(f, "test", revealer.address(), TestChain.CHEAP)));
        assertThat(both.accepted()).isEmpty();
        assertThat(both.rejected()).extracting(r -> r.reason()).containsExactly(RejectReason.COLLISION,
                RejectReason.COLLISION);
        assertThat(chain.state.namespace("test")).isEmpty();
    }

    @Test
    void readyRejections() {
        chain.mine();
        rejected(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))), RejectReason.NAMESPACE_NOT_REVEALED);
        accept(preorder(creator, "test", chain.consensusHash()));
        // the reveal is not visible to a ready in its own block
        BlockResult sameBlock = chain.mine(
                creator.spend(f -> builder.namespaceReveal(f, "test", revealer.address(), TestChain.CHEAP)),
                revealer.spend(f -> builder.namespaceReady(f, "test")));
        assertThat(sameBlock.rejected()).extracting(r -> r.reason()).containsExactly(RejectReason.NAMESPACE_NOT_REVEALED);
        rejected(chain.mine(creator.spend(f -> builder.namespaceReady(f, "test"))), RejectReason.NOT_REVEALER);
        accept(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))));
        rejected(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))), RejectReason.NAMESPACE_NOT_REVEALED);
    }

    @Test
    void aRevealLapsesAfterTheRevealExpiryAndCanBeRevealedAgain() {
        chain.mine();
        accept(preorder(creator, "test", chain.consensusHash()));
        BlockResult first = accept(reveal(creator, "test", TestChain.CHEAP));
        Actor owner = chain.actor("owner");
        accept(chain.mine(revealer.spend(f -> builder.nameImport(f, "alice.test", owner.address(), ZONEFILE_HASH))));
        chain.mineUntil(first.height() + chain.params.namespaceRevealExpire() + 1);
        rejected(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))), RejectReason.NAMESPACE_NOT_REVEALED);
        Actor again = chain.actor("second creator");
        accept(chain.mine(again.spend(f -> builder.namespacePreorder(f, "test", revealer.address(),
                chain.consensusHash(), 5500, 640_000_000_000L))));
        accept(chain.mine(again.spend(f -> builder.namespaceReveal(f, "test", revealer.address(), TestChain.CHEAP))));
        NamespaceRecord rerevealed = chain.state.namespace("test").orElseThrow();
        assertThat(rerevealed.blockNumber()).isEqualTo(first.height() - 1);
        assertThat(rerevealed.address()).isEqualTo(again.address());
    }

    @Test
    void importRejectionsAndKeyring() {
        chain.mine();
        Actor owner = chain.actor("owner");
        rejected(chain.mine(revealer.spend(f -> builder.nameImport(f, "alice.test", owner.address(), ZONEFILE_HASH))),
                RejectReason.NAMESPACE_NOT_REVEALED);
        chain.revealNamespace("test", TestChain.CHEAP, creator, revealer);
        Actor stranger = chain.actor("stranger");
        rejected(chain.mine(stranger.spend(f -> builder.nameImport(f, "alice.test", owner.address(), ZONEFILE_HASH))),
                RejectReason.NOT_IMPORTER);
        accept(chain.mine(revealer.spend(f -> builder.nameImport(f, "alice.test", owner.address(), ZONEFILE_HASH))));
        rejected(chain.mine(stranger.spend(f -> builder.nameImport(f, "bob.test", owner.address(), ZONEFILE_HASH))),
                RejectReason.NOT_IMPORTER);

        // a BIP32 child of the reveal key (zero chain code) may import once the keyring exists
        DeterministicKey master = HDKeyDerivation.createMasterPubKeyFromBytes(revealer.key.getPubKey(), new byte[32]);
        String child = chain.params.p2pkhAddress(
                HDKeyDerivation.deriveChildKey(master, new ChildNumber(3, false)).getPubKeyHash());
        assertThat(chain.state.importKeyring("test").orElseThrow().addresses()).contains(child);
    }

    @Test
    void aReimportKeepsTheFirstImportsHeightsAndImportsInOneBlockAllApply() {
        chain.mine();
        chain.revealNamespace("test", TestChain.CHEAP, creator, revealer);
        Actor owner = chain.actor("owner");
        Actor other = chain.actor("other owner");
        BlockResult first = accept(chain.mine(revealer.spend(f -> builder.nameImport(f, "alice.test", owner.address(),
                ZONEFILE_HASH))));
        BlockResult twice = accept(chain.mine(
                revealer.spend(f -> builder.nameImport(f, "alice.test", other.address(), ZONEFILE_HASH)),
                revealer.spend(f -> builder.nameImport(f, "alice.test", owner.address(), ZONEFILE_HASH))));
        assertThat(twice.accepted()).hasSize(2);
        NameRecord alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.sender()).isEqualTo(owner.script());
        assertThat(alice.firstRegistered()).isEqualTo(first.height());
        assertThat(alice.vtxindex()).isEqualTo(twice.accepted().get(1).vtxindex());
        // only the first import created the name: its row alone names a creator (name DIDs count those)
        assertThat(chain.state.history("alice.test")).extracting(HistoryEntry::creatorAddress)
                .containsExactly(owner.address(), null, null);
    }

    @Test
    void anImportNeedsAPublicKeyInTheTransaction() {
        chain.mine();
        chain.revealNamespace("test", TestChain.CHEAP, creator, revealer);
        Actor owner = chain.actor("owner");
        BnsTransactionBuilder.Built built = revealer.spend(f -> builder.nameImport(f, "alice.test", owner.address(),
                ZONEFILE_HASH));
        // the same outputs and outpoint, with a scriptSig that is not <sig> <pubkey>
        Transaction copy = new Transaction();
        built.transaction().getOutputs().forEach(o -> copy.addOutput(o.getValue(), o.getScriptPubKey()));
        copy.addInput(built.transaction().getInput(0).withScriptBytes(new byte[] {0x51}));
        rejected(chain.mineTransactions(List.of(copy)), RejectReason.NO_SENDER_PUBKEY);
    }
}
