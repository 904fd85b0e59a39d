package org.blockstack.functions.infra.aws.events;

/** Some events could not be published; the message says how many and why. */
public class EventPublishException extends Exception {
    public EventPublishException(String message) {
        super(message);
    }

    public EventPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
