package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.LocalStackTestResource;

/**
 * The demo chain as the test stack serves it, indexed by the local server's own sync timer: tests of
 * the read API wait here until sync has processed every block it will (the tip less the
 * confirmations sync waits for), so what they read is the state sync produced, never rows a test
 * wrote.
 */
final class DemoIndex {
    /** Blocks sync leaves unprocessed below the tip: {@code SYNC_CONFIRMATIONS} (6) less one. */
    static final int UNCONFIRMED = 5;

    private DemoIndex() {
    }

    static DemoChain demo() {
        return LocalStackTestResource.current().demo().orElseThrow();
    }

    /** The last block sync processes on the demo chain. */
    static int confirmedTip() {
        return demo().chain().tipHeight() - UNCONFIRMED;
    }

    /** Waits until the read API reports the confirmed tip as processed; returns it. */
    static int awaitSynced() {
        int target = confirmedTip();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            int processed = given().get("/v1/info").then().statusCode(200).extract().path("last_block_processed");
            if (processed >= target) {
                return processed;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for sync", e);
            }
        }
        throw new IllegalStateException("sync did not reach block " + target + " within 90 s");
    }
}
