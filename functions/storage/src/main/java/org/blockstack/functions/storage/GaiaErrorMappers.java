package org.blockstack.functions.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.gaia.GaiaAuthException;
import org.blockstack.functions.core.gaia.GaiaHubException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refused Gaia requests as the reference answers them: {@code {"message", "error"}} with its status (gaia-hub §2.3). */
public class GaiaErrorMappers {
    private static final Logger LOG = Logger.getLogger(GaiaErrorMappers.class);

    @ServerExceptionMapper
    public Response refused(GaiaHubException e) {
        if (e instanceof GaiaAuthException auth) {
            LOG.debugf("refused token (%s): %s", auth.rule(), auth.detail());
        }
        return response(e);
    }

    /** The answer to a refusal, also for filters that refuse before an exception could be mapped. */
    static Response response(GaiaHubException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(e.getMessage(), e.errorName())).build();
    }

    static Map<String, String> body(String message, Optional<String> errorName) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("message", message);
        errorName.ifPresent(name -> body.put("error", name));
        return body;
    }
}
