package org.collegium.events.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.LanguageSwitch;

/**
 * The top of the public event pages: the language switch, the society's name and a way into (or back to) the
 * portal. The society's name is not a heading: each page's own title is its one level-one heading, in its main.
 */
final class PublicHeader extends HorizontalLayout {

    PublicHeader(String societyName, AuthenticationContext auth, Locale locale) {
        addClassName("public-header");
        getElement().setAttribute("role", "banner"); // the page's header landmark: nothing sits outside a landmark
        LanguageSwitch languages = new LanguageSwitch(locale);
        Span name = new Span(societyName);
        name.addClassName("society-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Anchor upcoming = new Anchor("events/upcoming", Messages.t("events.public.upcoming"));
        Anchor portal = auth.isAuthenticated() ? new Anchor("", Messages.t("events.public.back-to-portal"))
                : new Anchor("login", Messages.t("events.public.sign-in"));
        add(languages, name, upcoming, portal);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        setWrap(true);
        setSpacing(true);
    }
}
