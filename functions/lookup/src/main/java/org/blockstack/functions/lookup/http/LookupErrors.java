package org.blockstack.functions.lookup.http;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A store that does not answer is the service being unavailable, not a bug: 503 with what failed. */
public class LookupErrors {
    private static final Logger LOG = Logger.getLogger(LookupErrors.class);

    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e) {
        LOG.warn(e.getMessage(), e.getCause());
        return Answer.error(503, "The BNS index is unavailable; try again later (" + e.getMessage() + ")")
                .toResponse();
    }
}
