package org.blockstack.functions.core.bns.operations;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.blockstack.functions.core.bns.TestChain.accept;
import static org.blockstack.functions.core.bns.TestChain.rejected;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bitcoinj.core.Transaction;
import org.blockstack.functions.core.bns.BlockResult;
import org.blockstack.functions.core.bns.BnsTransactionBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Built;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.NamespaceRules;
import org.blockstack.functions.core.bns.TestChain;
import org.blockstack.functions.core.bns.TestChain.Actor;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.junit.jupiter.api.Test;

/** NAME_PREORDER, NAME_REGISTRATION and NAME_RENEWAL: acceptance and every rejection. */
class NameRegistrationTest {
    private static final String ZONEFILE_HASH = "89abcdef0123456789abcdef0123456789abcdef";
    /** Names cost 100 × 2^4 = 1600 satoshis before the epoch divisor of 10 → 160. */
    private static final NamespaceRules PRICED = new NamespaceRules(1000, 1, 2, Collections.nCopies(16, 4), 1, 1, 1);

    private final TestChain chain = TestChain.regtest();
    private final BnsTransactionBuilder builder = chain.builder;
    private final Actor buyer = chain.actor("buyer");
    private final Actor owner = chain.actor("owner");

    private BlockResult preorder(Actor who, String fqn, Actor future, long fee) {
        return chain.mine(who.spend(f -> builder.namePreorder(f, fqn, future.address(), chain.consensusHash(), fee,
                chain.params.burnAddress(), null)));
    }

    private BlockResult register(Actor who, String fqn, Actor future, String valueHash) {
        return chain.mine(who.spend(f -> builder.nameRegistration(f, fqn, future.address(), valueHash)));
    }

