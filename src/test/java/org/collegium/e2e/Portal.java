package org.collegium.e2e;

import org.collegium.support.IntegrationTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;
import org.springframework.util.StringUtils;

/**
 * The portal the journeys drive. With the system property {@code collegium.e2e.base-url} it is the one running
 * there (CI: the production jar, started with {@code java -jar}); without it, this test JVM's own: the very
 * context every {@link IntegrationTest} shares (taken from Spring's test context cache, so it starts once per run
 * for the service tests, the view tests and the journeys together), on a random port with the {@code test} profile,
 * the run's embedded MariaDB and the tests' movable clock. Journeys that need the portal's beans carry the JUnit tag
 * {@code in-process} and are left out against an external portal.
 */
final class Portal {

    static final String BASE_URL_PROPERTY = "collegium.e2e.base-url";
    static final String IN_PROCESS = "in-process";

    private static ApplicationContext inProcess;

    /** Stands for a test class annotated like every integration test: its context is theirs. */
    @IntegrationTest
    private static final class InProcess {
    }

    private Portal() {
    }

    static boolean isExternal() {
        return StringUtils.hasText(System.getProperty(BASE_URL_PROPERTY));
    }

    /** The portal's address without a trailing slash, e.g. "http://localhost:8080". */
    static String baseUrl() {
        if (isExternal()) {
            return System.getProperty(BASE_URL_PROPERTY).replaceAll("/+$", "");
        }
        int port = ((WebServerApplicationContext) started()).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    /** A bean of the in-process portal; a journey that asks for one is tagged {@code in-process}. */
    static <T> T bean(Class<T> type) {
        if (isExternal()) {
            throw new IllegalStateException("This journey reaches into the portal's beans: tag it \"" + IN_PROCESS
                    + "\" so that it is left out against " + baseUrl());
        }
        return started().getBean(type);
    }

    /** A provider of the in-process portal's beans of this type (tagged {@code in-process} like {@link #bean}). */
    static <T> org.springframework.beans.factory.ObjectProvider<T> provider(Class<T> type) {
        if (isExternal()) {
            throw new IllegalStateException("This journey reaches into the portal's beans: tag it \"" + IN_PROCESS
                    + "\" so that it is left out against " + baseUrl());
        }
        return started().getBeanProvider(type);
    }

    private static synchronized ApplicationContext started() {
        if (inProcess == null) {
            // loaded into (or found in) the test context cache, which closes it when the test JVM exits
            inProcess = new TestContextManager(InProcess.class).getTestContext().getApplicationContext();
        }
        return inProcess;
    }
}
