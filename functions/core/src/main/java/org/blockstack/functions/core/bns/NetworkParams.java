package org.blockstack.functions.core.bns;

import static org.blockstack.functions.core.bns.EpochFeature.INT_DIVISION;
import static org.blockstack.functions.core.bns.EpochFeature.MULTISIG;
import static org.blockstack.functions.core.bns.EpochFeature.NAMEOPS_COST_TOKENS;
import static org.blockstack.functions.core.bns.EpochFeature.NAMESPACE_BURN_TO_CREATOR;
import static org.blockstack.functions.core.bns.EpochFeature.NAMESPACE_PAY_WITH_STACKS;
import static org.blockstack.functions.core.bns.EpochFeature.FIX_PREORDER_EXPIRE;
import static org.blockstack.functions.core.bns.EpochFeature.OP_REGISTER_UPDATE;
import static org.blockstack.functions.core.bns.EpochFeature.OP_RENEW_TRANSFER_UPDATE;
import static org.blockstack.functions.core.bns.EpochFeature.SEGWIT;
import static org.blockstack.functions.core.bns.EpochFeature.STACKS_BUY_NAMESPACES;
import static org.blockstack.functions.core.bns.EpochFeature.TOKEN_TRANSFER;
import static org.blockstack.functions.core.bns.EpochFeature.TOKEN_TRANSFER_CONSENSUS_HASH_OPTIONAL;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bitcoinj.base.LegacyAddress;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.chain.Network;

/**
 * Everything about BNS that differs between networks or that a test chain wants to change,
 * as data (bns-protocol §12): the first block, the v1 end, the epoch table with every per-epoch
 * parameter, expiries, the namespace prices and the import keyring size.
 *
 * <p>Presets: {@link #mainnet()} (§9, §12.1) and {@link #regtest()} / {@link #testnet()} (the
 * reference's test mode, §12.3, with epochs 1–5 ending at blocks 1–5 so that a chain from its
 * genesis runs under the newest rules — decisions I4-1). {@link #withOverrides(Map)} changes any
 * of them from configuration; {@link #OVERRIDES} lists the variable names.
 */
public final class NetworkParams {
    /** A consensus hash stays valid for this many blocks (virtualchain's transaction window). */
    public static final int CONSENSUS_WINDOW = 24;
    /** An owner script holds at most this many live names. */
    public static final int MAX_NAMES_PER_OWNER = 25;
    public static final String GENESIS_CONSENSUS_HASH = "17ac43c1d8549c3181b200f1bf97eb7d";
    public static final int BLOCKS_PER_YEAR = 52595;
    public static final int BLOCKS_PER_DAY = 144;
    /** Mainnet's first height at which no operation is accepted (the v1→v2 export height). */
    public static final int MAINNET_V1_END_BLOCK = 665_750;

    /** Every configuration variable {@link #withOverrides(Map)} understands; {@code n} is an epoch number. */
    public static final List<String> OVERRIDES = List.of(
            "BNS_FIRST_BLOCK", "BNS_V1_END_BLOCK", "BNS_MAGIC_BYTES",
            "BNS_EPOCH_n_END_BLOCK (n = 1..5)", "BNS_EPOCH_n_PRICE_MULTIPLIER", "BNS_EPOCH_n_PRICE_DIVISOR",
            "BNS_EPOCH_n_PRICE_DIVISOR_STACKS", "BNS_EPOCH_n_LIFETIME_MULTIPLIER", "BNS_EPOCH_n_GRACE_PERIOD",
            "BNS_EPOCH_n_RECEIVE_FEES_PERIOD", "BNS_EPOCH_n_NAMESPACE_PRICES",
            "BNS_NAME_PREORDER_EXPIRE", "BNS_NAMESPACE_PREORDER_EXPIRE", "BNS_NAMESPACE_REVEAL_EXPIRE",
            "BNS_IMPORT_KEYRING_SIZE", "BNS_ANNOUNCERS");

    private static final double SATOSHIS_PER_BTC = 1e8;
    private static final double MICROSTACKS_PER_STACKS = 1e6;
    private static final double STACKS_PRICE_USD = 0.15;
    private static final Pattern EPOCH_KEY = Pattern.compile("BNS_EPOCH_(\\d+)_([A-Z_]+)");

    private final Network network;
    private final String magicBytes;
    private final int firstBlock;
    private final int v1EndBlock;
    private final List<Epoch> epochs;
    private final int namePreorderExpire;
    private final int namespacePreorderExpire;
    private final int namespaceRevealExpire;
    private final int importKeyringSize;
    private final Set<String> announcers;
    private final String burnAddress;

