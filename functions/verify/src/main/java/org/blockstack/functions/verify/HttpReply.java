package org.blockstack.functions.verify;

/** An HTTP status and a JSON-serialisable body, independent of how the request arrived. */
public record HttpReply(int status, Object body) {
}
