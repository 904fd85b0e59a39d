package org.blockstack.functions.infra.aws.dynamodb.bns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.ImportKeyring;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateChange;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.DynaliteTables;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


/** Core state values written through the change log and read back through the rules' view, against dynalite. */
class DynamoBnsStateTest {
    @RegisterExtension
    static final DynaliteTables DB = new DynaliteTables("bns-state-test-");
    private static final TableNames TABLES = DB.names();


    static NameRecord name(String fqn, String ownerScript, String preorderHash) {
        return NameRecord.builder().name(fqn).namespaceId(fqn.substring(fqn.indexOf('.') + 1))
                .valueHash("11".repeat(20)).sender(ownerScript).senderPubkey(null).address("mOwner")
                .blockNumber(10).preorderBlockNumber(10).firstRegistered(12).lastRenewed(12).revoked(false)
                .op(":").txid("aa".repeat(32)).vtxindex(3).opFee(6400.5).tokenFee(new BigInteger("123456789012345678901"))
                .preorderHash(preorderHash).namespaceBlockNumber(5).lastCreationOp("?").build();
    }

    static NamespaceRecord namespace(String id) {
        return new NamespaceRecord(id, "22".repeat(20), 1, "76a914" + "33".repeat(20) + "88ac", null, "mRevealer",
                "76a914" + "44".repeat(20) + "88ac", "mRecipient", 5, 6, 7, NamespaceRecord.READY, "bb".repeat(32), 1,
                NamespaceRecord.LIFETIME_INFINITE, 4, 4, List.of(6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 10, 10,
                4_000_000_000L, 0);
    }

    private static void apply(int height, List<StateChange> changes) {
        ChangeLog log = new ChangeLog(DB.enhanced(), DB.client(), TABLES, ChangeLog.WriteHook.NONE);
        List<ItemChange> items = changes.stream().map(BnsItems::itemChange).toList();
        log.record(height, items, List.of());
        log.apply(height, items);
    }

    private static StateChange created(StateValue value) {
        return new StateChange(value.key(), Optional.empty(), Optional.of(value));
    }

    @Test
    void everyValueRoundTripsAndEveryIndexAnswers() {
        String owner = "76a914" + "55".repeat(20) + "88ac";
        NameRecord alice = name("alice.test", owner, "66".repeat(20));
        NameRecord bob = name("bob.test", owner, null);
        NamespaceRecord test = namespace("test");
        PreorderRecord preorder = new PreorderRecord("?", "77".repeat(20), "88".repeat(16), owner, "02" + "99".repeat(32),
                "mOwner", 9, "cc".repeat(32), 2, 5500, "mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8", 0, "BTC");
        ImportKeyring keyring = new ImportKeyring("test", "02" + "ab".repeat(32), List.of("mA", "mB"));
        HistoryEntry history = new HistoryEntry("alice.test", 12, 3, "aa".repeat(32), "NAME_REGISTRATION", alice);
        apply(12, List.of(created(alice), created(bob), created(test), created(preorder), created(keyring),
                created(history)));

        DynamoBnsState state = new DynamoBnsState(DB.enhanced(), TABLES);
        assertThat(state.name("alice.test")).contains(alice);
        assertThat(state.namespace("test")).contains(test);
        assertThat(state.preorder("77".repeat(20))).contains(preorder);
        assertThat(state.importKeyring("test")).contains(keyring);
        assertThat(state.namesOwnedBy(owner)).containsExactlyInAnyOrder(alice, bob);
        assertThat(state.namesByHash128(bob.nameHash128())).containsExactly(bob);
        assertThat(state.namesByPreorderHash("66".repeat(20))).containsExactly(alice);
        assertThat(state.namespacesByPreorderHash("22".repeat(20))).containsExactly(test);
        assertThat(BnsItems.value(HistoryItem.TABLE, BnsItems.image(history))).contains(history);
        assertThat(state.name("carol.test")).isEmpty();
    }

    @Test
    void undoRestoresTheExactPreviousState() {
        NameRecord before = name("dave.test", "76a914" + "01".repeat(20) + "88ac", null);
        apply(20, List.of(created(before)));
        NameRecord after = before.toBuilder().valueHash(null).revoked(true).op("~").build();
        ChangeLog log = new ChangeLog(DB.enhanced(), DB.client(), TABLES, ChangeLog.WriteHook.NONE);
        List<ItemChange> changes = List.of(BnsItems.itemChange(
                new StateChange(before.key(), Optional.of(before), Optional.of(after))));
        log.record(21, changes, List.of());
        log.apply(21, changes);
        DynamoBnsState state = new DynamoBnsState(DB.enhanced(), TABLES);
        assertThat(state.name("dave.test")).contains(after);
        log.undo(21, log.changes(21));
        assertThat(state.name("dave.test")).contains(before);
    }

    @Test
    void consensusHashesComeFromBlockRecords() {
        BlockItem block = new BlockItem();
        block.setHeight(30);
        block.setHash("dd".repeat(32));
        block.setConsensusHash("ee".repeat(16));
        new SyncStateRepository(DB.enhanced(), TABLES).saveBlock(block);
        DynamoBnsState state = new DynamoBnsState(DB.enhanced(), TABLES);
        assertThat(state.consensusHash(30)).contains("ee".repeat(16));
        assertThat(state.consensusHash(31)).isEmpty();
    }
}
