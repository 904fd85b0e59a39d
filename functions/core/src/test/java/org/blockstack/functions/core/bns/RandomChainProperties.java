package org.blockstack.functions.core.bns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.bns.BnsTransactionBuilder.Built;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.NamespaceRules;
import org.blockstack.functions.core.bns.TestChain.Actor;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.state.InMemoryBnsState;
import org.blockstack.functions.core.bns.state.NameRecord;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random operations by a handful of actors on a handful of names, over many blocks, with the
 * state's invariants checked after every block: one owner per name, revoked names frozen, undo
 * restoring the exact previous state, a block applied twice refused, processing deterministic.
 */
class RandomChainProperties {
    private static final List<String> NAMES = List.of("a.test", "b.test", "c.test", "d.test", "e.test");
    private static final int ACTORS = 4;
    private static final String[] ZONEFILES = {"1111111111111111111111111111111111111111",
            "2222222222222222222222222222222222222222"};

    /** One random intention; most are valid in some state, many fail in the state they meet. */
    record Intent(int kind, int actor, int other, int name, boolean flag) {
    }

    @Provide
    Arbitrary<List<List<Intent>>> blocks() {
        Arbitrary<Intent> intent = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, ACTORS - 1), Arbitraries.integers().between(0, ACTORS - 1),
                Arbitraries.integers().between(0, NAMES.size() - 1), Arbitraries.of(true, false)).as(Intent::new);
        return intent.list().ofMinSize(0).ofMaxSize(5).list().ofMinSize(5).ofMaxSize(18);
    }

    @Property(tries = 25)
    void invariantsHoldAfterEveryBlock(@ForAll("blocks") List<List<Intent>> blocks) {
        TestChain chain = TestChain.regtest();
        // lifetime 8 (×2): names expire within the run and can be registered again
        chain.readyNamespace("test", new NamespaceRules(8, 1, 2, java.util.Collections.nCopies(16, 1), 1, 1, 1));
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            actors.add(chain.actor("random " + i));
        }
        Map<String, NameRecord> revoked = new HashMap<>();
        List<Intent> preorders = new ArrayList<>();
        for (List<Intent> intents : blocks) {
            List<Built> built = new ArrayList<>();
            for (Intent intent : intents) {
                built.add(build(chain, actors, preorders, intent));
            }
            InMemoryBnsState.Snapshot before = chain.state.snapshot();
            int height = chain.nextHeight();
            List<BnsOperation> operations = chain.operations(built.stream().map(Built::transaction).toList());

            BlockResult result = chain.processor.process(chain.state, height, operations);
            assertThat(chain.processor.process(chain.state, height, operations)).as("deterministic").isEqualTo(result);
            assertThat(chain.state.snapshot()).as("processing writes nothing").isEqualTo(before);

            result.applyTo(chain.state);
            InMemoryBnsState.Snapshot after = chain.state.snapshot();
            assertThatThrownBy(() -> result.applyTo(chain.state)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> chain.processor.process(chain.state, height, operations))
                    .isInstanceOf(IllegalStateException.class);
            result.undoFrom(chain.state);
            assertThat(chain.state.snapshot()).as("undo restores block %d's previous state", height).isEqualTo(before);
            result.applyTo(chain.state);
            assertThat(chain.state.snapshot()).as("re-apply after undo").isEqualTo(after);
            advance(chain, result);

            checkOwnership(chain);
            checkRevokedNamesAreFrozen(chain, revoked, height);
        }
    }

    /** Records the block as mined (the test already applied it). */
    private static void advance(TestChain chain, BlockResult result) {
        chain.results.add(result);
        chain.skipTo(result.height() + 1);
    }

    private static void checkOwnership(TestChain chain) {
        for (NameRecord name : chain.state.names()) {
            List<String> owners = new ArrayList<>();
            for (NameRecord candidate : chain.state.names()) {
                if (candidate.name().equals(name.name())) {
                    owners.add(candidate.sender());
                }
            }
            assertThat(owners).as("owners of %s", name.name()).hasSize(1);
            assertThat(chain.state.namesOwnedBy(name.sender())).contains(name);
        }
    }

    private static void checkRevokedNamesAreFrozen(TestChain chain, Map<String, NameRecord> revoked, int height) {
        for (NameRecord name : chain.state.names()) {
            NameRecord frozen = revoked.get(name.name());
            if (frozen != null && name.firstRegistered() == frozen.firstRegistered()) {
                assertThat(name).as("revoked %s at block %d", name.name(), height).isEqualTo(frozen);
            }
            if (name.revoked()) {
                revoked.putIfAbsent(name.name(), name);
            }
        }
    }

    /**
     * Half of the intents act sensibly (register what was preordered, act as the name's current
     * owner); the other half act at random, so rejections of every kind are mixed in.
     */
    private static Built build(TestChain chain, List<Actor> actors, List<Intent> preorders, Intent intent) {
        Actor actor = actors.get(intent.actor());
        Actor other = actors.get(intent.other());
        String name = NAMES.get(intent.name());
        if (intent.flag()) {
            Actor owner = chain.state.name(name).flatMap(record -> actors.stream()
                    .filter(a -> a.script().equals(record.sender())).findFirst()).orElse(actor);
            actor = intent.kind() >= 2 && intent.kind() <= 5 ? owner : actor;
        }
        BnsTransactionBuilder builder = chain.builder;
        String ch = intent.flag() || intent.kind() % 2 == 0 ? chain.consensusHash()
                : HexFormat.of().formatHex(new byte[16]);
        Actor from = actor;
        switch (intent.kind()) {
            case 0 -> {
                preorders.add(intent);
                return from.spend(f -> builder.namePreorder(f, name, other.address(), ch, 20,
                        chain.params.burnAddress(), null));
            }
            case 1 -> {
                if (intent.flag() && !preorders.isEmpty()) {
                    Intent preorder = preorders.remove(intent.name() % preorders.size());
                    Actor buyer = actors.get(preorder.actor());
                    Actor owner = actors.get(preorder.other());
                    return buyer.spend(f -> builder.nameRegistration(f, NAMES.get(preorder.name()), owner.address(),
                            preorder.flag() ? ZONEFILES[0] : null));
                }
                return from.spend(f -> builder.nameRegistration(f, name, other.address(), null));
            }
            case 2 -> {
                return from.spend(f -> builder.nameUpdate(f, name, chain.consensusHash(),
                        ZONEFILES[intent.other() % 2]));
            }
            case 3 -> {
                return from.spend(f -> builder.nameTransfer(f, name, other.address(), intent.other() % 2 == 0, ch));
            }
            case 4 -> {
                return from.spend(f -> builder.nameRenewal(f, name, other.address(), null, 20,
                        chain.params.burnAddress(), 0));
            }
            case 5 -> {
                // revokes are rarer than other operations, so names live long enough to be used
                return intent.other() == 0 ? from.spend(f -> builder.nameRevoke(f, name))
                        : from.spend(f -> builder.nameUpdate(f, name, chain.consensusHash(), ZONEFILES[1]));
            }
            default -> {
                preorders.add(new Intent(0, intent.actor(), intent.actor(), intent.name(), false));
                return from.spend(f -> builder.namePreorder(f, name, from.address(), chain.consensusHash(), 20,
                        chain.params.burnAddress(), null));
            }
        }
    }
}
