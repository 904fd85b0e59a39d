package org.blockstack.functions.infra.aws.lambda;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Hands events to a Lambda function without waiting for it ({@code Invoke} with invocation type
 * {@code Event}): Lambda queues each one, runs it, and retries a failed run twice by itself.
 */
public final class AsyncInvoker {
    private static final Logger LOG = Logger.getLogger(AsyncInvoker.class);
    /** Lambda answers 202 Accepted to an event it queued. */
    private static final int ACCEPTED = 202;

    private final LambdaClient lambda;
    private final String functionName;

    /** @param functionName the function's name or ARN, with an alias or version qualifier if wanted */
    public AsyncInvoker(LambdaClient lambda, String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    /** @return whether Lambda queued the event; a refusal (throttling, permissions, ...) is logged */
    public boolean invoke(String jsonPayload) {
        try {
            InvokeResponse response = lambda.invoke(request -> request.functionName(functionName)
                    .invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String(jsonPayload)));
            if (response.statusCode() != ACCEPTED) {
                LOG.warnf("Lambda answered %d to an event for %s: %s", response.statusCode(), functionName, jsonPayload);
                return false;
            }
            return true;
        } catch (SdkException e) {
            LOG.warnf("cannot hand an event to Lambda function %s: %s", functionName, e.getMessage());
            return false;
        }
    }

    public String functionName() {
        return functionName;
    }
}