    private NetworkParams(Network network, String magicBytes, int firstBlock, int v1EndBlock, List<Epoch> epochs,
            int namePreorderExpire, int namespacePreorderExpire, int namespaceRevealExpire, int importKeyringSize,
            Set<String> announcers) {
        this.network = network;
        this.magicBytes = magicBytes;
        this.firstBlock = firstBlock;
        this.v1EndBlock = v1EndBlock;
        this.epochs = List.copyOf(epochs);
        this.namePreorderExpire = namePreorderExpire;
        this.namespacePreorderExpire = namespacePreorderExpire;
        this.namespaceRevealExpire = namespaceRevealExpire;
        this.importKeyringSize = importKeyringSize;
        this.announcers = Set.copyOf(announcers);
        this.burnAddress = LegacyAddress.fromPubKeyHash(network.bitcoinNetwork(), new byte[20]).toString();
        validate();
    }

    /** Bitcoin mainnet as the reference ran it (bns-protocol §9, §12.1). */
    public static NetworkParams mainnet() {
        return new NetworkParams(Network.MAINNET, "id", 373_601, MAINNET_V1_END_BLOCK,
                defaultEpochs(new int[] {436_650, 488_500, 547_921, 599_866, 613_249}, 400 * SATOSHIS_PER_BTC),
                BLOCKS_PER_DAY, BLOCKS_PER_DAY, BLOCKS_PER_YEAR, 300,
                Set.of("judecn.id", "muneeb.id", "shea256.id"));
    }

    /**
     * A regtest chain from its genesis: the reference's test mode (41 BTC one-letter namespaces,
     * a 5-key import keyring, namespace reveals lapse after 144 blocks) with epochs 1–5 ending at
     * blocks 1–5, so every block from 6 on follows the newest (epoch 6) rules.
     */
    public static NetworkParams regtest() {
        return testMode(Network.REGTEST);
    }

    /** Bitcoin testnet: the same rules as {@link #regtest()}, with testnet's address encoding. */
    public static NetworkParams testnet() {
        return testMode(Network.TESTNET);
    }

    public static NetworkParams forNetwork(Network network) {
        return switch (network) {
            case MAINNET -> mainnet();
            case TESTNET -> testnet();
            case REGTEST -> regtest();
        };
    }

    private static NetworkParams testMode(Network network) {
        return new NetworkParams(network, "id", network.defaultFirstBlock(), MAINNET_V1_END_BLOCK,
                defaultEpochs(new int[] {1, 2, 3, 4, 5}, 41 * SATOSHIS_PER_BTC),
                BLOCKS_PER_DAY, BLOCKS_PER_DAY, BLOCKS_PER_DAY, 5,
                Set.of("judecn.id", "muneeb.id", "shea256.id"));
    }

    /** The reference's epoch table ({@code config.py} of v22.2.0.0) with the given end heights. */
    private static List<Epoch> defaultEpochs(int[] ends, double oneCharacterNamespacePrice) {
        NamespacePrices btc = new NamespacePrices(NamespacePrices.Units.BTC, List.of(oneCharacterNamespacePrice,
                40.0 * SATOSHIS_PER_BTC, 4.0 * SATOSHIS_PER_BTC, 0.4 * SATOSHIS_PER_BTC));
        NamespacePrices stx = new NamespacePrices(NamespacePrices.Units.STACKS, List.of(
                stacksPrice(96000.0), stacksPrice(9600.0), stacksPrice(960.0), stacksPrice(96.0)));
        Set<EpochFeature> epoch2 = EnumSet.of(MULTISIG);
        Set<EpochFeature> epoch3 = EnumSet.of(MULTISIG, SEGWIT, OP_REGISTER_UPDATE, OP_RENEW_TRANSFER_UPDATE,
                NAMESPACE_BURN_TO_CREATOR);
        Set<EpochFeature> epoch4 = EnumSet.copyOf(epoch3);
        epoch4.addAll(EnumSet.of(NAMESPACE_PAY_WITH_STACKS, STACKS_BUY_NAMESPACES, FIX_PREORDER_EXPIRE,
                NAMEOPS_COST_TOKENS, TOKEN_TRANSFER, INT_DIVISION));
        Set<EpochFeature> epoch5 = EnumSet.copyOf(epoch4);
        epoch5.add(TOKEN_TRANSFER_CONSENSUS_HASH_OPTIONAL);
        return List.of(
                new Epoch(1, ends[0], Set.of(), 1.0, 1, 1, 1, 0, 0, btc),
                new Epoch(2, ends[1], epoch2, 1.0, 1, 1, 2, 0, 0, btc),
                new Epoch(3, ends[2], epoch3, 0.1, 1, 1, 2, 5000, BLOCKS_PER_YEAR, btc.dividedBy(10)),
                new Epoch(4, ends[3], epoch4, 1.0, 10, 1, 2, 5000, BLOCKS_PER_YEAR, stx),
                new Epoch(5, ends[4], epoch5, 1.0, 10, 1, 2, 5000, BLOCKS_PER_YEAR, stx),
                new Epoch(6, Epoch.OPEN, epoch5, 1.0, 10, 1, 2, 5000, BLOCKS_PER_YEAR, stx));
    }

