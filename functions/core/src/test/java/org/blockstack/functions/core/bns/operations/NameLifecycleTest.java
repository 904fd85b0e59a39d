package org.blockstack.functions.core.bns.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.blockstack.functions.core.bns.TestChain.accept;
import static org.blockstack.functions.core.bns.TestChain.rejected;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionInput;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.script.Script;
import org.bitcoinj.script.ScriptBuilder;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.bns.BlockResult;
import org.blockstack.functions.core.bns.BnsTransactionBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Built;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.NamespaceRules;
import org.blockstack.functions.core.bns.TestChain;
import org.blockstack.functions.core.bns.TestChain.Actor;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.junit.jupiter.api.Test;

/** NAME_UPDATE, NAME_TRANSFER, NAME_REVOKE, ANNOUNCE, expiry and the end of the v1 chain. */
class NameLifecycleTest {
    private static final String HASH_1 = "1111111111111111111111111111111111111111";
    private static final String HASH_2 = "2222222222222222222222222222222222222222";

    private final TestChain chain = TestChain.regtest();
    private final BnsTransactionBuilder builder = chain.builder;
    private final Actor buyer = chain.actor("buyer");
    private final Actor owner = chain.actor("owner");
    private final Actor other = chain.actor("other");

    private void registerAlice(NamespaceRules rules) {
        chain.readyNamespace("test", rules);
        accept(chain.register(buyer, "alice.test", owner, 20));
    }

    private BlockResult update(Actor who, String fqn, String consensusHash, String valueHash) {
        return chain.mine(who.spend(f -> builder.nameUpdate(f, fqn, consensusHash, valueHash)));
    }

    private BlockResult transfer(Actor who, String fqn, Actor to, boolean keep, String consensusHash) {
        return chain.mine(who.spend(f -> builder.nameTransfer(f, fqn, to.address(), keep, consensusHash)));
    }

    @Test
    void updateSetsTheValueHashAndTransfersHashTheUpdatesConsensusHash() {
        registerAlice(TestChain.CHEAP);
        String updateCh = chain.consensusHash();
        BlockResult updated = accept(update(owner, "alice.test", updateCh, HASH_1));
        NameRecord alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.valueHash()).isEqualTo(HASH_1);
        assertThat(alice.consensusHash()).isEqualTo(updateCh);
        assertThat(updated.accepted().get(0).consensusRecord())
                .endsWith("32:" + BnsHashes.nameConsensusHash("alice.test", updateCh) + ",32:" + updateCh);