    @Test
    void preorderThenRegisterWithAZoneFileHash() {
        chain.readyNamespace("test", PRICED);
        BlockResult preordered = accept(preorder(buyer, "alice.test", owner, 160));
        PreorderRecord row = (PreorderRecord) preordered.accepted().get(0).record();
        assertThat(row.opFee()).isEqualTo(160);
        assertThat(row.tokenUnits()).isEqualTo("BTC");
        BlockResult registered = accept(register(buyer, "alice.test", owner, ZONEFILE_HASH));
        NameRecord alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.sender()).isEqualTo(owner.script());
        assertThat(alice.address()).isEqualTo(owner.address());
        assertThat(alice.senderPubkey()).isEqualTo(buyer.key.getPublicKeyAsHex());
        assertThat(alice.valueHash()).isEqualTo(ZONEFILE_HASH);
        assertThat(alice.blockNumber()).isEqualTo(preordered.height());
        assertThat(alice.firstRegistered()).isEqualTo(registered.height());
        assertThat(alice.op()).isEqualTo(":");
        assertThat(alice.lastCreationOp()).isEqualTo("?");
        assertThat(chain.state.preorder(row.preorderHash())).isEmpty();
        assertThat(chain.state.history("alice.test")).extracting(h -> h.opcode())
                .containsExactly("NAME_PREORDER", "NAME_REGISTRATION");
    }

    @Test
    void preorderAndRegistrationMayShareABlock() {
        chain.readyNamespace("test", PRICED);
        String ch = chain.consensusHash();
        BlockResult block = accept(chain.mine(
                buyer.spend(f -> builder.namePreorder(f, "alice.test", owner.address(), ch, 160,
                        chain.params.burnAddress(), null)),
                buyer.spend(f -> builder.nameRegistration(f, "alice.test", owner.address(), null))));
        assertThat(block.accepted()).extracting(a -> a.opName()).containsExactly("NAME_PREORDER", "NAME_REGISTRATION");
    }

    @Test
    void preorderRejections() {
        chain.readyNamespace("test", PRICED);
        accept(preorder(buyer, "alice.test", owner, 160));
        rejected(preorder(buyer, "alice.test", owner, 160), RejectReason.PREORDER_EXISTS);
        rejected(chain.mine(buyer.spend(f -> builder.namePreorder(f, "bob.test", owner.address(),
                "ffffffffffffffffffffffffffffffff", 160, chain.params.burnAddress(), null))),
                RejectReason.CONSENSUS_HASH_INVALID);
        rejected(chain.mine(buyer.spend(f -> builder.namePreorder(f, "bob.test", owner.address(),
                chain.consensusHash(), 160, owner.address(), 1000L))), RejectReason.WRONG_FEE_ADDRESS);
        Built wrongToken = buyer.spend(f -> builder.build(f, BnsOpcode.NAME_PREORDER,
                NamePreorder.body(BnsHashes.preorderHash("bob.test",
                        buyer.script(), owner.address()), chain.consensusHash(), 1000L, "BITCOIN"),
                List.of(BnsTransactionBuilder.change(), BnsTransactionBuilder.pay(chain.params.burnAddress(), 160))));
        rejected(chain.mine(wrongToken), RejectReason.TOKEN_TYPE_UNSUPPORTED);
    }

    @Test
    void quotaOf25NamesPerOwner() {
        chain.readyNamespace("test", PRICED);
        List<Built> preorders = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            String fqn = "name" + i + ".test";
            preorders.add(buyer.spend(f -> builder.namePreorder(f, fqn, owner.address(), chain.consensusHash(), 160,
                    chain.params.burnAddress(), null)));
        }
        accept(chain.mine(preorders.toArray(Built[]::new)));
        List<Built> registrations = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            String fqn = "name" + i + ".test";
            registrations.add(buyer.spend(f -> builder.nameRegistration(f, fqn, owner.address(), null)));
        }
        BlockResult block = chain.mine(registrations.toArray(Built[]::new));
        assertThat(block.accepted()).hasSize(25);
        assertThat(block.rejected()).extracting(r -> r.reason()).containsExactly(RejectReason.QUOTA_EXCEEDED);
        rejected(preorder(owner, "more.test", buyer, 160), RejectReason.QUOTA_EXCEEDED);
    }

    @Test
    void registrationRejections() {
        rejected(chain.mine(buyer.spend(f -> builder.nameRegistration(f, "alice.test", owner.address(), null))),
                RejectReason.NAMESPACE_NOT_READY);
        chain.readyNamespace("test", PRICED);
        rejected(register(buyer, "alice.test", owner, null), RejectReason.PREORDER_NOT_FOUND);
        accept(preorder(buyer, "alice.test", owner, 159));
        rejected(register(buyer, "alice.test", owner, null), RejectReason.FEE_TOO_LOW);
        accept(preorder(buyer, "bob.test", owner, 160));
        rejected(register(buyer, "bob.test", buyer, null), RejectReason.PREORDER_NOT_FOUND);
        accept(register(buyer, "bob.test", owner, null));
        Actor other = chain.actor("other");
        accept(preorder(other, "bob.test", other, 160));
        rejected(register(other, "bob.test", other, null), RejectReason.NAME_TAKEN);
        Built wrongBurn = buyer.spend(f -> builder.namePreorder(f, "carol.test", owner.address(), chain.consensusHash(),
                160, other.address(), null));
        accept(chain.mine(wrongBurn));
        rejected(register(buyer, "carol.test", owner, null), RejectReason.WRONG_FEE_ADDRESS);
    }

    @Test
    void preordersExpireAfterADayFromEpoch4() {
        chain.readyNamespace("test", PRICED);
        BlockResult preordered = accept(preorder(buyer, "alice.test", owner, 160));
        chain.mineUntil(preordered.height() + chain.params.namePreorderExpire() + 1);
        rejected(register(buyer, "alice.test", owner, null), RejectReason.PREORDER_EXPIRED);
    }

    @Test
    void preordersOlderThanANameLifetimeAreUnusable() {
        NamespaceRules shortLived = new NamespaceRules(3, 1, 2, Collections.nCopies(16, 4), 1, 1, 1);
        chain.readyNamespace("test", shortLived);
        BlockResult preordered = accept(preorder(buyer, "alice.test", owner, 160));
        chain.mineUntil(preordered.height() + 7);
        assertThat(rejected(register(buyer, "alice.test", owner, null), RejectReason.PREORDER_EXPIRED).detail())
                .contains("older than a name lifetime");
    }

    @Test
    void aPreorderMadeBeforeTheNamespaceWasReadyCannotRegister() {
        Actor creator = chain.actor("creator");
        Actor revealer = chain.actor("revealer");
        chain.revealNamespace("test", PRICED, creator, revealer);
        accept(preorder(buyer, "alice.test", owner, 160));
        accept(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))));
        rejected(register(buyer, "alice.test", owner, null), RejectReason.PREORDERED_BEFORE_READY);
    }

    @Test
    void twoValidRegistrationsOfANameInOneBlockBothFail() {
        chain.readyNamespace("test", PRICED);
        Actor rival = chain.actor("rival");
        accept(chain.mine(
                buyer.spend(f -> builder.namePreorder(f, "alice.test", owner.address(), chain.consensusHash(), 160,
                        chain.params.burnAddress(), null)),
                rival.spend(f -> builder.namePreorder(f, "alice.test", rival.address(), chain.consensusHash(), 160,
                        chain.params.burnAddress(), null))));
        BlockResult both = chain.mine(
                buyer.spend(f -> builder.nameRegistration(f, "alice.test", owner.address(), null)),
                rival.spend(f -> builder.nameRegistration(f, "alice.test", rival.address(), null)));
        assertThat(both.rejected()).extracting(r -> r.reason()).containsExactly(RejectReason.COLLISION,
                RejectReason.COLLISION);
        assertThat(chain.state.name("alice.test")).isEmpty();
    }

    @Test
    void aRegistrationThatBecomesValidInItsBlockLosesToAnEarlierOne() {
        chain.readyNamespace("test", PRICED);
        Actor rival = chain.actor("rival");
        accept(preorder(buyer, "alice.test", owner, 160));
        String ch = chain.consensusHash();
        BlockResult block = chain.mine(
                buyer.spend(f -> builder.nameRegistration(f, "alice.test", owner.address(), null)),
                rival.spend(f -> builder.namePreorder(f, "alice.test", rival.address(), ch, 160,
                        chain.params.burnAddress(), null)),
                rival.spend(f -> builder.nameRegistration(f, "alice.test", rival.address(), null)));
        assertThat(block.accepted()).extracting(a -> a.opName()).containsExactly("NAME_REGISTRATION", "NAME_PREORDER");
        // the name registered in this block is not yet visible at H: the later one fails as a collision
        assertThat(block.rejected()).extracting(r -> r.reason()).containsExactly(RejectReason.COLLISION);
    }

    @Test
    void renewalExtendsAndMayChangeOwnerAndValueHash() {
        chain.readyNamespace("test", PRICED);
        accept(chain.register(buyer, "alice.test", owner, 160));
        Actor next = chain.actor("next owner");
        BlockResult renewed = accept(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", next.address(),
                ZONEFILE_HASH, 160, chain.params.burnAddress(), 0))));
        NameRecord alice = chain.state.name("alice.test").orElseThrow();
        assertThat(alice.op()).isEqualTo("::");
        assertThat(alice.lastRenewed()).isEqualTo(renewed.height());
        assertThat(alice.sender()).isEqualTo(next.script());
        assertThat(alice.valueHash()).isEqualTo(ZONEFILE_HASH);
        assertThat(alice.senderPubkey()).isEqualTo(buyer.key.getPublicKeyAsHex());
    }

    @Test
    void renewalRejections() {
        chain.readyNamespace("test", PRICED);
        rejected(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", owner.address(), null, 160,
                chain.params.burnAddress(), 0))), RejectReason.NAME_NOT_FOUND);
        accept(chain.register(buyer, "alice.test", owner, 160));
        rejected(chain.mine(buyer.spend(f -> builder.nameRenewal(f, "alice.test", buyer.address(), null, 160,
                chain.params.burnAddress(), 0))), RejectReason.NOT_OWNER);
        rejected(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", owner.address(), null, 159,
                chain.params.burnAddress(), 0))), RejectReason.FEE_TOO_LOW);
        rejected(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", owner.address(), null, 160,
                owner.address(), 0))), RejectReason.WRONG_FEE_ADDRESS);
        // paying in STX instead: 160 satoshis are 6933 micro-STX
        rejected(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", owner.address(), ZONEFILE_HASH, 0,
                chain.params.burnAddress(), 6932))), RejectReason.FEE_TOO_LOW);
        BlockResult stacks = accept(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", owner.address(),
                ZONEFILE_HASH, 0, chain.params.burnAddress(), 6933))));
        assertThat(((NameRecord) stacks.accepted().get(0).record()).tokenFee()).hasToString("6933");
    }

    @Test
    void beforeEpoch3ARenewalKeepsItsOwnerAndPaysFloatPrices() {
        TestChain early = TestChain.epoch1();
        early.readyNamespace("test", PRICED);
        Actor payer = early.actor("payer");
        Actor holder = early.actor("holder");
        accept(early.register(payer, "alice.test", holder, 1600));
        rejected(early.mine(holder.spend(f -> early.builder.nameRenewal(f, "alice.test", payer.address(), null, 1600,
                early.params.burnAddress(), 0))), RejectReason.RENEWAL_RECIPIENT_MISMATCH);
        accept(early.mine(holder.spend(f -> early.builder.nameRenewal(f, "alice.test", holder.address(), null, 1600,
                early.params.burnAddress(), 0))));
    }

    @Test
    void payToCreatorNamespacesCollectFeesForAYear() {
        NamespaceRules payToCreator = new NamespaceRules(1000, 1, 2, Collections.nCopies(16, 4), 1, 1, 2);
        Actor creator = chain.actor("creator");
        Actor revealer = chain.actor("revealer");
        chain.revealNamespace("test", payToCreator, creator, revealer);
        accept(chain.mine(revealer.spend(f -> builder.namespaceReady(f, "test"))));
        accept(chain.mine(buyer.spend(f -> builder.namePreorder(f, "alice.test", owner.address(),
                chain.consensusHash(), 160, creator.address(), null))));
        accept(register(buyer, "alice.test", owner, null));
        accept(preorder(buyer, "bob.test", owner, 160));
        rejected(register(buyer, "bob.test", owner, null), RejectReason.WRONG_FEE_ADDRESS);
        accept(chain.mine(buyer.spend(f -> builder.namePreorder(f, "carol.test", owner.address(),
                chain.consensusHash(), 160, chain.params.burnAddress(), 7000L))));
        rejected(register(buyer, "carol.test", owner, null), RejectReason.WRONG_FEE_ADDRESS);
        // a renewal paying STX while the creator collects fees
        rejected(chain.mine(owner.spend(f -> builder.nameRenewal(f, "alice.test", owner.address(), ZONEFILE_HASH, 160,
                creator.address(), 7000))), RejectReason.STACKS_NOT_ALLOWED);
    }

    @Test
    void namesArePaidInStxThroughTheirPreorder() {
        chain.readyNamespace("test", PRICED);
        accept(chain.mine(buyer.spend(f -> builder.namePreorder(f, "alice.test", owner.address(),
                chain.consensusHash(), 5500, chain.params.burnAddress(), 6933L))));
        BlockResult registered = accept(register(buyer, "alice.test", owner, null));
        assertThat(((NameRecord) registered.accepted().get(0).record()).tokenFee()).hasToString("6933");
        accept(chain.mine(buyer.spend(f -> builder.namePreorder(f, "bob.test", owner.address(),
                chain.consensusHash(), 5500, chain.params.burnAddress(), 6932L))));
        rejected(register(buyer, "bob.test", owner, null), RejectReason.FEE_TOO_LOW);
    }

    @Test
    void epoch1RefusesP2shRegisterAddresses() {
        TestChain early = TestChain.epoch1();
        early.readyNamespace("test", PRICED);
        Actor payer = early.actor("payer");
        String p2sh = early.params.p2shAddress(new byte[20]);
        accept(early.mine(payer.spend(f -> early.builder.namePreorder(f, "alice.test", p2sh, early.consensusHash(),
                1600, early.params.burnAddress(), null))));
        rejected(early.mine(payer.spend(f -> early.builder.nameRegistration(f, "alice.test", p2sh, null))),
                RejectReason.MULTISIG_NOT_ALLOWED);
    }

    @Test
    void aRevokedNameCannotBeRegisteredAgain() {
        chain.readyNamespace("test", PRICED);
        accept(chain.register(buyer, "alice.test", owner, 160));
        accept(chain.mine(owner.spend(f -> builder.nameRevoke(f, "alice.test"))));
        accept(preorder(buyer, "alice.test", buyer, 160));
        rejected(register(buyer, "alice.test", buyer, null), RejectReason.NAME_REVOKED);
    }

    @Test
    void aRegistrationOnlyPaysNoStxInItsBody() {
        chain.readyNamespace("test", PRICED);
        accept(preorder(buyer, "alice.test", owner, 160));
        Built formC = buyer.spend(f -> builder.build(f, BnsOpcode.NAME_REGISTRATION,
                NameRegistration.body("alice.test", ZONEFILE_HASH, 5L),
                List.of(BnsTransactionBuilder.pay(owner.address(), 5500), BnsTransactionBuilder.change())));
        BlockResult block = chain.mineTransactions(List.<Transaction>of(formC.transaction()));
        assertThat(block.accepted()).isEmpty();
        assertThat(block.rejected()).isEmpty();
    }
}
