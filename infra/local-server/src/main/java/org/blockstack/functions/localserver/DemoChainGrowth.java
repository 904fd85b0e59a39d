package org.blockstack.functions.localserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.jboss.logging.Logger;

/**
 * Mines an empty block onto the served demo chain at a fixed interval, so the main job shows sync
 * keeping up with a growing chain. The chain is rebuilt at every start; the height reached is kept
 * in a file next to the emulators' data, and a restart mines back up to it first. Empty blocks are
 * deterministic (same parent, coinbase and time give the same hash), so the rebuilt chain is the
 * one the persisted index already holds and sync resumes without a reorg.
 */
final class DemoChainGrowth implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DemoChainGrowth.class);

    private final RegtestChain chain;
    private final Path heightFile;
    private final ScheduledExecutorService timer;

    private DemoChainGrowth(RegtestChain chain, Path heightFile, ScheduledExecutorService timer) {
        this.chain = chain;
        this.heightFile = heightFile;
        this.timer = timer;
    }

    /** Mines {@code chain} back up to the height recorded in {@code heightFile}, if it is higher. */
    static void restore(RegtestChain chain, Path heightFile) {
        int recorded = readHeight(heightFile);
        if (recorded > chain.tipHeight()) {
            LOG.infof("mining the demo chain back up to height %d (recorded in %s)", recorded, heightFile);
            chain.appendEmpty(recorded - chain.tipHeight());
        }
    }

    /** Starts mining one block every {@code interval}; a zero interval mines nothing. */
    static DemoChainGrowth start(RegtestChain chain, Path heightFile, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return new DemoChainGrowth(chain, heightFile, null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-chain-growth");
            thread.setDaemon(true);
            return thread;
        });
        DemoChainGrowth growth = new DemoChainGrowth(chain, heightFile, timer);
        long millis = interval.toMillis();
        timer.scheduleAtFixedRate(growth::mineOne, millis, millis, TimeUnit.MILLISECONDS);
        LOG.infof("the demo chain grows by one block every %s", interval);
        return growth;
    }

    private void mineOne() {
        try {
            chain.appendEmpty(1);
            writeHeight(chain.tipHeight());
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log and keep mining
            LOG.warnf(e, "could not mine a demo block");
        }
    }

    private static int readHeight(Path heightFile) {
        if (!Files.exists(heightFile)) {
            return -1;
        }
        String text;
        try {
            text = Files.readString(heightFile, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo chain height from " + heightFile, e);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the demo chain height file " + heightFile
                    + " should hold a block height, found \"" + text + "\"; delete it to start from the demo chain's tip", e);
        }
    }

    private void writeHeight(int height) {
        try {
            Files.createDirectories(heightFile.toAbsolutePath().getParent());
            Path temporary = heightFile.resolveSibling(heightFile.getFileName() + ".tmp");
            Files.writeString(temporary, Integer.toString(height), StandardCharsets.US_ASCII);
            // the file is read at the next start: never leave it half written
            Files.move(temporary, heightFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the demo chain height in " + heightFile, e);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
