package org.collegium.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The last safety net for errors a view did not handle: the person reads a plain sentence, never a stack
 * trace; unexpected errors are logged for us.
 */
@Component
public class FriendlyErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        if (DisconnectedClientHelper.isClientDisconnectedException(event.getThrowable())) {
            // the browser closed or left the page while an answer was being written: nobody to tell, nothing wrong
            log.debug("Client went away: {}", event.getThrowable().toString());
            return;
        }
        if (DatabaseOutage.causedBy(event.getThrowable())) {
            // not a bug: logged briefly, the person told that nothing was saved and to try again
            log.warn("Database unavailable: {}", event.getThrowable().toString());
            Notifications.error(DatabaseOutage.message());
            return;
        }
        Throwable cause = rootRuleOrDenial(event.getThrowable());
        if (cause instanceof BusinessRuleException rule) {
            Notifications.error(rule.getMessage());
        } else if (cause instanceof AccessDeniedException) {
            Notifications.error(Messages.t("base.error.denied"));
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            Notifications.error(Messages.t("base.error.unexpected"));
        }
    }

    private static Throwable rootRuleOrDenial(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessRuleException || c instanceof AccessDeniedException) {
                return c;
            }
            if (c instanceof TransactionSystemException tse && tse.getRootCause() != null) {
                return tse.getRootCause();
            }
        }
        return t;
    }
}
