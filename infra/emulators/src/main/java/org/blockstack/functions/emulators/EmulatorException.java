package org.blockstack.functions.emulators;

/** An embedded emulator could not be installed or started; the message says which and why. */
public class EmulatorException extends RuntimeException {
    public EmulatorException(String message) {
        super(message);
    }

    public EmulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