        String transferCh = chain.consensusHash();
        BlockResult transferred = accept(transfer(owner, "alice.test", other, true, transferCh));
        alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.sender()).isEqualTo(other.script());
        assertThat(alice.senderPubkey()).isNull();
        assertThat(alice.valueHash()).isEqualTo(HASH_1);
        assertThat(alice.op()).isEqualTo(">>");
        // the quirk: the record hashes the update's consensus hash, not the transfer's own
        assertThat(alice.consensusHash()).isEqualTo(updateCh).isNotEqualTo(transferCh);
        assertThat(transferred.accepted().get(0).consensusRecord()).endsWith(",32:" + updateCh + ",4:True");

        accept(transfer(other, "alice.test", owner, false, chain.consensusHash()));
        alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.valueHash()).isNull();
        assertThat(alice.op()).isEqualTo(">~");
        // the registration created the name for its owner; preorder, update and transfers created nothing
        assertThat(chain.state.history("alice.test")).extracting(HistoryEntry::opcode, HistoryEntry::creatorAddress)
                .containsExactly(tuple("NAME_PREORDER", null), tuple("NAME_REGISTRATION", owner.address()),
                        tuple("NAME_UPDATE", null), tuple("NAME_TRANSFER", null), tuple("NAME_TRANSFER", null));
    }

    @Test
    void aTransferWithoutAnEarlierUpdateHashesItsOwnConsensusHash() {
        registerAlice(TestChain.CHEAP);
        String ch = chain.consensusHash();
        BlockResult transferred = accept(transfer(owner, "alice.test", other, true, ch));
        assertThat(transferred.accepted().get(0).consensusRecord()).endsWith(",32:" + ch + ",4:True");
    }

    @Test
    void aTransferAndAnUpdateByTheNewOwnerInOneBlockBothApply() {
        registerAlice(TestChain.CHEAP);
        String ch = chain.consensusHash();
        BlockResult block = accept(chain.mine(
                owner.spend(f -> builder.nameTransfer(f, "alice.test", other.address(), true, ch)),
                other.spend(f -> builder.nameUpdate(f, "alice.test", ch, HASH_2))));
        assertThat(block.accepted()).hasSize(2);
        assertThat(chain.state.name("alice.test").orElseThrow().valueHash()).isEqualTo(HASH_2);
    }

    @Test
    void updateRejections() {
        registerAlice(TestChain.CHEAP);
        rejected(update(other, "alice.test", chain.consensusHash(), HASH_1), RejectReason.NAME_CONSENSUS_HASH_UNRESOLVED);
        rejected(update(owner, "alice.test", "00000000000000000000000000000000", HASH_1),
                RejectReason.NAME_CONSENSUS_HASH_UNRESOLVED);
        // a name registered in the block is not visible to later operations of the same block
        accept(chain.mine(buyer.spend(f -> builder.namePreorder(f, "bob.test", owner.address(), chain.consensusHash(),
                20, chain.params.burnAddress(), null))));
        String ch = chain.consensusHash();
        BlockResult sameBlock = chain.mine(buyer.spend(f -> builder.nameRegistration(f, "bob.test", owner.address(), null)),
                owner.spend(f -> builder.nameUpdate(f, "bob.test", ch, HASH_1)));
        assertThat(sameBlock.rejected()).extracting(r -> r.reason())
                .containsExactly(RejectReason.NAME_CONSENSUS_HASH_UNRESOLVED);
    }

    @Test
    void importedNamesCannotChangeBeforeTheNamespaceIsReady() {
        Actor creator = chain.actor("creator");
        Actor revealer = chain.actor("revealer");
        chain.revealNamespace("test", TestChain.CHEAP, creator, revealer);
        accept(chain.mine(revealer.spend(f -> builder.nameImport(f, "alice.test", owner.address(), HASH_1))));
        rejected(update(owner, "alice.test", chain.consensusHash(), HASH_2), RejectReason.NAMESPACE_NOT_READY);
        rejected(transfer(owner, "alice.test", other, true, chain.consensusHash()), RejectReason.NAMESPACE_NOT_READY);
        rejected(chain.mine(owner.spend(f -> builder.nameRevoke(f, "alice.test"))), RejectReason.NAMESPACE_NOT_READY);
    }

    @Test
    void anOwnerAbove25NamesMayNotUpdate() {
        Actor creator = chain.actor("creator");
        Actor revealer = chain.actor("revealer");
        chain.revealNamespace("test", TestChain.CHEAP, creator, revealer);
        List<Built> imports = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            String fqn = "n" + i + ".test";
            imports.add(revealer.spend(f -> builder.nameImport(f, fqn, owner.address(), HASH_1)));
        }
        accept(chain.mine(imports.toArray(Built[]::new)));
        accept(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))));
        rejected(update(owner, "n0.test", chain.consensusHash(), HASH_2), RejectReason.QUOTA_EXCEEDED);
        // transfers stay possible, and the recipient's quota counts
        accept(transfer(owner, "n0.test", other, true, chain.consensusHash()));
        rejected(transfer(other, "n0.test", owner, true, chain.consensusHash()), RejectReason.QUOTA_EXCEEDED);
    }

    @Test
    void transferRejections() {
        registerAlice(TestChain.CHEAP);
        rejected(transfer(owner, "nobody.test", other, true, chain.consensusHash()), RejectReason.NAME_NOT_FOUND);
        rejected(transfer(owner, "alice.test", other, true, "00000000000000000000000000000000"),
                RejectReason.CONSENSUS_HASH_INVALID);
        rejected(transfer(owner, "alice.test", owner, true, chain.consensusHash()), RejectReason.SENDER_IS_RECIPIENT);
        rejected(transfer(other, "alice.test", buyer, true, chain.consensusHash()), RejectReason.NOT_OWNER);
    }

    @Test
    void epoch1RefusesP2shTransferSenders() {
        TestChain early = TestChain.epoch1();
        Actor creator = early.actor("creator");
        Actor revealer = early.actor("revealer");
        early.revealNamespace("test", TestChain.CHEAP, creator, revealer);
        // imports have no multisig rule: a 1-of-1 multisig p2sh script comes to own the name
        Script redeem = ScriptBuilder.createMultiSigOutputScript(1, List.of(other.key));
        Script p2sh = ScriptBuilder.createP2SHOutputScript(redeem);
        String p2shAddress = early.params.p2shAddress(Hashes.hash160(redeem.program()));
        accept(early.mine(revealer.spend(f -> early.builder.nameImport(f, "alice.test", p2shAddress, HASH_1))));
        accept(early.mine(revealer.spend(f -> early.builder.namespaceReady(f, "test"))));

        Transaction funding = new Transaction();
        funding.addInput(new TransactionInput(funding, new byte[] {7}, new TransactionOutPoint(9,
                Sha256Hash.ZERO_HASH)));
        funding.addOutput(Coin.COIN, p2sh);
        early.transactions.add(funding);
        Transaction transfer = new Transaction();
        byte[] body = NameTransfer.body("alice.test", true, early.consensusHash());
        byte[] payload = new byte[3 + body.length];
        payload[0] = 'i';
        payload[1] = 'd';
        payload[2] = (byte) BnsOpcode.NAME_TRANSFER.code();
        System.arraycopy(body, 0, payload, 3, body.length);
        transfer.addOutput(Coin.ZERO, ScriptBuilder.createOpReturnScript(payload));
        transfer.addOutput(Coin.valueOf(5500), ScriptBuilder.createP2PKHOutputScript(owner.key));
        transfer.addInput(new TransactionInput(transfer, new byte[0], new TransactionOutPoint(0, funding)));
        rejected(early.mineTransactions(List.of(transfer)), RejectReason.MULTISIG_NOT_ALLOWED);
    }

    @Test
    void revokeIsFinal() {
        registerAlice(TestChain.CHEAP);
        accept(update(owner, "alice.test", chain.consensusHash(), HASH_1));
        rejected(chain.mine(other.spend(f -> builder.nameRevoke(f, "alice.test"))), RejectReason.NOT_OWNER);
        BlockResult revoked = accept(chain.mine(owner.spend(f -> builder.nameRevoke(f, "alice.test"))));
        NameRecord alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.revoked()).isTrue();
        assertThat(alice.valueHash()).isNull();
        assertThat(revoked.accepted().get(0).consensusRecord()).contains(",4:True,1:~,");
        rejected(chain.mine(owner.spend(f -> builder.nameRevoke(f, "alice.test"))), RejectReason.NAME_REVOKED);
        rejected(update(owner, "alice.test", chain.consensusHash(), HASH_2), RejectReason.NAME_CONSENSUS_HASH_UNRESOLVED);
        rejected(transfer(owner, "alice.test", other, true, chain.consensusHash()), RejectReason.NAME_NOT_FOUND);
        rejected(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", owner.address(), null, 20,
                chain.params.burnAddress(), 0))), RejectReason.NAME_REVOKED);
        rejected(chain.mine(owner.spend(f -> builder.nameRevoke(f, "nobody.test"))), RejectReason.NAME_NOT_FOUND);
    }

    /**
     * Lifetime 5 (×2 from epoch 2) and a grace period of 3 blocks: registered at r, the name
     * expires at r+10, may only be renewed until r+13, and is free for anyone from r+14.
     */
    @Test
    void expiryGracePeriodAndReRegistration() {
        TestChain shortGrace = TestChain.regtest(Map.of("BNS_EPOCH_6_GRACE_PERIOD","3"));
        shortGrace.readyNamespace("test", new NamespaceRules(5, 1, 2, Collections.nCopies(16, 1), 1, 1, 1));
        Actor payer = shortGrace.actor("payer");
        Actor holder = shortGrace.actor("holder");
        Actor newcomer = shortGrace.actor("newcomer");
        BlockResult registered = accept(shortGrace.register(payer, "alice.test", holder, 20));
        int r = registered.height();
        shortGrace.mineUntil(r + 10);
        rejected(shortGrace.mine(holder.spend(f -> shortGrace.builder.nameUpdate(f, "alice.test",
                shortGrace.consensusHash(), HASH_1))), RejectReason.NAME_IN_GRACE_PERIOD);
        rejected(shortGrace.mine(holder.spend(f -> shortGrace.builder.nameTransfer(f, "alice.test",
                newcomer.address(), true, shortGrace.consensusHash()))), RejectReason.NAME_IN_GRACE_PERIOD);
        rejected(shortGrace.mine(holder.spend(f -> shortGrace.builder.nameRevoke(f, "alice.test"))),
                RejectReason.NAME_IN_GRACE_PERIOD);
        // still registered: nobody else may take it in the grace period
        accept(shortGrace.mine(newcomer.spend(f -> shortGrace.builder.namePreorder(f, "alice.test",
                newcomer.address(), shortGrace.consensusHash(), 20, shortGrace.params.burnAddress(), null))));
        rejected(shortGrace.mine(newcomer.spend(f -> shortGrace.builder.nameRegistration(f, "alice.test",
                newcomer.address(), null))), RejectReason.NAME_TAKEN);
        shortGrace.mineUntil(r + 14);
        rejected(shortGrace.mine(holder.spend(f -> shortGrace.builder.nameRenewal(f, "alice.test", holder.address(),
                null, 20, shortGrace.params.burnAddress(), 0))), RejectReason.NAME_NOT_FOUND);
        BlockResult again = accept(shortGrace.mine(newcomer.spend(f -> shortGrace.builder.nameRegistration(f,
                "alice.test", newcomer.address(), null))));
        NameRecord alice = shortGrace.state.name("alice.test").orElseThrow();
        assertThat(alice.sender()).isEqualTo(newcomer.script());
        assertThat(alice.blockNumber()).isEqualTo(r - 1);
        assertThat(alice.firstRegistered()).isEqualTo(again.height());
    }

    @Test
    void aRevokeMustFindTheNameLiveInItsOwnBlock() {
        TestChain noGrace = TestChain.regtest(Map.of("BNS_EPOCH_6_GRACE_PERIOD","0"));
        noGrace.readyNamespace("test", new NamespaceRules(5, 1, 2, Collections.nCopies(16, 1), 1, 1, 1));
        Actor payer = noGrace.actor("payer");
        Actor holder = noGrace.actor("holder");
        BlockResult registered = accept(noGrace.register(payer, "alice.test", holder, 20));
        noGrace.mineUntil(registered.height() + 11);
        rejected(noGrace.mine(holder.spend(f -> noGrace.builder.nameRevoke(f, "alice.test"))), RejectReason.NAME_EXPIRED);
    }

    @Test
    void announcementsComeFromAnnouncerNamesOnly() {
        TestChain announcing = TestChain.regtest(Map.of("BNS_ANNOUNCERS","alice.test"));
        announcing.readyNamespace("test", TestChain.CHEAP);
        Actor payer = announcing.actor("payer");
        Actor holder = announcing.actor("holder");
        accept(announcing.register(payer, "alice.test", holder, 20));
        BlockResult announced = accept(announcing.mine(holder.spend(f -> announcing.builder.announce(f, HASH_1))));
        assertThat(announced.accepted()).singleElement().satisfies(a -> assertThat(a.consensusRecord()).isNull());
        assertThat(announced.changes()).isEmpty();
        rejected(announcing.mine(payer.spend(f -> announcing.builder.announce(f, HASH_1))), RejectReason.NOT_ANNOUNCER);
    }

    @Test
    void nothingIsAcceptedFromTheEndOfTheV1Chain() {
        TestChain ending = TestChain.regtest(Map.of("BNS_V1_END_BLOCK", "12"));
        ending.readyNamespace("test", TestChain.CHEAP);
        Actor payer = ending.actor("payer");
        ending.mineUntil(12);
        BlockResult late = ending.mine(payer.spend(f -> ending.builder.namePreorder(f, "alice.test", payer.address(),
                ending.consensusHash(), 20, ending.params.burnAddress(), null)));
        rejected(late, RejectReason.V1_CHAIN_ENDED);
        assertThat(late.changes()).isEmpty();
    }
}
