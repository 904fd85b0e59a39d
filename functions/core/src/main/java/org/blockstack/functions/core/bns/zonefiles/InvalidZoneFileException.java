package org.blockstack.functions.core.bns.zonefiles;

/** The text is not a zone file the reference's parser reads; the message names the offending line. */
public final class InvalidZoneFileException extends Exception {
    public InvalidZoneFileException(String message) {
        super(message);
    }
}
