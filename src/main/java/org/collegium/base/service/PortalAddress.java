package org.collegium.base.service;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The portal's public address, the start of every link sent by email: COLLEGIUM_BASE_URL when set, otherwise
 * http://localhost and the port the portal actually listens on (known once the web server has started). Under
 * the {@code prod} profile a localhost address is warned about at start-up: nobody could follow those links.
 */
@Component
public class PortalAddress {

    private static final Logger log = LoggerFactory.getLogger(PortalAddress.class);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final String configured;
    private volatile int port;

    public PortalAddress(@Value("${collegium.security.base-url:}") String configured,
            @Value("${server.port:8080}") int port) {
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        this.port = port;
    }

    /** The address without a trailing slash, e.g. "https://portal.example.org". */
    public String baseUrl() {
        return configured.isEmpty() ? "http://localhost:" + port : configured;
    }

    /** The portal's own server (not a separate management server) has started on this port. */
    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            listensOn(event.getWebServer().getPort());
        }
    }

    void listensOn(int actualPort) {
        port = actualPort;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfUnreachable(ApplicationReadyEvent event) {
        warnIfUnreachable(event.getApplicationContext().getEnvironment());
    }

    void warnIfUnreachable(Environment env) {
        if (Arrays.asList(env.getActiveProfiles()).contains("prod") && pointsAtThisMachineOnly()) {
            log.warn("Emailed links will point at {}, which only this machine can open: set COLLEGIUM_BASE_URL "
                    + "to the address people use to reach the portal (e.g. https://portal.example.org).",
                    baseUrl());
        }
    }

    boolean pointsAtThisMachineOnly() {
        try {
            String host = URI.create(baseUrl()).getHost();
            return host == null || LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
