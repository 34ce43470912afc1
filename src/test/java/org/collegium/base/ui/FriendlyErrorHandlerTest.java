package org.collegium.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A browser that left while its answer was written is no error: nothing is logged above debug, nobody is told. */
class FriendlyErrorHandlerTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(FriendlyErrorHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aClientThatWentAwayIsNotLoggedAsAnError() {
        new FriendlyErrorHandler().handle(new ErrorEvent(new IllegalStateException("writing the response",
                new ClientAbortException(new IOException("Broken pipe")))));
        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.INFO));
    }
}