    /** {@code int(usd * 10^6 / 0.15)}, the reference's micro-STX namespace prices. */
    private static double stacksPrice(double usd) {
        return (long) ((usd * MICROSTACKS_PER_STACKS) / STACKS_PRICE_USD);
    }

    /**
     * These parameters with configuration applied. Keys are environment-variable names
     * ({@link #OVERRIDES}); {@code BNS_NETWORK} is accepted and ignored (it selects the preset).
     *
     * @throws IllegalArgumentException naming the variable, when a name is unknown or a value is
     *                                  not what that variable takes, or the epochs end out of order
     */
    public NetworkParams withOverrides(Map<String, String> overrides) {
        Network net = network;
        String magic = magicBytes;
        int first = firstBlock;
        int v1End = v1EndBlock;
        List<Epoch> newEpochs = new ArrayList<>(epochs);
        int namePreorder = namePreorderExpire;
        int namespacePreorder = namespacePreorderExpire;
        int reveal = namespaceRevealExpire;
        int keyring = importKeyringSize;
        Set<String> announcerNames = announcers;
        for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue() == null ? "" : entry.getValue().trim();
            switch (key) {
                case "BNS_NETWORK" -> { }
                case "BNS_FIRST_BLOCK" -> first = wholeNumber(key, value);
                case "BNS_V1_END_BLOCK" -> v1End = wholeNumber(key, value);
                case "BNS_MAGIC_BYTES" -> magic = magicBytes(key, value);
                case "BNS_NAME_PREORDER_EXPIRE" -> namePreorder = wholeNumber(key, value);
                case "BNS_NAMESPACE_PREORDER_EXPIRE" -> namespacePreorder = wholeNumber(key, value);
                case "BNS_NAMESPACE_REVEAL_EXPIRE" -> reveal = wholeNumber(key, value);
                case "BNS_IMPORT_KEYRING_SIZE" -> keyring = wholeNumber(key, value);
                case "BNS_ANNOUNCERS" -> announcerNames = announcers(key, value);
                default -> applyEpochOverride(newEpochs, key, value);
            }
        }
        return new NetworkParams(net, magic, first, v1End, newEpochs, namePreorder, namespacePreorder, reveal,
                keyring, announcerNames);
    }

    private static void applyEpochOverride(List<Epoch> epochs, String key, String value) {
        Matcher matcher = EPOCH_KEY.matcher(key);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("unknown BNS setting " + key + ": expected one of " + OVERRIDES);
        }
        int number = Integer.parseInt(matcher.group(1));
        if (number < 1 || number > epochs.size()) {
            throw new IllegalArgumentException(key + ": there is no epoch " + number + " (epochs are 1-"
                    + epochs.size() + ")");
        }
        Epoch epoch = epochs.get(number - 1);
        UnaryOperator<Epoch> change = switch (matcher.group(2)) {
            case "END_BLOCK" -> {
                if (number == epochs.size()) {
                    throw new IllegalArgumentException(key + ": the last epoch never ends");
                }
                int end = wholeNumber(key, value);
                yield e -> e.withEndBlock(end);
            }
            case "PRICE_MULTIPLIER" -> {
                if (epoch.integerPrices()) {
                    throw new IllegalArgumentException(key + ": epoch " + number
                            + " uses integer prices; set BNS_EPOCH_" + number + "_PRICE_DIVISOR instead");
                }
                double multiplier = decimal(key, value);
                yield e -> e.withPriceMultiplier(multiplier);
            }
            case "PRICE_DIVISOR" -> {
                if (!epoch.integerPrices()) {
                    throw new IllegalArgumentException(key + ": epoch " + number
                            + " uses float prices; set BNS_EPOCH_" + number + "_PRICE_MULTIPLIER instead");
                }
                long divisor = positive(key, value);
                yield e -> e.withPriceDivisor(divisor);
            }
            case "PRICE_DIVISOR_STACKS" -> {
                long divisor = positive(key, value);
                yield e -> new Epoch(e.number(), e.endBlock(), e.features(), e.priceMultiplier(), e.priceDivisor(),
                        divisor, e.lifetimeMultiplier(), e.gracePeriod(), e.receiveFeesPeriod(), e.namespacePrices());
            }
            case "LIFETIME_MULTIPLIER" -> {
                int multiplier = wholeNumber(key, value);
                yield e -> e.withLifetimeMultiplier(multiplier);
            }
            case "GRACE_PERIOD" -> {
                int grace = wholeNumber(key, value);
                yield e -> e.withGracePeriod(grace);
            }
            case "RECEIVE_FEES_PERIOD" -> {
                int period = wholeNumber(key, value);
                yield e -> e.withReceiveFeesPeriod(period);
            }
            case "NAMESPACE_PRICES" -> {
                NamespacePrices prices = namespacePrices(key, value, epoch.namespacePrices().units());
                yield e -> e.withNamespacePrices(prices);
            }
            default -> throw new IllegalArgumentException("unknown BNS setting " + key + ": expected one of "
                    + OVERRIDES);
        };
        epochs.set(number - 1, change.apply(epoch));
    }

    private static int wholeNumber(String key, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + "=" + value + ": expected a whole number (0 or more)");
    }

    private static long positive(String key, String value) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + "=" + value + ": expected a positive whole number");
    }

    private static double decimal(String key, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= 0 && !Double.isInfinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + "=" + value + ": expected a non-negative decimal number");
    }

    private static String magicBytes(String key, String value) {
        if (value.length() != 2 || !StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException(key + "=" + value + ": expected exactly 2 ASCII characters");
        }
        return value;
    }

    private static Set<String> announcers(String key, String value) {
        List<String> names = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String name : names) {
            if (!NameSyntax.isValidName(name)) {
                throw new IllegalArgumentException(key + ": '" + name + "' is not a BNS name (expected e.g. muneeb.id)");
            }
        }
        return Set.copyOf(names);
    }

    private static NamespacePrices namespacePrices(String key, String value, NamespacePrices.Units units) {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException(key + "=" + value
                    + ": expected 4 comma-separated prices for ids of 1, 2-3, 4-7 and 8-19 characters, in "
                    + (units == NamespacePrices.Units.BTC ? "satoshis" : "micro-STX"));
        }
        List<Double> tiers = new ArrayList<>();
        for (String part : parts) {
            tiers.add(decimal(key, part.trim()));
        }
        return new NamespacePrices(units, tiers);
    }

    private void validate() {
        for (int i = 0; i + 1 < epochs.size(); i++) {
            if (epochs.get(i).endBlock() >= epochs.get(i + 1).endBlock()) {
                throw new IllegalArgumentException("epoch " + (i + 1) + " ends at " + epochs.get(i).endBlock()
                        + " but epoch " + (i + 2) + " ends at " + epochs.get(i + 1).endBlock()
                        + ": epoch end blocks must increase");
            }
        }
        if (epochs.get(epochs.size() - 1).endBlock() != Epoch.OPEN) {
            throw new IllegalArgumentException("the last epoch must be open-ended");
        }
    }

    public Network network() {
        return network;
    }

    /** The two bytes every BNS {@code OP_RETURN} payload starts with ({@code id}). */
    public String magicBytes() {
        return magicBytes;
    }

    /** The first block processed; consensus hashes mix in earlier ones only from here on. */
    public int firstBlock() {
        return firstBlock;
    }

    /** The first height at which no operation is accepted any more (bns-protocol §2.5). */
    public int v1EndBlock() {
        return v1EndBlock;
    }

    public List<Epoch> epochs() {
        return epochs;
    }

    /** The epoch a height belongs to; heights before the first epoch's end are in epoch 1. */
    public Epoch epochAt(int height) {
        for (Epoch epoch : epochs) {
            if (height <= epoch.endBlock()) {
                return epoch;
            }
        }
        return epochs.get(epochs.size() - 1);
    }

    public int namePreorderExpire() {
        return namePreorderExpire;
    }

    /** Kept for completeness: the reference never enforces it (bns-protocol §7.1). */
    public int namespacePreorderExpire() {
        return namespacePreorderExpire;
    }

    /** A revealed namespace that is not ready within this many blocks lapses. */
    public int namespaceRevealExpire() {
        return namespaceRevealExpire;
    }

    /** How many BIP32 children of the reveal key may import names (plus the key itself). */
    public int importKeyringSize() {
        return importKeyringSize;
    }

    /** Names whose owners may send ANNOUNCE (a local setting in the reference, not consensus). */
    public Set<String> announcers() {
        return announcers;
    }

    /** The consensus hash the reference stores for the four blocks before the first one. */
    public String genesisConsensusHash() {
        return GENESIS_CONSENSUS_HASH;
    }

    /** The burn address in this network's encoding: p2pkh of twenty zero bytes. */
    public String burnAddress() {
        return burnAddress;
    }

    public String p2pkhAddress(byte[] hash160) {
        return LegacyAddress.fromPubKeyHash(network.bitcoinNetwork(), hash160).toString();
    }

    public String p2shAddress(byte[] hash160) {
        return LegacyAddress.fromScriptHash(network.bitcoinNetwork(), hash160).toString();
    }
}
