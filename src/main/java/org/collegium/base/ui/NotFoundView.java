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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.base.i18n.Messages;

/**
 * The one page for an address that leads nowhere: an unknown address, a malformed id, a record that does not
 * exist, was merged away, or is not the visitor's to see, and a page their role may not open. It says the same
 * in every case, so it never reveals which one it is, and never lists the portal's routes as Vaadin's does.
 * Views and {@link ErrorView} reroute here with {@link NotFoundPages#show}.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /** The heading as English readers (and the tests, which run in English) see it. */
    public static final String HEADING = "This page is not here";

    public NotFoundView() {
        addClassName("not-found");
        add(new Main(new H1(Messages.t("base.not-found.heading")),
                new Paragraph(Messages.t("base.not-found.explanation")),
                new Anchor("", Messages.t("base.error.home"))));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("base.not-found.title");
    }
}
