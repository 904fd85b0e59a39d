package org.blockstack.functions.localserver;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Tells the person who started the main job where it is and how to try it. */
public class StartupBanner {
    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    @ConfigProperty(name = "quarkus.http.host")
    String host;
    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void onStart(@Observes StartupEvent event) {
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
        StringBuilder text = new StringBuilder("\n\nBlockstack Functions is serving on ").append(base).append("\n");
        LocalServerMain.exampleCommands(base).forEach((what, command) ->
                text.append(String.format("  %-16s %s%n", what + ":", command)));
        text.append("Press Ctrl-C to stop (the emulators stop with it).\n");
        LOG.info(text);
    }
}
