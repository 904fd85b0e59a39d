package org.blockstack.functions.core.gaia;

import java.util.Optional;

/**
 * A Gaia hub request that must be refused, with the status and {@code error} name the reference
 * hub answers (gaia-hub §2.3). The JSON body is {@code {"message": getMessage(), "error": errorName}},
 * without {@code error} when there is none.
 */
public abstract sealed class GaiaHubException extends Exception permits GaiaAuthException, GaiaRequestException {
    protected GaiaHubException(String message) {
        super(message);
    }

    /** The HTTP status of the answer. */
    public abstract int status();

    /** The {@code error} field of the JSON body (the reference's error class name), if any. */
    public abstract Optional<String> errorName();
}
