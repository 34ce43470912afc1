package org.collegium.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.collegium.base.service.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;

/**
 * What a person sees when opening a page failed on Spring's side (data access, transactions, creating the view):
 * a plain page, never Vaadin's internal-error view or a stack trace. A database outage answers 503 with the
 * outage message. It has a layout of its own: the main layout reads the database too, so it would fail the same
 * way.
 */
@ParentLayout(ErrorPageView.PlainLayout.class)
public class ErrorPageView extends VerticalLayout implements HasErrorParameter<NestedRuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageView.class);

    public ErrorPageView() {
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NestedRuntimeException> parameter) {
        Anchor again = new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again");
        if (DatabaseOutage.causedBy(parameter.getCaughtException())) {
            log.warn("Database unavailable while opening /{}: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            add(new H1("Temporarily unavailable"), new Paragraph(DatabaseOutage.MESSAGE), again);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open /{}", event.getLocation().getPath(), parameter.getCaughtException());
        add(new H1("Something went wrong"), new Paragraph("This page could not be opened. Please try again; if it "
                + "happens again, tell an administrator."), again);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A layout that needs nothing from the database. */
    public static class PlainLayout extends Div implements RouterLayout {
    }
}
