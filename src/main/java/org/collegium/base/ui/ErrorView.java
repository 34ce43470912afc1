package org.collegium.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any error while opening a page (in place of Vaadin's page with the stack trace). A missing or not-yours
 * record, whatever wrapped it, goes to {@link NotFoundView}; a database outage answers 503 with the outage
 * sentence; anything else is logged with a short reference that the page shows, so a person can tell us which
 * error they met. It has no parent layout: the main layout reads the database, so it could fail the same way.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private static final SecureRandom random = new SecureRandom();

    private final H1 heading = new H1(Messages.t("base.error.title"));
    private final Paragraph explanation = new Paragraph(Messages.t("base.error.explanation"));
    private final Paragraph reference = new Paragraph();
    private String ref = "";

    public ErrorView() {
        addClassName("error-page");
        Main main = new Main(heading, explanation, reference, new Anchor("", Messages.t("base.error.home")));
        add(main);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        if (NotFoundPages.meansNotFound(error)) {
            return NotFoundPages.show(event);
        }
        if (DatabaseOutage.causedBy(error)) {
            log.warn("Database unavailable while opening /{}: {}", event.getLocation().getPath(), error.toString());
            heading.setText(Messages.t("base.outage.title"));
            explanation.setText(DatabaseOutage.message());
            reference.setVisible(false);
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        ref = newReference();
        log.error("Error {} opening /{}", ref, event.getLocation().getPathWithQueryParameters(), error);
        reference.setText(Messages.t("base.error.reference", ref));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    /** The reference shown to the person and written in the log beside the error. */
    public String reference() {
        return ref;
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    static String newReference() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
