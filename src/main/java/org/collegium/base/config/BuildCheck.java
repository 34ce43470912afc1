package org.collegium.base.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A jar from a plain {@code ./mvnw package} has neither Vaadin's development tools (they are optional, so Spring
 * Boot leaves them out of the jar) nor a production build, and Vaadin would stop with "'vaadin-dev-server' not
 * found". This says instead how to build the jar that runs.
 */
public final class BuildCheck {

    static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";
    static final String DEV_SERVER_CLASS = "com.vaadin.base.devserver.DevModeHandlerManagerImpl";
    private static final Pattern PRODUCTION = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    private BuildCheck() {
    }

    /** Null when this build can run, else what to do instead. */
    public static String problem(ClassLoader classLoader) {
        if (isProductionBuild(classLoader) || isPresent(DEV_SERVER_CLASS, classLoader)) {
            return null;
        }
        return """
                This jar cannot run: it was built by a plain './mvnw package', which leaves out Vaadin's \
                development tools and is not a production build. Build the deployable jar with \
                './mvnw -Pproduction clean package' (see README, "Deploying"), or run from the sources with \
                './mvnw spring-boot:run'.""";
    }

    private static boolean isProductionBuild(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(BUILD_INFO)) {
            return in != null && PRODUCTION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPresent(String className, ClassLoader classLoader) {
        try {
            Class.forName(className, false, classLoader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
