package org.collegium.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import org.collegium.base.service.DatabaseOutage;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any error while opening a page (in place of Vaadin's page with the stack trace). A missing or not-yours
 * record, whatever wrapped it, goes to {@link NotFoundView}; a database outage answers 503 with the outage
 * sentence; anything else is logged with a short reference that the page shows, so a person can tell us which
 * error they met. It has no parent layout: the main layout reads the database, so it could fail the same way.
 */
@PageTitle("Something went wrong")
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private static final SecureRandom random = new SecureRandom();

    private final H1 heading = new H1("Something went wrong");
    private final Paragraph explanation = new Paragraph("The page could not be opened. Please try again; if it "
            + "happens again, tell an administrator and give them the reference below.");
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        addClassName("error-page");
        add(heading, explanation, reference, new Anchor("", "Go to the home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        if (NotFoundPages.meansNotFound(error)) {
            return NotFoundPages.show(event);
        }
        if (DatabaseOutage.causedBy(error)) {
            log.warn("Database unavailable while opening /{}: {}", event.getLocation().getPath(), error.toString());
            heading.setText("Temporarily unavailable");
            explanation.setText(DatabaseOutage.MESSAGE);
            reference.setVisible(false);
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String ref = newReference();
        log.error("Error {} opening /{}", ref, event.getLocation().getPathWithQueryParameters(), error);
        reference.setText("Reference: " + ref);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    /** The reference shown to the person and written in the log beside the error. */
    public String reference() {
        return reference.getText().replace("Reference: ", "");
    }

    static String newReference() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
