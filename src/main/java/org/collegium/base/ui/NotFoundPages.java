package org.collegium.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;

/** Sends a navigation to the one not-found page; the rule of what counts as "not there" is here too. */
public final class NotFoundPages {

    private NotFoundPages() {
    }

    /** Shows {@link NotFoundView} instead of the page asked for; returns the HTTP status it answers with. */
    public static int show(BeforeEvent event) {
        event.rerouteToError(NotFoundException.class);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /**
     * Opens what a page's address names; when that means "nothing here for you" the not-found page is shown
     * instead. Any other error goes on to {@link ErrorView}.
     */
    public static void load(BeforeEvent event, Runnable loading) {
        try {
            loading.run();
        } catch (RuntimeException e) {
            if (!meansNotFound(e)) {
                throw e;
            }
            show(event);
        }
    }

    /**
     * Whether an error met while opening a page means "there is nothing here for you": a record missing (or
     * merged away), one outside the caller's scope (method security refuses it), or an id that is not a number.
     */
    public static boolean meansNotFound(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof org.collegium.base.service.NotFoundException
                    || c instanceof org.springframework.security.access.AccessDeniedException
                    || c instanceof com.vaadin.flow.router.AccessDeniedException
                    || c instanceof NotFoundException
                    || c instanceof NumberFormatException) {
                return true;
            }
            if (c == c.getCause()) {
                break;
            }
        }
        return false;
    }
}
