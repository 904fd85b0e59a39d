package org.blockstack.functions.common.aws;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.blockstack.functions.common.Settings;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ImageMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Moves a JVM function's first-use work out of its first event (docs/benchmarks.md, decision I9-15).
 *
 * <ul>
 * <li>On an on-demand or provisioned-concurrency start, the function's {@link WarmUp}s run, one
 * background thread each, from the moment the CDI container exists (still in Quarkus' static init)
 * while Quarkus and the runtime client finish starting, so the first event finds the SDK clients
 * built and a connection to its store open. The work is the same; it overlaps the start instead of
 * following it.</li>
 * <li>With SnapStart, the SDK clients are built before the snapshot is taken (nothing is called:
 * a connection or credentials would not survive the restore), so restored functions start with them.</li>
 * </ul>
 */
@ApplicationScoped
public class ColdStartPriming implements Resource {
    private static final Logger LOG = Logger.getLogger(ColdStartPriming.class);
    /** What Lambda tells the runtime about this start: on-demand, provisioned-concurrency or snap-start. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    @Inject
    Instance<DynamoDbClient> dynamoDb;
    @Inject
    Instance<S3Client> s3;
    @Inject
    @Any
    Instance<WarmUp> warmUps;
    private final List<Thread> running = new CopyOnWriteArrayList<>();

    /**
     * Fired by ArC as soon as the container exists, still in Quarkus' static init. In a native build
     * static init runs inside the image builder: nothing is done there (no thread, no configuration
     * read, no CRaC registration; SnapStart is for JVM functions only).
     */
    void onContainerInitialized(@Observes @Initialized(ApplicationScoped.class) Object initialized) {
        if (ImageMode.current() != ImageMode.JVM) {
            return;
        }
        Core.getGlobalContext().register(this);
        Optional<Boolean> priming = ConfigProvider.getConfig().getOptionalValue(Settings.COLD_START_PRIMING,
                Boolean.class);
        if (!warmUps.isUnsatisfied() && runsWarmUps(priming, System.getenv(INITIALIZATION_TYPE))) {
            // one thread each: while Quarkus finishes starting they share the CPU with it, afterwards
            // the function's main thread waits for the first event and they have the cores to themselves
            for (WarmUp warmUp : warmUps) {
                Thread thread = new Thread(() -> run(warmUp), "cold-start-priming-" + running.size());
                thread.setDaemon(true);
                running.add(thread);
                thread.start();
            }
        }
    }

    /**
     * @param setting {@code cold-start.priming}, when set
     * @param initializationType Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE}; null outside Lambda
     */
    static boolean runsWarmUps(Optional<Boolean> setting, String initializationType) {
        return setting.orElseGet(() -> "on-demand".equals(initializationType)
                || "provisioned-concurrency".equals(initializationType));
    }

    private static void run(WarmUp warmUp) {
        long started = System.nanoTime();
        try {
            warmUp.run();
            LOG.infof("cold-start warm-up %s done in %d ms", name(warmUp), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the first event does the same work and reports what is wrong with it
            LOG.debugf(e, "cold-start warm-up %s failed", name(warmUp));
        }
    }

    /**
     * The warm-up's class name. Warm-ups are application-scoped, so what is iterated is ArC's client
     * proxy (the bean itself is created on the warm-up's thread, not the main one); its name is the
     * bean's plus a suffix.
     */
    private static String name(WarmUp warmUp) {
        return warmUp.getClass().getSimpleName().replace("_ClientProxy", "");
    }

    /** Waits for the warm-ups started with the function, if any (tests, and anyone measuring them). */
    public void awaitWarmUps() throws InterruptedException {
        for (Thread thread : running) {
            thread.join();
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        dynamoDb.get().serviceClientConfiguration();
        s3.get().serviceClientConfiguration();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing: the clients hold no connection or credentials from before the snapshot
    }
}
