package org.blockstack.functions.lookup.http;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Every DynamoDB and S3 read or write of the lookup function goes through here: the time is
 * charged to the request ({@link RequestTiming}), and SDK failures become
 * {@link StoreUnavailableException} (503) instead of a 500.
 */
@ApplicationScoped
public class StoreCalls {
    @Inject
    RequestTiming timing;

    public <T> T call(Supplier<T> operation) {
        long start = System.nanoTime();
        try {
            return operation.get();
        } catch (SdkException e) {
            throw new StoreUnavailableException("the index store did not answer: " + e.getMessage(), e);
        } finally {
            InjectableContext requests = Arc.container().requestContext();
            if (requests.isActive()) {
                timing.addStore(System.nanoTime() - start);
            }
        }
    }

    public void run(Runnable operation) {
        call(() -> {
            operation.run();
            return null;
        });
    }
}
