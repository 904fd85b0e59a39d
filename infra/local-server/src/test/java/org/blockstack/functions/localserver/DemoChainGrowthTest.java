package org.blockstack.functions.localserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoChainGrowthTest {
    @TempDir
    Path dataDir;

    @Test
    void growsAndARestartMinesBackToTheSameChain() throws Exception {
        RegtestChain chain = RegtestChain.fromGenesis();
        chain.appendEmpty(3);
        Path heightFile = dataDir.resolve("demo-chain-height");
        try (DemoChainGrowth growth = DemoChainGrowth.start(chain, heightFile, Duration.ofMillis(20))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (recordedHeight(heightFile) < 6 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        int recorded = recordedHeight(heightFile);
        assertThat(recorded).isGreaterThanOrEqualTo(6);

        RegtestChain rebuilt = RegtestChain.fromGenesis();
        rebuilt.appendEmpty(3);
        DemoChainGrowth.restore(rebuilt, heightFile);

        assertThat(rebuilt.tipHeight()).isEqualTo(recorded);
        assertThat(rebuilt.tip().getHash()).isEqualTo(chain.blockAt(recorded).orElseThrow().getHash());
    }

    @Test
    void aZeroIntervalMinesNothingAndNoRecordKeepsTheChain() {
        RegtestChain chain = RegtestChain.fromGenesis();
        chain.appendEmpty(2);
        Path heightFile = dataDir.resolve("demo-chain-height");
        DemoChainGrowth.start(chain, heightFile, Duration.ZERO).close();
        DemoChainGrowth.restore(chain, heightFile);

        assertThat(chain.tipHeight()).isEqualTo(2);
        assertThat(heightFile).doesNotExist();
    }

    @Test
    void aGarbledHeightFileIsNamedInTheError() throws Exception {
        Path heightFile = Files.writeString(dataDir.resolve("demo-chain-height"), "tall");

        assertThatThrownBy(() -> DemoChainGrowth.restore(RegtestChain.fromGenesis(), heightFile))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(heightFile.toString())
                .hasMessageContaining("\"tall\"");
    }

    private static int recordedHeight(Path heightFile) throws Exception {
        return Files.exists(heightFile) ? Integer.parseInt(Files.readString(heightFile).trim()) : -1;
    }
}
